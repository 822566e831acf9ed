from .._enum import OktaEnum


class CredentialSyncState(OktaEnum):
    """Values of `CredentialSyncState`; an unknown value parses too (see `OktaEnum`)."""

    NOT_SYNCED = "NOT_SYNCED"
    SYNCED = "SYNCED"
    SYNCING = "SYNCING"
    SYNC_FAILED = "SYNC_FAILED"
