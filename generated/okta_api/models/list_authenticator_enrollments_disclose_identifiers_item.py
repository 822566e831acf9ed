from .._enum import OktaEnum


class ListAuthenticatorEnrollmentsDiscloseIdentifiersItem(OktaEnum):
    """Values of `ListAuthenticatorEnrollmentsDiscloseIdentifiersItem`; an unknown value parses too (see `OktaEnum`)."""

    PHONE = "phone"
