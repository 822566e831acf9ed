from .._enum import OktaEnum


class OAuth2ClientJsonEncryptionKeyRequestUse(OktaEnum):
    """Values of `OAuth2ClientJsonEncryptionKeyRequestUse`; an unknown value parses too (see `OktaEnum`)."""

    ENC = "enc"
