from .._enum import OktaEnum


class SupportedMethodsType(OktaEnum):
    """Values of `SupportedMethodsType`; an unknown value parses too (see `OktaEnum`)."""

    PUSH = "push"
