from .._enum import OktaEnum


class SessionStatus(OktaEnum):
    """Values of `SessionStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE = "ACTIVE"
    MFA_ENROLL = "MFA_ENROLL"
    MFA_REQUIRED = "MFA_REQUIRED"
