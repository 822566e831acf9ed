from .._enum import OktaEnum


class DNSRecordTypeDomains(OktaEnum):
    """Values of `DNSRecordTypeDomains`; an unknown value parses too (see `OktaEnum`)."""

    CAA = "CAA"
    CNAME = "CNAME"
    TXT = "TXT"
