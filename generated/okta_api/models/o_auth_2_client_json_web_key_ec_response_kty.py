from .._enum import OktaEnum


class OAuth2ClientJsonWebKeyECResponseKty(OktaEnum):
    """Values of `OAuth2ClientJsonWebKeyECResponseKty`; an unknown value parses too (see `OktaEnum`)."""

    EC = "EC"
