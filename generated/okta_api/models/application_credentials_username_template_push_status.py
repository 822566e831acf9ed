from .._enum import OktaEnum


class ApplicationCredentialsUsernameTemplatePushStatus(OktaEnum):
    """Values of `ApplicationCredentialsUsernameTemplatePushStatus`; an unknown value parses too (see `OktaEnum`)."""

    DONT_PUSH = "DONT_PUSH"
    NOT_CONFIGURED = "NOT_CONFIGURED"
    PUSH = "PUSH"
