from .._enum import OktaEnum


class OrgOktaSupportSetting(OktaEnum):
    """Values of `OrgOktaSupportSetting`; an unknown value parses too (see `OktaEnum`)."""

    DISABLED = "DISABLED"
    ENABLED = "ENABLED"
