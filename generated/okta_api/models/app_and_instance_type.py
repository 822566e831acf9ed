from .._enum import OktaEnum


class AppAndInstanceType(OktaEnum):
    """Values of `AppAndInstanceType`; an unknown value parses too (see `OktaEnum`)."""

    APP = "APP"
    APP_TYPE = "APP_TYPE"
