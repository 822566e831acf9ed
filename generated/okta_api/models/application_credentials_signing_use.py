from .._enum import OktaEnum


class ApplicationCredentialsSigningUse(OktaEnum):
    """Values of `ApplicationCredentialsSigningUse`; an unknown value parses too (see `OktaEnum`)."""

    SIG = "sig"
