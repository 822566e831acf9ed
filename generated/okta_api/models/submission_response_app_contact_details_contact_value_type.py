from .._enum import OktaEnum


class SubmissionResponseAppContactDetailsContactValueType(OktaEnum):
    """Values of `SubmissionResponseAppContactDetailsContactValueType`; an unknown value parses too (see `OktaEnum`)."""

    EMAIL = "EMAIL"
    PHONE = "PHONE"
    URL = "URL"
