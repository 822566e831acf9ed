from .._enum import OktaEnum


class WellKnownAppAuthenticatorConfigurationType(OktaEnum):
    """Values of `WellKnownAppAuthenticatorConfigurationType`; an unknown value parses too (see `OktaEnum`)."""

    APP = "app"
