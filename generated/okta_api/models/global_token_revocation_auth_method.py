from .._enum import OktaEnum


class GlobalTokenRevocationAuthMethod(OktaEnum):
    """Values of `GlobalTokenRevocationAuthMethod`; an unknown value parses too (see `OktaEnum`)."""

    SIGNED_JWT = "SIGNED_JWT"
