from .._enum import OktaEnum


class UploadYubikeyOtpTokenSeedSortBy(OktaEnum):
    """Values of `UploadYubikeyOtpTokenSeedSortBy`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVATED = "activated"
    CREATED = "created"
    LASTVERIFIED = "lastVerified"
    PROFILE_EMAIL = "profile.email"
    PROFILE_SERIAL = "profile.serial"
    STATUS = "status"
    USER_ID = "user.id"
