from .._enum import OktaEnum


class LogStreamType(OktaEnum):
    """Values of `LogStreamType`; an unknown value parses too (see `OktaEnum`)."""

    AWS_EVENTBRIDGE = "aws_eventbridge"
    SPLUNK_CLOUD_LOGSTREAMING = "splunk_cloud_logstreaming"
