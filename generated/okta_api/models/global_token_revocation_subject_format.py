from .._enum import OktaEnum


class GlobalTokenRevocationSubjectFormat(OktaEnum):
    """Values of `GlobalTokenRevocationSubjectFormat`; an unknown value parses too (see `OktaEnum`)."""

    EMAIL = "EMAIL"
    ISS_SUB = "ISS_SUB"
