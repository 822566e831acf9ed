from .._enum import OktaEnum


class WellKnownSSFMetadataDefaultSubjects(OktaEnum):
    """Values of `WellKnownSSFMetadataDefaultSubjects`; an unknown value parses too (see `OktaEnum`)."""

    ALL = "ALL"
    """Indicates that any subjects that are appropriate for the stream are added to the stream by default."""
    NONE = "NONE"
    """Indicates that no subjects are added by default"""
