from .._enum import OktaEnum


class PostAuthSessionFailureActionsObjectAction(OktaEnum):
    """Values of `PostAuthSessionFailureActionsObjectAction`; an unknown value parses too (see `OktaEnum`)."""

    RUN_WORKFLOW = "RUN_WORKFLOW"
    TERMINATE_SESSION = "TERMINATE_SESSION"
