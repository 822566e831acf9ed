from .._enum import OktaEnum


class ZoomUsApplicationSignOnMode(OktaEnum):
    """Values of `ZoomUsApplicationSignOnMode`; an unknown value parses too (see `OktaEnum`)."""

    SAML_2_0 = "SAML_2_0"
