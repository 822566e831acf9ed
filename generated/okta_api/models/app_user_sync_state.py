from .._enum import OktaEnum


class AppUserSyncState(OktaEnum):
    """Values of `AppUserSyncState`; an unknown value parses too (see `OktaEnum`)."""

    DISABLED = "DISABLED"
    """The provisioning feature is disabled for the app (`PROFILE_MASTERING` feature is disabled)."""
    ERROR = "ERROR"
    """A background provisioning operation failed to update the user's profile in the target app. You must
    resolve the provisioning task in the Admin Console before you retry the operation."""
    OUT_OF_SYNC = "OUT_OF_SYNC"
    """The Application User has changes that haven't been pushed to the target app."""
    SYNCHRONIZED = "SYNCHRONIZED"
    """All changes to the application user profile have successfully been synchronized with the target app."""
    SYNCING = "SYNCING"
    """A background provisioning operation is running to update the user's profile in the target app."""
