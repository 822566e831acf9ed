from .._enum import OktaEnum


class AuthorizationServerCredentialsRotationMode(OktaEnum):
    """Values of `AuthorizationServerCredentialsRotationMode`; an unknown value parses too (see `OktaEnum`)."""

    AUTO = "AUTO"
    MANUAL = "MANUAL"
