from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import links_self as _links_self
from . import realm_profile as _realm_profile

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .links_self import LinksSelf
    from .realm_profile import RealmProfile


def _parse_profile(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _realm_profile.RealmProfile.from_json(v) if lazy else _realm_profile.RealmProfile.from_dict(v)
    return _convert.parse_model(_realm_profile.RealmProfile, v)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _links_self.LinksSelf.from_json(v) if lazy else _links_self.LinksSelf.from_dict(v)
    return _convert.parse_model(_links_self.LinksSelf, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class Realm(OktaModel):
    """An Okta `Realm`.

    Attributes:
        created (read-only, never sent): Timestamp when the realm was created
        id (read-only, never sent): Unique ID for the realm
        is_default (`isDefault`, read-only, never sent): Indicates the default realm. Existing users will start out in the default realm and can be
            moved to other realms individually or through realm assignments. See [Realms Assignments
            API](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/realmassignment/).
        last_updated (`lastUpdated`, read-only, never sent): Timestamp when the realm was updated
        profile: RealmProfile
        field_links (`_links`, read-only, never sent): Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288))
            available using the [JSON Hypertext Application
            Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification.
            This object is used for dynamic discovery of related resources and lifecycle operations.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "created": "created",
        "id": "id",
        "isDefault": "is_default",
        "lastUpdated": "last_updated",
        "profile": "profile",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "created": "datetime",
        "id": "str",
        "is_default": "bool",
        "last_updated": "datetime",
        "profile": "model",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "created": ("created", _convert.parse_datetime),
        "id": ("id", None),
        "is_default": ("isDefault", None),
        "last_updated": ("lastUpdated", _convert.parse_datetime),
        "profile": ("profile", _parse_profile),
        "field_links": ("_links", _parse_field_links),
    }

    created: datetime.datetime | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    is_default: bool | None = _attrs_field(init=False)
    last_updated: datetime.datetime | None = _attrs_field(init=False)
    profile: RealmProfile | None = _attrs_field(init=False)
    field_links: LinksSelf | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        created: datetime.datetime | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        is_default: bool | None | Unset = UNSET,
        last_updated: datetime.datetime | None | Unset = UNSET,
        profile: RealmProfile | None | Unset = UNSET,
        field_links: LinksSelf | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if created is not UNSET:
            _set_field(self, "created", created)
        if id is not UNSET:
            _set_field(self, "id", id)
        if is_default is not UNSET:
            _set_field(self, "is_default", is_default)
        if last_updated is not UNSET:
            _set_field(self, "last_updated", last_updated)
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
        if (v := values.get("created", UNSET)) is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(v)
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("is_default", UNSET)) is not UNSET and not omit_read_only:
            d["isDefault"] = v
        if (v := values.get("last_updated", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(v)
        if (v := values.get("profile", UNSET)) is not UNSET:
            d["profile"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("field_links", UNSET)) is not UNSET and not omit_read_only:
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
        if (v := d.pop("created", UNSET)) is not UNSET:
            obj.created = _convert.parse_datetime(v, False)
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("isDefault", UNSET)) is not UNSET:
            obj.is_default = v
        if (v := d.pop("lastUpdated", UNSET)) is not UNSET:
            obj.last_updated = _convert.parse_datetime(v, False)
        if (v := d.pop("profile", UNSET)) is not UNSET:
            obj.profile = _parse_profile(v, False)
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
