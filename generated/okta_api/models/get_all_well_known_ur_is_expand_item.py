from .._enum import OktaEnum


class GetAllWellKnownUrIsExpandItem(OktaEnum):
    """Values of `GetAllWellKnownUrIsExpandItem`; an unknown value parses too (see `OktaEnum`)."""

    ALL = "all"
    APPLE_APP_SITE_ASSOCIATION = "apple-app-site-association"
    ASSETLINKS_JSON = "assetlinks.json"
    WEBAUTHN = "webauthn"
