from .._enum import OktaEnum


class SamlRelayStateFormat(OktaEnum):
    """Values of `SamlRelayStateFormat`; an unknown value parses too (see `OktaEnum`)."""

    FROM_URL = "FROM_URL"
    OPAQUE = "OPAQUE"
