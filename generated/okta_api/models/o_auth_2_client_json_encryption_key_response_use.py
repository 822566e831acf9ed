from .._enum import OktaEnum


class OAuth2ClientJsonEncryptionKeyResponseUse(OktaEnum):
    """Values of `OAuth2ClientJsonEncryptionKeyResponseUse`; an unknown value parses too (see `OktaEnum`)."""

    ENC = "enc"
