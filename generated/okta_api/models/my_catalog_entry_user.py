from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class MyCatalogEntryUser(OktaModel):
    """A user the signed-in user may request an entry for.

    Attributes:
        id: Okta user id.
        email: Primary email.
        first_name (`firstName`): First name.
        last_name (`lastName`): Last name.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "email": "email",
        "firstName": "first_name",
        "lastName": "last_name",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "id": "str",
        "email": "str",
        "first_name": "str",
        "last_name": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "id": "id",
        "email": "email",
        "first_name": "firstName",
        "last_name": "lastName",
        "additional_properties": lambda d: _convert.undeclared(d, MyCatalogEntryUser._json_names),
    }

    id: str | None | Unset
    email: str | None | Unset
    first_name: str | None | Unset = UNSET
    last_name: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.id is not UNSET:
            d["id"] = self.id
        if self.email is not UNSET:
            d["email"] = self.email
        if self.first_name is not UNSET:
            d["firstName"] = self.first_name
        if self.last_name is not UNSET:
            d["lastName"] = self.last_name
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.id = d.pop("id", UNSET)
        obj.email = d.pop("email", UNSET)
        obj.first_name = d.pop("firstName", UNSET)
        obj.last_name = d.pop("lastName", UNSET)
        obj.additional_properties = d
        return obj
