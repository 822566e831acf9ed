from .._enum import OktaEnum


class DeviceIntegrity(OktaEnum):
    """Values of `DeviceIntegrity`; an unknown value parses too (see `OktaEnum`)."""

    MEETS_BASIC_INTEGRITY = "MEETS_BASIC_INTEGRITY"
    """The app is running on a device that passes basic system integrity checks. The device may not meet
    Android compatibility requirements and may not be approved to run Google Play services."""
    MEETS_DEVICE_INTEGRITY = "MEETS_DEVICE_INTEGRITY"
    """The app is running on an Android-powered device with Google Play services. The device passes system
    integrity checks and meets Android compatibility requirements."""
    MEETS_STRONG_INTEGRITY = "MEETS_STRONG_INTEGRITY"
    """The app is running on an Android-powered device with Google Play services. It has a strong guarantee
    of system integrity such as a hardware-backed proof of boot integrity. The device passes system
    integrity checks and meets Android compatibility requirements."""
