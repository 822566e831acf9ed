from .._enum import OktaEnum


class WsFederationApplicationSettingsApplicationUsernameAttribute(OktaEnum):
    """Values of `WsFederationApplicationSettingsApplicationUsernameAttribute`; an unknown value parses too (see `OktaEnum`)."""

    NONE = "none"
    UPN = "upn"
    UPNANDUSERNAME = "upnAndUsername"
    USERNAME = "username"
