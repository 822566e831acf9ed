from .._enum import OktaEnum


class ListYubikeyOtpTokensSortOrder(OktaEnum):
    """Values of `ListYubikeyOtpTokensSortOrder`; an unknown value parses too (see `OktaEnum`)."""

    ASC = "ASC"
    DESC = "DESC"
