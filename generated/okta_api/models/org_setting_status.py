from .._enum import OktaEnum


class OrgSettingStatus(OktaEnum):
    """Values of `OrgSettingStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"
