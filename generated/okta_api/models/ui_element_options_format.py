from .._enum import OktaEnum


class UIElementOptionsFormat(OktaEnum):
    """Values of `UIElementOptionsFormat`; an unknown value parses too (see `OktaEnum`)."""

    CHECKBOX = "checkbox"
    RADIO = "radio"
    RADIO_TRUE_FALSE = "radio_true_false"
    RADIO_YES_NO = "radio_yes_no"
    SELECT = "select"
    TEXT = "text"
