from .._enum import OktaEnum


class AppConfigType(OktaEnum):
    """Values of `AppConfigType`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE_DIRECTORY = "ACTIVE_DIRECTORY"
