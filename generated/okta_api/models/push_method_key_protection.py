from .._enum import OktaEnum


class PushMethodKeyProtection(OktaEnum):
    """Values of `PushMethodKeyProtection`; an unknown value parses too (see `OktaEnum`)."""

    ANY = "ANY"
    HARDWARE = "HARDWARE"
