from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import authenticator_provider as _authenticator_provider
from . import authenticator_settings as _authenticator_settings
from .authenticator_status import AuthenticatorStatus
from .authenticator_type import AuthenticatorType

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .authenticator_provider import AuthenticatorProvider
    from .authenticator_settings import AuthenticatorSettings


@_attrs_define(kw_only=True)
class Authenticator(OktaModel):
    """An Okta `Authenticator`.

    Attributes:
        field_links (`_links`, read-only, never sent): dict[str, Any]
        created (read-only, never sent): datetime.datetime
        id (read-only, never sent): str
        key: str
        last_updated (`lastUpdated`, read-only, never sent): datetime.datetime
        name: str
        provider: AuthenticatorProvider
        settings: AuthenticatorSettings
        status: AuthenticatorStatus
        type_ (`type`): AuthenticatorType
    """

    _json_names: ClassVar[dict[str, str]] = {
        "_links": "field_links",
        "created": "created",
        "id": "id",
        "key": "key",
        "lastUpdated": "last_updated",
        "name": "name",
        "provider": "provider",
        "settings": "settings",
        "status": "status",
        "type": "type_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "field_links": "dict",
        "created": "datetime",
        "id": "str",
        "key": "str",
        "last_updated": "datetime",
        "name": "str",
        "provider": "model",
        "settings": "model",
        "status": "enum",
        "type_": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "field_links": "_links",
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "id": "id",
        "key": "key",
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "name": "name",
        "provider": lambda d: (
            _authenticator_provider.AuthenticatorProvider.from_json(v)
            if (v := d.get("provider", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_authenticator_provider.AuthenticatorProvider, v)
        ),
        "settings": lambda d: (
            _authenticator_settings.AuthenticatorSettings.from_json(v)
            if (v := d.get("settings", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_authenticator_settings.AuthenticatorSettings, v)
        ),
        "status": lambda d: (
            _convert.parse_enum(AuthenticatorStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "type_": lambda d: (
            _convert.parse_enum(AuthenticatorType, v) if (v := d.get("type", UNSET)).__class__ is str else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, Authenticator._json_names),
    }

    field_links: dict[str, Any] | None | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    id: str | None | Unset = UNSET
    key: str | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    name: str | None | Unset = UNSET
    provider: AuthenticatorProvider | None | Unset = UNSET
    settings: AuthenticatorSettings | None | Unset = UNSET
    status: AuthenticatorStatus | None | Unset = UNSET
    type_: AuthenticatorType | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.field_links is not UNSET and not omit_read_only:
            d["_links"] = self.field_links
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.key is not UNSET:
            d["key"] = self.key
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.name is not UNSET:
            d["name"] = self.name
        if self.provider is not UNSET:
            d["provider"] = _convert.dump_model(self.provider, omit_read_only)
        if self.settings is not UNSET:
            d["settings"] = _convert.dump_model(self.settings, omit_read_only)
        if self.status is not UNSET:
            d["status"] = self.status
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.field_links = d.pop("_links", UNSET)
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.id = d.pop("id", UNSET)
        obj.key = d.pop("key", UNSET)
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.name = d.pop("name", UNSET)
        obj.provider = (
            _authenticator_provider.AuthenticatorProvider.from_dict(v)
            if (v := d.pop("provider", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_authenticator_provider.AuthenticatorProvider, v)
        )
        obj.settings = (
            _authenticator_settings.AuthenticatorSettings.from_dict(v)
            if (v := d.pop("settings", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_authenticator_settings.AuthenticatorSettings, v)
        )
        obj.status = (
            _convert.parse_enum(AuthenticatorStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        )
        obj.type_ = _convert.parse_enum(AuthenticatorType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        obj.additional_properties = d
        return obj
