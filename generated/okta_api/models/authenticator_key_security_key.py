from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, _set_field
from ..types import UNSET, Unset
from . import authenticator_links as _authenticator_links
from .authenticator_key_enum import AuthenticatorKeyEnum
from .authenticator_simple import AuthenticatorSimple
from .authenticator_type import AuthenticatorType
from .lifecycle_status import LifecycleStatus

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .authenticator_links import AuthenticatorLinks


_parse_key = _convert.enum_parser(AuthenticatorKeyEnum)

_parse_status = _convert.enum_parser(LifecycleStatus)

_parse_type_ = _convert.enum_parser(AuthenticatorType)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _authenticator_links.AuthenticatorLinks.from_json(v)
            if lazy
            else _authenticator_links.AuthenticatorLinks.from_dict(v)
        )
    return _convert.parse_model(_authenticator_links.AuthenticatorLinks, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class AuthenticatorKeySecurityKey(AuthenticatorSimple):
    """An Okta `AuthenticatorKeySecurityKey`.

    Attributes:
        created (read-only, never sent): Timestamp when the authenticator was created
        description: The description of the authenticator. This setting is only available for the `webauthn`
            authenticator type (Passkeys).
        id (read-only, never sent): A unique identifier for the authenticator
        key: A human-readable string that identifies the authenticator
        last_updated (`lastUpdated`, read-only, never sent): Timestamp when the authenticator was last modified
        name: Display name of the authenticator
        status: LifecycleStatus
        type_ (`type`): The type of authenticator
        field_links (`_links`): AuthenticatorLinks
    """

    _json_names: ClassVar[dict[str, str]] = {
        "created": "created",
        "description": "description",
        "id": "id",
        "key": "key",
        "lastUpdated": "last_updated",
        "name": "name",
        "status": "status",
        "type": "type_",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "created": "datetime",
        "description": "str",
        "id": "str",
        "key": "enum",
        "last_updated": "datetime",
        "name": "str",
        "status": "enum",
        "type_": "enum",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "created": ("created", _convert.parse_datetime),
        "description": ("description", None),
        "id": ("id", None),
        "key": ("key", _parse_key),
        "last_updated": ("lastUpdated", _convert.parse_datetime),
        "name": ("name", None),
        "status": ("status", _parse_status),
        "type_": ("type", _parse_type_),
        "field_links": ("_links", _parse_field_links),
    }

    created: datetime.datetime | None = _attrs_field(init=False)
    description: str | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    key: AuthenticatorKeyEnum | None = _attrs_field(init=False)
    last_updated: datetime.datetime | None = _attrs_field(init=False)
    name: str | None = _attrs_field(init=False)
    status: LifecycleStatus | None = _attrs_field(init=False)
    type_: AuthenticatorType | None = _attrs_field(init=False)
    field_links: AuthenticatorLinks | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        created: datetime.datetime | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        key: AuthenticatorKeyEnum | None | Unset = AuthenticatorKeyEnum("security_key"),
        last_updated: datetime.datetime | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        status: LifecycleStatus | None | Unset = UNSET,
        type_: AuthenticatorType | None | Unset = UNSET,
        field_links: AuthenticatorLinks | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if created is not UNSET:
            _set_field(self, "created", created)
        if description is not UNSET:
            _set_field(self, "description", description)
        if id is not UNSET:
            _set_field(self, "id", id)
        if key is not UNSET:
            _set_field(self, "key", key)
        if last_updated is not UNSET:
            _set_field(self, "last_updated", last_updated)
        if name is not UNSET:
            _set_field(self, "name", name)
        if status is not UNSET:
            _set_field(self, "status", status)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
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
        if (v := values.get("description", UNSET)) is not UNSET:
            d["description"] = v
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("key", UNSET)) is not UNSET:
            d["key"] = v
        if (v := values.get("last_updated", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(v)
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if (v := values.get("status", UNSET)) is not UNSET:
            d["status"] = v
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
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
        if (v := d.pop("created", UNSET)) is not UNSET:
            obj.created = _convert.parse_datetime(v, False)
        if (v := d.pop("description", UNSET)) is not UNSET:
            obj.description = v
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("key", UNSET)) is not UNSET:
            obj.key = _parse_key(v, False)
        if (v := d.pop("lastUpdated", UNSET)) is not UNSET:
            obj.last_updated = _convert.parse_datetime(v, False)
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
