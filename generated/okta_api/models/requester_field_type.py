from .._enum import OktaEnum


class RequesterFieldType(OktaEnum):
    """Values of `RequesterFieldType`; an unknown value parses too (see `OktaEnum`)."""

    DURATION = "DURATION"
    ISO_DATE = "ISO_DATE"
    MULTISELECT = "MULTISELECT"
    OKTA_USER_ID = "OKTA_USER_ID"
    SELECT = "SELECT"
    TEXT = "TEXT"
