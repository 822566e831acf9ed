"""The base class of every generated enum: Okta adds values without a version bump."""

from __future__ import annotations

from enum import Enum
from typing import Any


class OktaEnum(str, Enum):
    """A string enum that keeps values it does not know instead of failing.

    `Status("NEW_VALUE")` returns a `Status` whose `.value` is "NEW_VALUE" and whose `.is_known`
    is False; it compares equal to the string and serializes back unchanged.
    """

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """Whether the spec this client was generated from lists this value."""
        return self._name_ in type(self).__members__

    def __str__(self) -> str:
        return str(self.value)
