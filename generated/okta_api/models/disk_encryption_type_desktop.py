from .._enum import OktaEnum


class DiskEncryptionTypeDesktop(OktaEnum):
    """Values of `DiskEncryptionTypeDesktop`; an unknown value parses too (see `OktaEnum`)."""

    ALL_INTERNAL_VOLUMES = "ALL_INTERNAL_VOLUMES"
