from .._enum import OktaEnum


class DiskEncryptionTypeDef(OktaEnum):
    """Values of `DiskEncryptionTypeDef`; an unknown value parses too (see `OktaEnum`)."""

    ALL_INTERNAL_VOLUMES = "ALL_INTERNAL_VOLUMES"
    """All internal disks are encrypted. Only applicable to `WINDOWS` and `MACOS` platforms."""
    FULL = "FULL"
    """Disk is fully encrypted. Only applicable to `IOS` and `ANDROID` platforms."""
    NONE = "NONE"
    """No encryption has been set."""
    SYSTEM_VOLUME = "SYSTEM_VOLUME"
    """Only the system volume is encrypted. Only applicable to `WINDOWS` and `MACOS` platforms."""
    USER = "USER"
    """Encryption key is tied to the user or profile. Only applicable to `ANDROID` platform."""
