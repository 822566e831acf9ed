from .._enum import OktaEnum


class StreamConfigurationCreateRequestFormat(OktaEnum):
    """Values of `StreamConfigurationCreateRequestFormat`; an unknown value parses too (see `OktaEnum`)."""

    ISS_SUB = "iss_sub"
