from .._enum import OktaEnum


class ReplaceBrandWellKnownUriPath(OktaEnum):
    """Values of `ReplaceBrandWellKnownUriPath`; an unknown value parses too (see `OktaEnum`)."""

    APPLE_APP_SITE_ASSOCIATION = "apple-app-site-association"
    ASSETLINKS_JSON = "assetlinks.json"
    WEBAUTHN = "webauthn"
