from .._enum import OktaEnum


class ProfileMappingPropertyPushStatus(OktaEnum):
    """Values of `ProfileMappingPropertyPushStatus`; an unknown value parses too (see `OktaEnum`)."""

    DONT_PUSH = "DONT_PUSH"
    PUSH = "PUSH"
