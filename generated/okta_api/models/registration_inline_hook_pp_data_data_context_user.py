from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import (
    registration_inline_hook_pp_data_data_context_user_links as _registration_inline_hook_pp_data_data_context_user_links,
)

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .registration_inline_hook_pp_data_data_context_user_links import (
        RegistrationInlineHookPPDataDataContextUserLinks,
    )


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _registration_inline_hook_pp_data_data_context_user_links.RegistrationInlineHookPPDataDataContextUserLinks.from_json(
                v
            )
            if lazy
            else _registration_inline_hook_pp_data_data_context_user_links.RegistrationInlineHookPPDataDataContextUserLinks.from_dict(
                v
            )
        )
    return _convert.parse_model(
        _registration_inline_hook_pp_data_data_context_user_links.RegistrationInlineHookPPDataDataContextUserLinks, v
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class RegistrationInlineHookPPDataDataContextUser(OktaModel):
    """An Okta `RegistrationInlineHookPPDataDataContextUser`.

    Attributes:
        password_changed (`passwordChanged`): The last time the user's password was updated
        field_links (`_links`): Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288))
            available for the current status of the user. These links are used to discover what groups
            the user is a part of and what factors they have enrolled.
        profile: The user to update's current attributes
        id: str
    """

    _json_names: ClassVar[dict[str, str]] = {
        "passwordChanged": "password_changed",
        "_links": "field_links",
        "profile": "profile",
        "id": "id",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "password_changed": "datetime",
        "field_links": "model",
        "profile": "dict",
        "id": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "password_changed": ("passwordChanged", _convert.parse_datetime),
        "field_links": ("_links", _parse_field_links),
        "profile": ("profile", None),
        "id": ("id", None),
    }

    password_changed: datetime.datetime | None = _attrs_field(init=False)
    field_links: RegistrationInlineHookPPDataDataContextUserLinks | None = _attrs_field(init=False)
    profile: dict[str, Any] | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        password_changed: datetime.datetime | None | Unset = UNSET,
        field_links: RegistrationInlineHookPPDataDataContextUserLinks | None | Unset = UNSET,
        profile: dict[str, Any] | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if password_changed is not UNSET:
            _set_field(self, "password_changed", password_changed)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        if profile is not UNSET:
            _set_field(self, "profile", profile)
        if id is not UNSET:
            _set_field(self, "id", id)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("password_changed", UNSET)) is not UNSET:
            d["passwordChanged"] = _convert.dump_datetime(v)
        if (v := values.get("field_links", UNSET)) is not UNSET:
            d["_links"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("profile", UNSET)) is not UNSET:
            d["profile"] = v
        if (v := values.get("id", UNSET)) is not UNSET:
            d["id"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("passwordChanged", UNSET)) is not UNSET:
            obj.password_changed = _convert.parse_datetime(v, False)
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        if (v := d.pop("profile", UNSET)) is not UNSET:
            obj.profile = v
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
