from .._enum import OktaEnum


class UserImportRequestDataActionResult(OktaEnum):
    """Values of `UserImportRequestDataActionResult`; an unknown value parses too (see `OktaEnum`)."""

    CREATE_USER = "CREATE_USER"
    LINK_USER = "LINK_USER"
