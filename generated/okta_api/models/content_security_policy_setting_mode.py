from .._enum import OktaEnum


class ContentSecurityPolicySettingMode(OktaEnum):
    """Values of `ContentSecurityPolicySettingMode`; an unknown value parses too (see `OktaEnum`)."""

    ENFORCED = "enforced"
    REPORT_ONLY = "report_only"
