from .._enum import OktaEnum


class WebAuthnSettingResidentKeyRequirement(OktaEnum):
    """Values of `WebAuthnSettingResidentKeyRequirement`; an unknown value parses too (see `OktaEnum`)."""

    DISCOURAGED = "DISCOURAGED"
    PREFERRED = "PREFERRED"
    REQUIRED = "REQUIRED"
