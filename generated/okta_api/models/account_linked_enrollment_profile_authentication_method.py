from .._enum import OktaEnum


class AccountLinkedEnrollmentProfileAuthenticationMethod(OktaEnum):
    """Values of `AccountLinkedEnrollmentProfileAuthenticationMethod`; an unknown value parses too (see `OktaEnum`)."""

    PASSWORD = "PASSWORD"
    SECURE_ENCLAVE = "SECURE_ENCLAVE"
