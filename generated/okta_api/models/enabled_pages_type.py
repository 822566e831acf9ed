from .._enum import OktaEnum


class EnabledPagesType(OktaEnum):
    """Values of `EnabledPagesType`; an unknown value parses too (see `OktaEnum`)."""

    SIGN_IN = "SIGN_IN"
    """User sign-in page"""
    SSPR = "SSPR"
    """Self-service Password Recovery page"""
    SSR = "SSR"
    """Self-service Registration page"""
