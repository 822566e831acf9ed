from .._enum import OktaEnum


class TelephonyResponseCommandsItemValueItemStatus(OktaEnum):
    """Values of `TelephonyResponseCommandsItemValueItemStatus`; an unknown value parses too (see `OktaEnum`)."""

    FAILED = "FAILED"
    """External web service was unable to deliver the OTP to the Requester."""
    PENDING = "PENDING"
    """External web service wasn't able to confirm delivery of the OTP to the Requester."""
    SUCCESSFUL = "SUCCESSFUL"
    """External web service was able to deliver the OTP to the Requester."""
