from .._enum import OktaEnum


class ListYubikeyOtpTokensFilter(OktaEnum):
    """Values of `ListYubikeyOtpTokensFilter`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVATED = "activated"
    CREATED = "created"
    LASTVERIFIED = "lastVerified"
    PROFILE_EMAIL = "profile.email"
    PROFILE_SERIAL = "profile.serial"
    STATUS = "status"
    USER_ID = "user.id"
