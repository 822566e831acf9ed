from .._enum import OktaEnum


class LogIpServiceCategoryType(OktaEnum):
    """Values of `LogIpServiceCategoryType`; an unknown value parses too (see `OktaEnum`)."""

    BLOCKCHAIN_VPN = "Blockchain VPN"
    PROXY = "Proxy"
    RESIDENTIAL_PROXY = "Residential Proxy"
    TOR = "Tor"
    VPN = "VPN"
