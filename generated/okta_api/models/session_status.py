from .._enum import OktaEnum


class SessionStatus(OktaEnum):
    """Values of `SessionStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE = "ACTIVE"
    """The session is established and fully validated."""
    MFA_ENROLL = "MFA_ENROLL"
    """The session is established, but the user needs to enroll a second factor."""
    MFA_REQUIRED = "MFA_REQUIRED"
    """The session is established, but requires second factor verification."""
