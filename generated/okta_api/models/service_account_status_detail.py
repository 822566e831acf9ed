from .._enum import OktaEnum


class ServiceAccountStatusDetail(OktaEnum):
    """Values of `ServiceAccountStatusDetail`; an unknown value parses too (see `OktaEnum`)."""

    CREATION_FAILED = "CREATION_FAILED"
    """The account can't be created"""
    MISSING_PASSWORD = "MISSING_PASSWORD"
    """The account is assigned to a project in Okta Privileged Access. A password isn't assigned to the
    account."""
    PENDING = "PENDING"
    """The account is being created"""
    ROTATED = "ROTATED"
    """The account is assigned to a project in Okta Privileged Access. Password rotations are fulfilled by
    Okta Lifecycle Management."""
    ROTATING = "ROTATING"
    """The account is assigned to a project in Okta Privileged Access. Credentials are currently being
    synced using Okta Lifecycle Management."""
    ROTATION_FAILED = "ROTATION_FAILED"
    """The account is assigned to a project in Okta Privileged Access. An error occurred while using Okta
    Lifecycle Management to rotate the password."""
    STAGED = "STAGED"
    """The account is in the Okta Privileged Access resource assignment area"""
    UNMANAGED = "UNMANAGED"
    """The account is assigned to a project in Okta Privileged Access. Initial password sync hasn't been
    attempted."""
    VAULTED = "VAULTED"
    """The account is assigned to a project in Okta Privileged Access. A manually managed password is
    assigned to the account."""
