from .._enum import OktaEnum


class ProvisioningDetailsFeaturesItem(OktaEnum):
    """Values of `ProvisioningDetailsFeaturesItem`; an unknown value parses too (see `OktaEnum`)."""

    CREATE_GROUP = "CREATE_GROUP"
    """Assigns new group in the external app for existing Okta groups"""
    CREATE_USER = "CREATE_USER"
    """Assigns a new external app account to each user managed by Okta. Okta doesn't create an account if
    it detects that the username specified in Okta exists in the external app."""
    DEACTIVATE_GROUP = "DEACTIVATE_GROUP"
    """Automatically deactivates groups when they're unassigned in Okta"""
    DEACTIVATE_USER = "DEACTIVATE_USER"
    """Automatically deactivates user accounts when they're unassigned in Okta or their Okta accounts are
    deactivated. Okta also reactivates the external app account if the app integration is reassigned to
    a user in Okta."""
    IMPORT_USER_SCHEMA = "IMPORT_USER_SCHEMA"
    """Imports the user profile schema from an external app to Okta."""
    READ_GROUP = "READ_GROUP"
    """Imports groups from the external app to Okta. This feature is required."""
    READ_USER = "READ_USER"
    """Imports users and their profiles from the external app to Okta. This feature is required."""
    UPDATE_GROUP = "UPDATE_GROUP"
    """Updates the groups and their memberships"""
    UPDATE_USER = "UPDATE_USER"
    """Updates the profiles of users assigned to that app integration and synchronizes those changes to
    downstream apps. Profile changes made in the external app are overwritten with their respective Okta
    profile values."""
