from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class LogTargetChangeDetails(OktaModel):
    """Details on the target's changes. Not all event types support the `changeDetails` property, and not
    all
    `target` objects contain the `changeDetails` property.

    > **Note:** You can't run queries on `changeDetails` or the object's `to` or `from` properties.

    Attributes:
        from_ (`from`): The original properties of the target
        to: The updated properties of the target
    """

    _json_names: ClassVar[dict[str, str]] = {
        "from": "from_",
        "to": "to",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "from_": "dict",
        "to": "dict",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "from_": ("from", None),
        "to": ("to", None),
    }

    from_: dict[str, Any] | None = _attrs_field(init=False)
    to: dict[str, Any] | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        from_: dict[str, Any] | None | Unset = UNSET,
        to: dict[str, Any] | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if from_ is not UNSET:
            _set_field(self, "from_", from_)
        if to is not UNSET:
            _set_field(self, "to", to)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("from_", UNSET)) is not UNSET:
            d["from"] = v
        if (v := values.get("to", UNSET)) is not UNSET:
            d["to"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("from", UNSET)) is not UNSET:
            obj.from_ = v
        if (v := d.pop("to", UNSET)) is not UNSET:
            obj.to = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
