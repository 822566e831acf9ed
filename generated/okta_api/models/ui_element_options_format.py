from .._enum import OktaEnum


class UIElementOptionsFormat(OktaEnum):
    """Values of `UIElementOptionsFormat`; an unknown value parses too (see `OktaEnum`)."""

    CHECKBOX = "checkbox"
    """Displays input as a checkbox. This option is only available for Boolean data types."""
    RADIO = "radio"
    """Radio button options. This option is only available for `string` data types with an `enum` or `one
    of` constraint."""
    RADIO_TRUE_FALSE = "radio_true_false"
    """Displays input as two radio buttons, one with the option `true` and the other `false`. This option
    is only available for Boolean data types."""
    RADIO_YES_NO = "radio_yes_no"
    """Displays input as two radio buttons, one with the option `yes` and the other `no`. This option is
    only available for Boolean data types."""
    SELECT = "select"
    """Displays input as a dropdown list. This option is only available for the `country-code` data type or
    a string data type with an enum or one of constraint."""
    TEXT = "text"
    """The default format for the majority of property types"""
