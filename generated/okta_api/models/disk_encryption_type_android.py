from .._enum import OktaEnum


class DiskEncryptionTypeAndroid(OktaEnum):
    """Values of `DiskEncryptionTypeAndroid`; an unknown value parses too (see `OktaEnum`)."""

    FULL = "FULL"
    USER = "USER"
