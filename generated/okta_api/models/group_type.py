from .._enum import OktaEnum


class GroupType(OktaEnum):
    """Values of `GroupType`; an unknown value parses too (see `OktaEnum`)."""

    APP_GROUP = "APP_GROUP"
    """Group profile and memberships are imported and must be managed within the app (such as Active
    Directory or LDAP) that imported the group"""
    BUILT_IN = "BUILT_IN"
    """Group profile and memberships are managed by Okta and can't be modified"""
    OKTA_GROUP = "OKTA_GROUP"
    """Group profile and memberships are directly managed in Okta via static assignments or indirectly
    through group rules"""
