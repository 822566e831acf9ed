from .._enum import OktaEnum


class GetBrandWellKnownUriPath(OktaEnum):
    """Values of `GetBrandWellKnownUriPath`; an unknown value parses too (see `OktaEnum`)."""

    APPLE_APP_SITE_ASSOCIATION = "apple-app-site-association"
    ASSETLINKS_JSON = "assetlinks.json"
    WEBAUTHN = "webauthn"
