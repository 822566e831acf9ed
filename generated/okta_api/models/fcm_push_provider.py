from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from . import fcm_configuration as _fcm_configuration
from . import links_self as _links_self
from .provider_type import ProviderType
from .push_provider import PushProvider

if TYPE_CHECKING:
    from typing import Self

    from .fcm_configuration import FCMConfiguration
    from .links_self import LinksSelf


@_attrs_define(kw_only=True)
class FCMPushProvider(PushProvider):
    """An Okta `FCMPushProvider`.

    Attributes:
        id (read-only, never sent): Unique key for the Push Provider
        last_updated_date (`lastUpdatedDate`, read-only, never sent): Timestamp when the Push Provider was last modified
        name: Display name of the push provider
        provider_type (`providerType`): ProviderType
        field_links (`_links`, read-only, never sent): Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288))
            available using the [JSON Hypertext Application
            Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification.
            This object is used for dynamic discovery of related resources and lifecycle operations.
        configuration: FCMConfiguration
    """

    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "lastUpdatedDate": "last_updated_date",
        "name": "name",
        "providerType": "provider_type",
        "_links": "field_links",
        "configuration": "configuration",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "id": "str",
        "last_updated_date": "str",
        "name": "str",
        "provider_type": "enum",
        "field_links": "model",
        "configuration": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "id": "id",
        "last_updated_date": "lastUpdatedDate",
        "name": "name",
        "provider_type": lambda d: (
            _convert.parse_enum(ProviderType, v) if (v := d.get("providerType", UNSET)).__class__ is str else v
        ),
        "field_links": lambda d: (
            _links_self.LinksSelf.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self.LinksSelf, v)
        ),
        "configuration": lambda d: (
            _fcm_configuration.FCMConfiguration.from_json(v)
            if (v := d.get("configuration", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_fcm_configuration.FCMConfiguration, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, FCMPushProvider._json_names),
    }

    id: str | None | Unset = UNSET
    last_updated_date: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    provider_type: ProviderType | None | Unset = ProviderType("FCM")
    field_links: LinksSelf | None | Unset = UNSET
    configuration: FCMConfiguration | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.last_updated_date is not UNSET and not omit_read_only:
            d["lastUpdatedDate"] = self.last_updated_date
        if self.name is not UNSET:
            d["name"] = self.name
        if self.provider_type is not UNSET:
            d["providerType"] = self.provider_type
        if self.field_links is not UNSET and not omit_read_only:
            d["_links"] = _convert.dump_model(self.field_links, omit_read_only)
        if self.configuration is not UNSET:
            d["configuration"] = _convert.dump_model(self.configuration, omit_read_only)
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
        obj.last_updated_date = d.pop("lastUpdatedDate", UNSET)
        obj.name = d.pop("name", UNSET)
        obj.provider_type = (
            _convert.parse_enum(ProviderType, v) if (v := d.pop("providerType", UNSET)).__class__ is str else v
        )
        obj.field_links = (
            _links_self.LinksSelf.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self.LinksSelf, v)
        )
        obj.configuration = (
            _fcm_configuration.FCMConfiguration.from_dict(v)
            if (v := d.pop("configuration", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_fcm_configuration.FCMConfiguration, v)
        )
        obj.additional_properties = d
        return obj
