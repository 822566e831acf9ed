"""The root of every exception a call through this client raises.

It lives in the generated package because generated code imports nothing of the runtime's; the
runtime's errors (``okta_plugins``) derive from it, and ``okta_client.OktaError`` is this class.
"""


class OktaError(Exception):
    """Base of every failure of a call: bad arguments, error statuses, unparsable responses, transport."""
