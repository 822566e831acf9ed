from .._enum import OktaEnum


class EmailSettingsResponseRecipients(OktaEnum):
    """Values of `EmailSettingsResponseRecipients`; an unknown value parses too (see `OktaEnum`)."""

    ADMINS_ONLY = "ADMINS_ONLY"
    ALL_USERS = "ALL_USERS"
    NO_USERS = "NO_USERS"
