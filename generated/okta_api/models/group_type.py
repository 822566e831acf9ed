from .._enum import OktaEnum


class GroupType(OktaEnum):
    """Values of `GroupType`; an unknown value parses too (see `OktaEnum`)."""

    APP_GROUP = "APP_GROUP"
    BUILT_IN = "BUILT_IN"
    OKTA_GROUP = "OKTA_GROUP"
