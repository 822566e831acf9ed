from .._enum import OktaEnum


class DNSRecordType(OktaEnum):
    """Values of `DNSRecordType`; an unknown value parses too (see `OktaEnum`)."""

    CNAME = "CNAME"
    TXT = "TXT"
