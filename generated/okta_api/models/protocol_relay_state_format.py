from .._enum import OktaEnum


class ProtocolRelayStateFormat(OktaEnum):
    """Values of `ProtocolRelayStateFormat`; an unknown value parses too (see `OktaEnum`)."""

    FROM_URL = "FROM_URL"
    OPAQUE = "OPAQUE"
