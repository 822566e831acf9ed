from .._enum import OktaEnum


class MyAccessRequestGrantStatus(OktaEnum):
    """Values of `MyAccessRequestGrantStatus`; an unknown value parses too (see `OktaEnum`)."""

    FAILED = "FAILED"
    GRANTED = "GRANTED"
    MANUAL_REQUIRED = "MANUAL_REQUIRED"
    PENDING = "PENDING"
