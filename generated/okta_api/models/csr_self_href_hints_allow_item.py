from .._enum import OktaEnum


class CsrSelfHrefHintsAllowItem(OktaEnum):
    """Values of `CsrSelfHrefHintsAllowItem`; an unknown value parses too (see `OktaEnum`)."""

    DELETE = "DELETE"
    GET = "GET"
