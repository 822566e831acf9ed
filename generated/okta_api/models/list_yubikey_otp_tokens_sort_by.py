from .._enum import OktaEnum


class ListYubikeyOtpTokensSortBy(OktaEnum):
    """Values of `ListYubikeyOtpTokensSortBy`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVATED = "activated"
    CREATED = "created"
    LASTVERIFIED = "lastVerified"
    PROFILE_EMAIL = "profile.email"
    PROFILE_SERIAL = "profile.serial"
    STATUS = "status"
    USER_ID = "user.id"
