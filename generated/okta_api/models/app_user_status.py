from .._enum import OktaEnum


class AppUserStatus(OktaEnum):
    """Values of `AppUserStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE = "ACTIVE"
    """The application user is provisioned and is enabled to use the app. This status also occurs if the
    app has the `IMPORT_PROFILE_UPDATES` feature enabled and user import is confirmed, or if the app
    doesn't have provisioning enabled."""
    APPROVED = "APPROVED"
    """The application user was created but not provisioned. This status can occur when manual provisioning
    acknowledgment is required."""
    DEPROVISIONED = "DEPROVISIONED"
    """The user was removed by the provisioning operation and the `externalId` property is unassigned."""
    IMPLICIT = "IMPLICIT"
    """The application user is now migrated to use implicit app assignment."""
    IMPORTED = "IMPORTED"
    """The application user is created based on imported data."""
    INACTIVE = "INACTIVE"
    """The application user is provisioned, but isn't enabled to use the app. Application users in this
    status can be reactivated with a password reset or permanently deleted."""
    MATCHED = "MATCHED"
    """The imported user is matched with an existing Application User."""
    PENDING = "PENDING"
    """The application user is provisioned, but in a pending state and can't use the app. The status moves
    to `ACTIVE` when the application user is activated."""
    PROVISIONED = "PROVISIONED"
    """The background provisioning operation completed and the application user was assigned an
    `externalId` successfully."""
    REVOKED = "REVOKED"
    """The application user is disabled and waiting for deprovisioning acknowledgment. The application user
    can be deleted after deprovisioning acknowledgment."""
    STAGED = "STAGED"
    """The application user doesn't have `externalId` set and the background provisioning operation is
    queued. This applies to apps with the `PUSH_NEW_USERS` feature enabled."""
    SUSPENDED = "SUSPENDED"
    """The application user is provisioned, but isn't enabled to use the app. Application users in this
    status can be reactivated without a password reset."""
    UNASSIGNED = "UNASSIGNED"
    """The application user was imported, but the user-matching operation was skipped."""
