from .._enum import OktaEnum


class ShowSignInWithOV(OktaEnum):
    """Values of `ShowSignInWithOV`; an unknown value parses too (see `OktaEnum`)."""

    ALWAYS = "ALWAYS"
    NEVER = "NEVER"
