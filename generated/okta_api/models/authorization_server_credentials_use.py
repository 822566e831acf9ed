from .._enum import OktaEnum


class AuthorizationServerCredentialsUse(OktaEnum):
    """Values of `AuthorizationServerCredentialsUse`; an unknown value parses too (see `OktaEnum`)."""

    SIG = "sig"
