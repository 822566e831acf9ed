from .._enum import OktaEnum


class UserFactorTokenSoftwareTOTPProvider(OktaEnum):
    """Values of `UserFactorTokenSoftwareTOTPProvider`; an unknown value parses too (see `OktaEnum`)."""

    GOOGLE = "GOOGLE"
    OKTA = "OKTA"
