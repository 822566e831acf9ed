from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class RotatePasswordRequest(OktaModel):
    """Rotate password request for the privileged resource

    Attributes:
        password: The password associated with the privileged resource
        secret_version_id (`secretVersionId`): The version ID of the password secret from the OPA vault
    """

    _json_names: ClassVar[dict[str, str]] = {
        "password": "password",
        "secretVersionId": "secret_version_id",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "password": "str",
        "secret_version_id": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "password": "password",
        "secret_version_id": "secretVersionId",
        "additional_properties": lambda d: _convert.undeclared(d, RotatePasswordRequest._json_names),
    }

    password: str | None | Unset = _attrs_field(repr=_convert.masked)
    secret_version_id: str | None | Unset

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.password is not UNSET:
            d["password"] = self.password
        if self.secret_version_id is not UNSET:
            d["secretVersionId"] = self.secret_version_id
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.password = d.pop("password", UNSET)
        obj.secret_version_id = d.pop("secretVersionId", UNSET)
        obj.additional_properties = d
        return obj
