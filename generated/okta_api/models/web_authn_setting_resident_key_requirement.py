from .._enum import OktaEnum


class WebAuthnSettingResidentKeyRequirement(OktaEnum):
    """Values of `WebAuthnSettingResidentKeyRequirement`; an unknown value parses too (see `OktaEnum`)."""

    DISCOURAGED = "DISCOURAGED"
    """The authenticator is requested to create a server-side credential, but may create a client-side
    discoverable credential at its discretion."""
    PREFERRED = "PREFERRED"
    """The authenticator is requested to create a client-side discoverable credential, but may create a
    server-side non-discoverable credential at its discretion."""
    REQUIRED = "REQUIRED"
    """The authenticator is required to create a client-side discoverable credential, and the operation
    fails if the authenticator is unable to do so."""
