from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import password_import_request_data as _password_import_request_data

if TYPE_CHECKING:
    from typing import Self

    from .password_import_request_data import PasswordImportRequestData


@_attrs_define(kw_only=True)
class PasswordImportRequest(OktaModel):
    """An Okta `PasswordImportRequest`.

    Attributes:
        data: PasswordImportRequestData
        event_type (`eventType`): The type of inline hook. The password import inline hook type is
            `com.okta.user.credential.password.import`.
        source: The ID and URL of the password import inline hook
    """

    _json_names: ClassVar[dict[str, str]] = {
        "data": "data",
        "eventType": "event_type",
        "source": "source",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "data": "model",
        "event_type": "str",
        "source": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "data": lambda d: (
            _password_import_request_data.PasswordImportRequestData.from_json(v)
            if (v := d.get("data", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_password_import_request_data.PasswordImportRequestData, v)
        ),
        "event_type": "eventType",
        "source": "source",
        "additional_properties": lambda d: _convert.undeclared(d, PasswordImportRequest._json_names),
    }

    data: PasswordImportRequestData | None | Unset = UNSET
    event_type: str | None | Unset = UNSET
    source: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.data is not UNSET:
            d["data"] = _convert.dump_model(self.data, omit_read_only)
        if self.event_type is not UNSET:
            d["eventType"] = self.event_type
        if self.source is not UNSET:
            d["source"] = self.source
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.data = (
            _password_import_request_data.PasswordImportRequestData.from_dict(v)
            if (v := d.pop("data", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_password_import_request_data.PasswordImportRequestData, v)
        )
        obj.event_type = d.pop("eventType", UNSET)
        obj.source = d.pop("source", UNSET)
        obj.additional_properties = d
        return obj
