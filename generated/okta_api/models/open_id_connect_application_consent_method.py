from .._enum import OktaEnum


class OpenIdConnectApplicationConsentMethod(OktaEnum):
    """Values of `OpenIdConnectApplicationConsentMethod`; an unknown value parses too (see `OktaEnum`)."""

    REQUIRED = "REQUIRED"
    TRUSTED = "TRUSTED"
