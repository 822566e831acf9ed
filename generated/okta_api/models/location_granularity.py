from .._enum import OktaEnum


class LocationGranularity(OktaEnum):
    """Values of `LocationGranularity`; an unknown value parses too (see `OktaEnum`)."""

    CITY = "CITY"
    COUNTRY = "COUNTRY"
    LAT_LONG = "LAT_LONG"
    SUBDIVISION = "SUBDIVISION"
