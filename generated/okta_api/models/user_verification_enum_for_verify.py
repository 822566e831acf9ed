from .._enum import OktaEnum


class UserVerificationEnumForVerify(OktaEnum):
    """Values of `UserVerificationEnumForVerify`; an unknown value parses too (see `OktaEnum`)."""

    DISCOURAGED = "DISCOURAGED"
    """The authenticator isn't asked to perform user verification, but may do so at its discretion."""
    PREFERRED = "PREFERRED"
    """The client uses an authenticator capable of user verification if possible."""
    REQUIRED = "REQUIRED"
    """The client uses only an authenticator capable of user verification."""
