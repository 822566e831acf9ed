from .._enum import OktaEnum


class WellKnownSSFMetadataDefaultSubjects(OktaEnum):
    """Values of `WellKnownSSFMetadataDefaultSubjects`; an unknown value parses too (see `OktaEnum`)."""

    ALL = "ALL"
    NONE = "NONE"
