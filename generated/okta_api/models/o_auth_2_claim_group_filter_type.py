from .._enum import OktaEnum


class OAuth2ClaimGroupFilterType(OktaEnum):
    """Values of `OAuth2ClaimGroupFilterType`; an unknown value parses too (see `OktaEnum`)."""

    CONTAINS = "CONTAINS"
    """Group names contain `value` (not case-sensitive). For example, if `value` is `group1`, then
    `MyGroup123` and `group1` are included."""
    EQUALS = "EQUALS"
    """Group name is the same as `value` (not case-sensitive). For example, if `value` is `group1`, then
    `group1` and `Group1` are included, but `group123` isn't."""
    REGEX = "REGEX"
    """Group names match the regular expression in `value` (case-sensitive). For example if `value` is
    `/^[a-z0-9_-]{3,16}$/`, then any Group name that has at least three letters, no more than 16, and
    contains lowercase letters, a hyphen, or numbers is a match."""
    STARTS_WITH = "STARTS_WITH"
    """Group names start with `value` (not case-sensitive). For example, if `value` is `group1`, then
    `group123` and `Group123` are included."""
