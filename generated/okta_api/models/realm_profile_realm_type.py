from .._enum import OktaEnum


class RealmProfileRealmType(OktaEnum):
    """Values of `RealmProfileRealmType`; an unknown value parses too (see `OktaEnum`)."""

    DEFAULT = "DEFAULT"
    """Default"""
    PARTNER = "PARTNER"
    """Realm with external partner portal"""
