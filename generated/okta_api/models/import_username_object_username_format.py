from .._enum import OktaEnum


class ImportUsernameObjectUsernameFormat(OktaEnum):
    """Values of `ImportUsernameObjectUsernameFormat`; an unknown value parses too (see `OktaEnum`)."""

    CUSTOM = "CUSTOM"
    EMAIL = "EMAIL"
