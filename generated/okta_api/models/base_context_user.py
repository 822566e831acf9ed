from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import base_context_user_links as _base_context_user_links
from . import base_context_user_profile as _base_context_user_profile

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .base_context_user_links import BaseContextUserLinks
    from .base_context_user_profile import BaseContextUserProfile


@_attrs_define(kw_only=True)
class BaseContextUser(OktaModel):
    """Identifies the Okta user that the token was generated to authenticate and provides details of their
    Okta user profile

    Attributes:
        id: The unique identifier for the user
        password_changed (`passwordChanged`): The timestamp when the user's password was last updated
        profile: BaseContextUserProfile
        field_links (`_links`): Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288))
            available for the current status of the user. These links are used to discover what groups
            the user is a part of and what factors they have enrolled.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "passwordChanged": "password_changed",
        "profile": "profile",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "id": "str",
        "password_changed": "datetime",
        "profile": "model",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "id": "id",
        "password_changed": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("passwordChanged", UNSET)).__class__ is str else v
        ),
        "profile": lambda d: (
            _base_context_user_profile.BaseContextUserProfile.from_json(v)
            if (v := d.get("profile", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_base_context_user_profile.BaseContextUserProfile, v)
        ),
        "field_links": lambda d: (
            _base_context_user_links.BaseContextUserLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_base_context_user_links.BaseContextUserLinks, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, BaseContextUser._json_names),
    }

    id: str | None | Unset = UNSET
    password_changed: datetime.datetime | None | Unset = UNSET
    profile: BaseContextUserProfile | None | Unset = UNSET
    field_links: BaseContextUserLinks | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.id is not UNSET:
            d["id"] = self.id
        if self.password_changed is not UNSET:
            d["passwordChanged"] = _convert.dump_datetime(self.password_changed)
        if self.profile is not UNSET:
            d["profile"] = _convert.dump_model(self.profile, omit_read_only)
        if self.field_links is not UNSET:
            d["_links"] = _convert.dump_model(self.field_links, omit_read_only)
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
        obj.password_changed = (
            _convert.parse_datetime_text(v) if (v := d.pop("passwordChanged", UNSET)).__class__ is str else v
        )
        obj.profile = (
            _base_context_user_profile.BaseContextUserProfile.from_dict(v)
            if (v := d.pop("profile", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_base_context_user_profile.BaseContextUserProfile, v)
        )
        obj.field_links = (
            _base_context_user_links.BaseContextUserLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_base_context_user_links.BaseContextUserLinks, v)
        )
        obj.additional_properties = d
        return obj
