from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel, _set_field, unguarded_instance

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class InlineHookPayload(OktaModel):
    """An Okta `InlineHookPayload`."""

    _json_names: ClassVar[dict[str, str]] = {}
    _field_kinds: ClassVar[dict[str, str]] = {}
    _json_fields: ClassVar[dict[str, JsonField]] = {}
    _extensible: ClassVar[bool] = True

    def __init__(
        self,
        *,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        # Of a subclass without this class's name-checking __setattr__ until every field is in.
        obj = unguarded_instance(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        obj.__class__ = cls  # same layout; attribute writes from here on go through __setattr__ again
        return obj

    if TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            """An undeclared attribute (`profile.employeeStartDate`), from `additional_properties`."""

    def __setattr__(self, name: str, value: Any) -> None:
        # Custom profile attributes set by attribute go where Okta expects them: into the profile.
        if name in _FIELDS or name.startswith("_"):
            object.__setattr__(self, name, value)
        else:
            self.additional_properties[name] = value


_FIELDS = frozenset(
    {
        "additional_properties",
    }
)
