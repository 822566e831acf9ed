from .._enum import OktaEnum


class PasswordImportResponseCommandsItemValueCredential(OktaEnum):
    """Values of `PasswordImportResponseCommandsItemValueCredential`; an unknown value parses too (see `OktaEnum`)."""

    UNVERIFIED = "UNVERIFIED"
    VERIFIED = "VERIFIED"
