from .._enum import OktaEnum


class UploadYubikeyOtpTokenSeedSortOrder(OktaEnum):
    """Values of `UploadYubikeyOtpTokenSeedSortOrder`; an unknown value parses too (see `OktaEnum`)."""

    ASC = "ASC"
    DESC = "DESC"
