from .._enum import OktaEnum


class SubjectType(OktaEnum):
    """Values of `SubjectType`; an unknown value parses too (see `OktaEnum`)."""

    PAIRWISE = "pairwise"
    PUBLIC = "public"
