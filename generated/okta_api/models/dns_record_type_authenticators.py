from .._enum import OktaEnum


class DNSRecordTypeAuthenticators(OktaEnum):
    """Values of `DNSRecordTypeAuthenticators`; an unknown value parses too (see `OktaEnum`)."""

    TXT = "TXT"
