from .._enum import OktaEnum


class RegistrationInlineHookRequestType(OktaEnum):
    """Values of `RegistrationInlineHookRequestType`; an unknown value parses too (see `OktaEnum`)."""

    PROGRESSIVE_PROFILE = "progressive.profile"
    SELF_SERVICE_REGISTRATION = "self.service.registration"
