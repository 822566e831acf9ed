from .._enum import OktaEnum


class ReleaseChannel(OktaEnum):
    """Values of `ReleaseChannel`; an unknown value parses too (see `OktaEnum`)."""

    BETA = "BETA"
    EA = "EA"
    GA = "GA"
    TEST = "TEST"
