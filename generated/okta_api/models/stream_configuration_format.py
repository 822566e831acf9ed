from .._enum import OktaEnum


class StreamConfigurationFormat(OktaEnum):
    """Values of `StreamConfigurationFormat`; an unknown value parses too (see `OktaEnum`)."""

    ISS_SUB = "iss_sub"
