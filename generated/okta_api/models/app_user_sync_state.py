from .._enum import OktaEnum


class AppUserSyncState(OktaEnum):
    """Values of `AppUserSyncState`; an unknown value parses too (see `OktaEnum`)."""

    DISABLED = "DISABLED"
    ERROR = "ERROR"
    OUT_OF_SYNC = "OUT_OF_SYNC"
    SYNCHRONIZED = "SYNCHRONIZED"
    SYNCING = "SYNCING"
