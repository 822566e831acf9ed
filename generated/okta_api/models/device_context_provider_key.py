from .._enum import OktaEnum


class DeviceContextProviderKey(OktaEnum):
    """Values of `DeviceContextProviderKey`; an unknown value parses too (see `OktaEnum`)."""

    CHROME_DEVICE_TRUST = "CHROME_DEVICE_TRUST"
    DEVICE_POSTURE_IDP = "DEVICE_POSTURE_IDP"
    OKTA_VERIFY = "OKTA_VERIFY"
