from .._enum import OktaEnum


class CapabilitiesImportRulesUserCreateAndMatchObjectExactMatchCriteria(OktaEnum):
    """Values of `CapabilitiesImportRulesUserCreateAndMatchObjectExactMatchCriteria`; an unknown value parses too (see `OktaEnum`)."""

    EMAIL = "EMAIL"
    USERNAME = "USERNAME"
