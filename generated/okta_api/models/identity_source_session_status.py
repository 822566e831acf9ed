from .._enum import OktaEnum


class IdentitySourceSessionStatus(OktaEnum):
    """Values of `IdentitySourceSessionStatus`; an unknown value parses too (see `OktaEnum`)."""

    CLOSED = "CLOSED"
    """The identity source session was canceled and isn't available for further activity."""
    COMPLETED = "COMPLETED"
    """The bulk data was processed and imported into Okta."""
    CREATED = "CREATED"
    """This is a new identity source session that hasn't been processed. You can upload bulk data in this
    stage."""
    ERROR = "ERROR"
    """The processing of import data in the session encountered an error. You need to open a new session to
    upload the data again."""
    EXPIRED = "EXPIRED"
    """This identity source session had the `CREATED` status and timed-out after 24 hours of inactivity."""
    IN_PROGRESS = "IN_PROGRESS"
    """The bulk data is being uploaded to Okta."""
    TRIGGERED = "TRIGGERED"
    """Okta is processing the import data in this session. You can't load bulk data in this stage."""
