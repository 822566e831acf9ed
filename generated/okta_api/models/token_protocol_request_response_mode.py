from .._enum import OktaEnum


class TokenProtocolRequestResponseMode(OktaEnum):
    """Values of `TokenProtocolRequestResponseMode`; an unknown value parses too (see `OktaEnum`)."""

    FORM_POST = "form_post"
    FRAGMENT = "fragment"
    OKTA_POST_MESSAGE = "okta_post_message"
    QUERY = "query"
