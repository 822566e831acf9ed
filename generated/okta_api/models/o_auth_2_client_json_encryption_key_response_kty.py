from .._enum import OktaEnum


class OAuth2ClientJsonEncryptionKeyResponseKty(OktaEnum):
    """Values of `OAuth2ClientJsonEncryptionKeyResponseKty`; an unknown value parses too (see `OktaEnum`)."""

    RSA = "RSA"
