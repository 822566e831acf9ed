from .._enum import OktaEnum


class OAuth2ClientJsonEncryptionKeyRequestKty(OktaEnum):
    """Values of `OAuth2ClientJsonEncryptionKeyRequestKty`; an unknown value parses too (see `OktaEnum`)."""

    RSA = "RSA"
