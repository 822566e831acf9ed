from .._enum import OktaEnum


class CredentialSyncState(OktaEnum):
    """Values of `CredentialSyncState`; an unknown value parses too (see `OktaEnum`)."""

    NOT_SYNCED = "NOT_SYNCED"
    """Credentials are not yet synced"""
    SYNCED = "SYNCED"
    """Credentials are successfully synced"""
    SYNCING = "SYNCING"
    """Credentials are currently being synced"""
    SYNC_FAILED = "SYNC_FAILED"
    """Credential sync failed"""
