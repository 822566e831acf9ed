from .._enum import OktaEnum


class SeedEnum(OktaEnum):
    """Values of `SeedEnum`; an unknown value parses too (see `OktaEnum`)."""

    OKTA = "OKTA"
    RANDOM = "RANDOM"
