from .._enum import OktaEnum


class ApplicationCredentialsScheme(OktaEnum):
    """Values of `ApplicationCredentialsScheme`; an unknown value parses too (see `OktaEnum`)."""

    ADMIN_SETS_CREDENTIALS = "ADMIN_SETS_CREDENTIALS"
    EDIT_PASSWORD_ONLY = "EDIT_PASSWORD_ONLY"
    EDIT_USERNAME_AND_PASSWORD = "EDIT_USERNAME_AND_PASSWORD"
    EXTERNAL_PASSWORD_SYNC = "EXTERNAL_PASSWORD_SYNC"
    SHARED_USERNAME_AND_PASSWORD = "SHARED_USERNAME_AND_PASSWORD"
