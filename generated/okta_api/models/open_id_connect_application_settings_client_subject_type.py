from .._enum import OktaEnum


class OpenIdConnectApplicationSettingsClientSubjectType(OktaEnum):
    """Values of `OpenIdConnectApplicationSettingsClientSubjectType`; an unknown value parses too (see `OktaEnum`)."""

    PAIRWISE = "pairwise"
    PUBLIC = "public"
