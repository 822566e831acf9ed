from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
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


@_attrs_define(kw_only=True)
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
        "password_changed": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("passwordChanged", UNSET)).__class__ is str else v
        ),
        "field_links": lambda d: (
            _registration_inline_hook_pp_data_data_context_user_links.RegistrationInlineHookPPDataDataContextUserLinks.from_json(
                v
            )
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _registration_inline_hook_pp_data_data_context_user_links.RegistrationInlineHookPPDataDataContextUserLinks,
                v,
            )
        ),
        "profile": "profile",
        "id": "id",
        "additional_properties": lambda d: _convert.undeclared(
            d, RegistrationInlineHookPPDataDataContextUser._json_names
        ),
    }

    password_changed: datetime.datetime | None | Unset = UNSET
    field_links: RegistrationInlineHookPPDataDataContextUserLinks | None | Unset = UNSET
    profile: dict[str, Any] | None | Unset = UNSET
    id: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.password_changed is not UNSET:
            d["passwordChanged"] = _convert.dump_datetime(self.password_changed)
        if self.field_links is not UNSET:
            d["_links"] = _convert.dump_model(self.field_links, omit_read_only)
        if self.profile is not UNSET:
            d["profile"] = self.profile
        if self.id is not UNSET:
            d["id"] = self.id
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.password_changed = (
            _convert.parse_datetime_text(v) if (v := d.pop("passwordChanged", UNSET)).__class__ is str else v
        )
        obj.field_links = (
            _registration_inline_hook_pp_data_data_context_user_links.RegistrationInlineHookPPDataDataContextUserLinks.from_dict(
                v
            )
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _registration_inline_hook_pp_data_data_context_user_links.RegistrationInlineHookPPDataDataContextUserLinks,
                v,
            )
        )
        obj.profile = d.pop("profile", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.additional_properties = d
        return obj
