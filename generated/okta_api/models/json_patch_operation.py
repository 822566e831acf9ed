from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .patch_action import PatchAction

if TYPE_CHECKING:
    from typing import Self


_parse_op = _convert.enum_parser(PatchAction)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class JsonPatchOperation(OktaModel):
    """The update action

    Attributes:
        op: The operation (PATCH action)
        path: The resource path of the attribute to update
        value: The update operation value
    """

    _json_names: ClassVar[dict[str, str]] = {
        "op": "op",
        "path": "path",
        "value": "value",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "op": "enum",
        "path": "str",
        "value": "dict",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "op": ("op", _parse_op),
        "path": ("path", None),
        "value": ("value", None),
    }

    op: PatchAction | None = _attrs_field(init=False)
    path: str | None = _attrs_field(init=False)
    value: dict[str, Any] | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        op: PatchAction | None | Unset = UNSET,
        path: str | None | Unset = UNSET,
        value: dict[str, Any] | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if op is not UNSET:
            _set_field(self, "op", op)
        if path is not UNSET:
            _set_field(self, "path", path)
        if value is not UNSET:
            _set_field(self, "value", value)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("op", UNSET)) is not UNSET:
            d["op"] = v
        if (v := values.get("path", UNSET)) is not UNSET:
            d["path"] = v
        if (v := values.get("value", UNSET)) is not UNSET:
            d["value"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("op", UNSET)) is not UNSET:
            obj.op = _parse_op(v, False)
        if (v := d.pop("path", UNSET)) is not UNSET:
            obj.path = v
        if (v := d.pop("value", UNSET)) is not UNSET:
            obj.value = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
