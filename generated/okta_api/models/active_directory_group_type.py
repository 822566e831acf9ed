from .._enum import OktaEnum


class ActiveDirectoryGroupType(OktaEnum):
    """Values of `ActiveDirectoryGroupType`; an unknown value parses too (see `OktaEnum`)."""

    DISTRIBUTION = "DISTRIBUTION"
    SECURITY = "SECURITY"
