from .._enum import OktaEnum


class SsprRequirementAccessControl(OktaEnum):
    """Values of `SsprRequirementAccessControl`; an unknown value parses too (see `OktaEnum`)."""

    AUTH_POLICY = "AUTH_POLICY"
    LEGACY = "LEGACY"
