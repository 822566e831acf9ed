from .._enum import OktaEnum


class OptInStatusResponseOptInStatus(OktaEnum):
    """Values of `OptInStatusResponseOptInStatus`; an unknown value parses too (see `OktaEnum`)."""

    OPTED_IN = "OPTED_IN"
    OPTED_OUT = "OPTED_OUT"
    OPTING_IN = "OPTING_IN"
    OPTING_OUT = "OPTING_OUT"
