from .._enum import OktaEnum


class ApplicationCredentialsUsernameTemplateType(OktaEnum):
    """Values of `ApplicationCredentialsUsernameTemplateType`; an unknown value parses too (see `OktaEnum`)."""

    BUILT_IN = "BUILT_IN"
    CUSTOM = "CUSTOM"
    NONE = "NONE"
