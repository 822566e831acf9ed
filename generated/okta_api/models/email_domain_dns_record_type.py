from .._enum import OktaEnum


class EmailDomainDNSRecordType(OktaEnum):
    """Values of `EmailDomainDNSRecordType`; an unknown value parses too (see `OktaEnum`)."""

    CNAME = "CNAME"
    TXT = "TXT"
