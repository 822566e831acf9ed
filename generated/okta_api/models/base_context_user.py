from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import base_context_user_links as _base_context_user_links
from . import base_context_user_profile as _base_context_user_profile

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .base_context_user_links import BaseContextUserLinks
    from .base_context_user_profile import BaseContextUserProfile


def _parse_profile(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _base_context_user_profile.BaseContextUserProfile.from_json(v)
            if lazy
            else _base_context_user_profile.BaseContextUserProfile.from_dict(v)
        )
    return _convert.parse_model(_base_context_user_profile.BaseContextUserProfile, v)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _base_context_user_links.BaseContextUserLinks.from_json(v)
            if lazy
            else _base_context_user_links.BaseContextUserLinks.from_dict(v)
        )
    return _convert.parse_model(_base_context_user_links.BaseContextUserLinks, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "id": ("id", None),
        "password_changed": ("passwordChanged", _convert.parse_datetime),
        "profile": ("profile", _parse_profile),
        "field_links": ("_links", _parse_field_links),
    }

    id: str | None = _attrs_field(init=False)
    password_changed: datetime.datetime | None = _attrs_field(init=False)
    profile: BaseContextUserProfile | None = _attrs_field(init=False)
    field_links: BaseContextUserLinks | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        id: str | None | Unset = UNSET,
        password_changed: datetime.datetime | None | Unset = UNSET,
        profile: BaseContextUserProfile | None | Unset = UNSET,
        field_links: BaseContextUserLinks | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if id is not UNSET:
            _set_field(self, "id", id)
        if password_changed is not UNSET:
            _set_field(self, "password_changed", password_changed)
        if profile is not UNSET:
            _set_field(self, "profile", profile)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("id", UNSET)) is not UNSET:
            d["id"] = v
        if (v := values.get("password_changed", UNSET)) is not UNSET:
            d["passwordChanged"] = _convert.dump_datetime(v)
        if (v := values.get("profile", UNSET)) is not UNSET:
            d["profile"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("field_links", UNSET)) is not UNSET:
            d["_links"] = _convert.dump_model(v, omit_read_only)
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
        if (v := d.pop("passwordChanged", UNSET)) is not UNSET:
            obj.password_changed = _convert.parse_datetime(v, False)
        if (v := d.pop("profile", UNSET)) is not UNSET:
            obj.profile = _parse_profile(v, False)
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
