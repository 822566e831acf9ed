from .._enum import OktaEnum


class DiskEncryptionTypeDef(OktaEnum):
    """Values of `DiskEncryptionTypeDef`; an unknown value parses too (see `OktaEnum`)."""

    ALL_INTERNAL_VOLUMES = "ALL_INTERNAL_VOLUMES"
    FULL = "FULL"
    NONE = "NONE"
    SYSTEM_VOLUME = "SYSTEM_VOLUME"
    USER = "USER"
