from .._enum import OktaEnum


class SmsTemplateType(OktaEnum):
    """Values of `SmsTemplateType`; an unknown value parses too (see `OktaEnum`)."""

    SMS_VERIFY_CODE = "SMS_VERIFY_CODE"
