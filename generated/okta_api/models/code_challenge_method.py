from .._enum import OktaEnum


class CodeChallengeMethod(OktaEnum):
    """Values of `CodeChallengeMethod`; an unknown value parses too (see `OktaEnum`)."""

    S256 = "S256"
