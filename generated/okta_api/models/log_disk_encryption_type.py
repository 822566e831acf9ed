from .._enum import OktaEnum


class LogDiskEncryptionType(OktaEnum):
    """Values of `LogDiskEncryptionType`; an unknown value parses too (see `OktaEnum`)."""

    ALL_INTERNAL_VALUES = "ALL_INTERNAL_VALUES"
    FULL = "FULL"
    NONE = "NONE"
    SYSTEM_VOLUME = "SYSTEM_VOLUME"
    USER = "USER"
