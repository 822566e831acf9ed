from .._enum import OktaEnum


class CsrPublishHrefHintsAllowItem(OktaEnum):
    """Values of `CsrPublishHrefHintsAllowItem`; an unknown value parses too (see `OktaEnum`)."""

    POST = "POST"
