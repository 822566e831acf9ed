from .._enum import OktaEnum


class GetAuthenticatorEnrollmentDiscloseIdentifiersItem(OktaEnum):
    """Values of `GetAuthenticatorEnrollmentDiscloseIdentifiersItem`; an unknown value parses too (see `OktaEnum`)."""

    PHONE = "phone"
