from .._enum import OktaEnum


class UserImportRequestDataContextApplicationStatus(OktaEnum):
    """Values of `UserImportRequestDataContextApplicationStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"
