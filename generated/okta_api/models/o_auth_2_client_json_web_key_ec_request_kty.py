from .._enum import OktaEnum


class OAuth2ClientJsonWebKeyECRequestKty(OktaEnum):
    """Values of `OAuth2ClientJsonWebKeyECRequestKty`; an unknown value parses too (see `OktaEnum`)."""

    EC = "EC"
