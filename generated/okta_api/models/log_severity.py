from .._enum import OktaEnum


class LogSeverity(OktaEnum):
    """Values of `LogSeverity`; an unknown value parses too (see `OktaEnum`)."""

    DEBUG = "DEBUG"
    ERROR = "ERROR"
    INFO = "INFO"
    WARN = "WARN"
