from .._enum import OktaEnum


class OAuthMetadataDpopSigningAlgValuesSupportedItem(OktaEnum):
    """Values of `OAuthMetadataDpopSigningAlgValuesSupportedItem`; an unknown value parses too (see `OktaEnum`)."""

    ES256 = "ES256"
    ES384 = "ES384"
    ES512 = "ES512"
    RS256 = "RS256"
    RS384 = "RS384"
    RS512 = "RS512"
