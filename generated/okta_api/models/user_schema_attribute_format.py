from .._enum import OktaEnum


class UserSchemaAttributeFormat(OktaEnum):
    """Values of `UserSchemaAttributeFormat`; an unknown value parses too (see `OktaEnum`)."""

    COUNTRY_CODE = "country-code"
    DATE_TIME = "date-time"
    EMAIL = "email"
    ENCRYPTED = "encrypted"
    HASHED = "hashed"
    LANGUAGE_CODE = "language-code"
    LOCALE = "locale"
    REF_ID = "ref-id"
    TIMEZONE = "timezone"
    URI = "uri"
