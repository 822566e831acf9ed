from .._enum import OktaEnum


class EmailSettingsRecipients(OktaEnum):
    """Values of `EmailSettingsRecipients`; an unknown value parses too (see `OktaEnum`)."""

    ADMINS_ONLY = "ADMINS_ONLY"
    ALL_USERS = "ALL_USERS"
    NO_USERS = "NO_USERS"
