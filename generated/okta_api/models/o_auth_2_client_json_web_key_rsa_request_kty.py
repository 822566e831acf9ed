from .._enum import OktaEnum


class OAuth2ClientJsonWebKeyRsaRequestKty(OktaEnum):
    """Values of `OAuth2ClientJsonWebKeyRsaRequestKty`; an unknown value parses too (see `OktaEnum`)."""

    RSA = "RSA"
