from .._enum import OktaEnum


class OpenIdConnectApplicationSettingsClientBackchannelAuthenticationRequestSigningAlg(OktaEnum):
    """Values of `OpenIdConnectApplicationSettingsClientBackchannelAuthenticationRequestSigningAlg`; an unknown value parses too (see `OktaEnum`)."""

    ES256 = "ES256"
    ES384 = "ES384"
    ES512 = "ES512"
    HS256 = "HS256"
    HS384 = "HS384"
    HS512 = "HS512"
    RS256 = "RS256"
    RS384 = "RS384"
    RS512 = "RS512"
