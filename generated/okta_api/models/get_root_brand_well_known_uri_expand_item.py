from .._enum import OktaEnum


class GetRootBrandWellKnownUriExpandItem(OktaEnum):
    """Values of `GetRootBrandWellKnownUriExpandItem`; an unknown value parses too (see `OktaEnum`)."""

    CUSTOMIZED = "customized"
