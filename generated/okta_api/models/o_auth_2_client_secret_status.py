from .._enum import OktaEnum


class OAuth2ClientSecretStatus(OktaEnum):
    """Values of `OAuth2ClientSecretStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"
