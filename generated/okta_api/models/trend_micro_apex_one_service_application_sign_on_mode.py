from .._enum import OktaEnum


class TrendMicroApexOneServiceApplicationSignOnMode(OktaEnum):
    """Values of `TrendMicroApexOneServiceApplicationSignOnMode`; an unknown value parses too (see `OktaEnum`)."""

    SAML_2_0 = "SAML_2_0"
