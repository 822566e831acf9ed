from .._enum import OktaEnum


class HostedPageType(OktaEnum):
    """Values of `HostedPageType`; an unknown value parses too (see `OktaEnum`)."""

    EXTERNALLY_HOSTED = "EXTERNALLY_HOSTED"
    OKTA_DEFAULT = "OKTA_DEFAULT"
