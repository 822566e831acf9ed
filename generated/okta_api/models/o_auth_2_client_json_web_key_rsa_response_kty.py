from .._enum import OktaEnum


class OAuth2ClientJsonWebKeyRsaResponseKty(OktaEnum):
    """Values of `OAuth2ClientJsonWebKeyRsaResponseKty`; an unknown value parses too (see `OktaEnum`)."""

    RSA = "RSA"
