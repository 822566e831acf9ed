from .._enum import OktaEnum


class ClientUpdatePolicyRuleActionsObjectAction(OktaEnum):
    """Values of `ClientUpdatePolicyRuleActionsObjectAction`; an unknown value parses too (see `OktaEnum`)."""

    OKTA_VERIFY_UPDATE = "OKTA_VERIFY_UPDATE"
