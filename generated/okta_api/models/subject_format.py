from .._enum import OktaEnum


class SubjectFormat(OktaEnum):
    """Values of `SubjectFormat`; an unknown value parses too (see `OktaEnum`)."""

    OPAQUE = "opaque"
