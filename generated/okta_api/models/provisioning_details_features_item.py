from .._enum import OktaEnum


class ProvisioningDetailsFeaturesItem(OktaEnum):
    """Values of `ProvisioningDetailsFeaturesItem`; an unknown value parses too (see `OktaEnum`)."""

    CREATE_GROUP = "CREATE_GROUP"
    CREATE_USER = "CREATE_USER"
    DEACTIVATE_GROUP = "DEACTIVATE_GROUP"
    DEACTIVATE_USER = "DEACTIVATE_USER"
    IMPORT_USER_SCHEMA = "IMPORT_USER_SCHEMA"
    READ_GROUP = "READ_GROUP"
    READ_USER = "READ_USER"
    UPDATE_GROUP = "UPDATE_GROUP"
    UPDATE_USER = "UPDATE_USER"
