from .._enum import OktaEnum


class ResponseMode(OktaEnum):
    """Values of `ResponseMode`; an unknown value parses too (see `OktaEnum`)."""

    FORM_POST = "form_post"
    """Parameters are encoded as HTML form values (`application/x-www-form-urlencoded` format) and are
    transmitted through the HTTP POST method to the client."""
    FRAGMENT = "fragment"
    """Parameters are encoded in the URL fragment added to the `redirect_uri` when redirecting back to the
    client."""
    OKTA_POST_MESSAGE = "okta_post_message"
    """Uses [HTML5 Web Messaging](https://developer.mozilla.org/en-US/docs/Web/API/Window/postMessage) (for
    example, `window.postMessage()`) instead of the redirect for the authorization response from the
    `/authorize` endpoint.

    `okta_post_message` is an adaptation of the [Web Message Response
    Mode](https://tools.ietf.org/html/draft-sakimura-oauth-wmrm-00#section-4.1).
    This value provides a secure way for a single-page application to perform a sign-in flow in a pop-up
    window or an iFrame and receive the ID token, access token, and/or authorization code back in the
    parent page without leaving the context of that page. The data object for the `postMessage` call is
    in the next section."""
    QUERY = "query"
    """Parameters are encoded in the query string added to the `redirect_uri` when redirecting back to the
    client."""
