from .._enum import OktaEnum


class UserImportRequestDataActionResult(OktaEnum):
    """Values of `UserImportRequestDataActionResult`; an unknown value parses too (see `OktaEnum`)."""

    CREATE_USER = "CREATE_USER"
    """A new Okta user profile is created for the user"""
    LINK_USER = "LINK_USER"
    """The user is treated as a match for the existing Okta user identified by the value of `data.user.id`"""
