from .._enum import OktaEnum


class WebAuthnAttachmentEnum(OktaEnum):
    """Values of `WebAuthnAttachmentEnum`; an unknown value parses too (see `OktaEnum`)."""

    ANY = "ANY"
    BUILT_IN = "BUILT_IN"
    ROAMING = "ROAMING"
