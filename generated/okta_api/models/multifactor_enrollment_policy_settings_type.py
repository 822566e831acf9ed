from .._enum import OktaEnum


class MultifactorEnrollmentPolicySettingsType(OktaEnum):
    """Values of `MultifactorEnrollmentPolicySettingsType`; an unknown value parses too (see `OktaEnum`)."""

    AUTHENTICATORS = "AUTHENTICATORS"
