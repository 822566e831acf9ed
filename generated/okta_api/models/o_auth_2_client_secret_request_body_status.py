from .._enum import OktaEnum


class OAuth2ClientSecretRequestBodyStatus(OktaEnum):
    """Values of `OAuth2ClientSecretRequestBodyStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"
