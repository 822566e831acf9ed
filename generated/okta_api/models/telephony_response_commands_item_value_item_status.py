from .._enum import OktaEnum


class TelephonyResponseCommandsItemValueItemStatus(OktaEnum):
    """Values of `TelephonyResponseCommandsItemValueItemStatus`; an unknown value parses too (see `OktaEnum`)."""

    FAILED = "FAILED"
    PENDING = "PENDING"
    SUCCESSFUL = "SUCCESSFUL"
