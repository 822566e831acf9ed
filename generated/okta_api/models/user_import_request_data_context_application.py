from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .user_import_request_data_context_application_status import UserImportRequestDataContextApplicationStatus

if TYPE_CHECKING:
    from typing import Self


_parse_status = _convert.enum_parser(UserImportRequestDataContextApplicationStatus)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class UserImportRequestDataContextApplication(OktaModel):
    """Details of the app from which the user is being imported

    Attributes:
        name: The app name
        id: The app ID
        label: The user-defined display name for the app
        status: The status of the app
    """

    _json_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "id": "id",
        "label": "label",
        "status": "status",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "name": "str",
        "id": "str",
        "label": "str",
        "status": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "name": ("name", None),
        "id": ("id", None),
        "label": ("label", None),
        "status": ("status", _parse_status),
    }

    name: str | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    label: str | None = _attrs_field(init=False)
    status: UserImportRequestDataContextApplicationStatus | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        name: str | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        label: str | None | Unset = UNSET,
        status: UserImportRequestDataContextApplicationStatus | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if name is not UNSET:
            _set_field(self, "name", name)
        if id is not UNSET:
            _set_field(self, "id", id)
        if label is not UNSET:
            _set_field(self, "label", label)
        if status is not UNSET:
            _set_field(self, "status", status)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if (v := values.get("id", UNSET)) is not UNSET:
            d["id"] = v
        if (v := values.get("label", UNSET)) is not UNSET:
            d["label"] = v
        if (v := values.get("status", UNSET)) is not UNSET:
            d["status"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("label", UNSET)) is not UNSET:
            obj.label = v
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
