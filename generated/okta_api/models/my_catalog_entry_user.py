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
        "id": ("id", None),
        "email": ("email", None),
        "first_name": ("firstName", None),
        "last_name": ("lastName", None),
    }

    id: str | None = _attrs_field(init=False)
    email: str | None = _attrs_field(init=False)
    first_name: str | None = _attrs_field(init=False)
    last_name: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        id: str | None | Unset,
        email: str | None | Unset,
        first_name: str | None | Unset = UNSET,
        last_name: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if id is not UNSET:
            _set_field(self, "id", id)
        if email is not UNSET:
            _set_field(self, "email", email)
        if first_name is not UNSET:
            _set_field(self, "first_name", first_name)
        if last_name is not UNSET:
            _set_field(self, "last_name", last_name)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("id", UNSET)) is not UNSET:
            d["id"] = v
        if (v := values.get("email", UNSET)) is not UNSET:
            d["email"] = v
        if (v := values.get("first_name", UNSET)) is not UNSET:
            d["firstName"] = v
        if (v := values.get("last_name", UNSET)) is not UNSET:
            d["lastName"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("email", UNSET)) is not UNSET:
            obj.email = v
        if (v := d.pop("firstName", UNSET)) is not UNSET:
            obj.first_name = v
        if (v := d.pop("lastName", UNSET)) is not UNSET:
            obj.last_name = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
