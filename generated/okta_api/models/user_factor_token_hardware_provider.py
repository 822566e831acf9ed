from .._enum import OktaEnum


class UserFactorTokenHardwareProvider(OktaEnum):
    """Values of `UserFactorTokenHardwareProvider`; an unknown value parses too (see `OktaEnum`)."""

    YUBICO = "YUBICO"
