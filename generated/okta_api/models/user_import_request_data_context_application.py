from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .user_import_request_data_context_application_status import UserImportRequestDataContextApplicationStatus

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
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
        "name": "name",
        "id": "id",
        "label": "label",
        "status": lambda d: (
            _convert.parse_enum(UserImportRequestDataContextApplicationStatus, v)
            if (v := d.get("status", UNSET)).__class__ is str
            else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, UserImportRequestDataContextApplication._json_names),
    }

    name: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    label: str | None | Unset = UNSET
    status: UserImportRequestDataContextApplicationStatus | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.name is not UNSET:
            d["name"] = self.name
        if self.id is not UNSET:
            d["id"] = self.id
        if self.label is not UNSET:
            d["label"] = self.label
        if self.status is not UNSET:
            d["status"] = self.status
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.name = d.pop("name", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.label = d.pop("label", UNSET)
        obj.status = (
            _convert.parse_enum(UserImportRequestDataContextApplicationStatus, v)
            if (v := d.pop("status", UNSET)).__class__ is str
            else v
        )
        obj.additional_properties = d
        return obj
