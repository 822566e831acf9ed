from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import links_self as _links_self
from .provider_type import ProviderType

if TYPE_CHECKING:
    from typing import Self

    from .links_self import LinksSelf


@_attrs_define(kw_only=True)
class PushProvider(OktaModel):
    """PushProvider

    Attributes:
        id (read-only, never sent): Unique key for the Push Provider
        last_updated_date (`lastUpdatedDate`, read-only, never sent): Timestamp when the Push Provider was last modified
        name: Display name of the push provider
        provider_type (`providerType`): ProviderType
        field_links (`_links`, read-only, never sent): Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288))
            available using the [JSON Hypertext Application
            Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification.
            This object is used for dynamic discovery of related resources and lifecycle operations.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "lastUpdatedDate": "last_updated_date",
        "name": "name",
        "providerType": "provider_type",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "id": "str",
        "last_updated_date": "str",
        "name": "str",
        "provider_type": "enum",
        "field_links": "model",
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
        "additional_properties": lambda d: _convert.undeclared(d, PushProvider._json_names),
    }
    _discriminator: ClassVar[str] = "providerType"
    _subclasses: ClassVar[dict[str, tuple[str, str]]] = {
        "APNS": ("apns_push_provider", "APNSPushProvider"),
        "FCM": ("fcm_push_provider", "FCMPushProvider"),
    }

    id: str | None | Unset = UNSET
    last_updated_date: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    provider_type: ProviderType | None | Unset = UNSET
    field_links: LinksSelf | None | Unset = UNSET

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
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        if cls is PushProvider:
            subclass = _convert.subclass_for(cls, src_dict)
            if subclass is not None:
                return subclass.from_dict(src_dict)
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
        obj.additional_properties = d
        return obj

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """A model over freshly decoded JSON, of the most specific class (see OktaModel.from_json)."""
        if cls is PushProvider and data.__class__ is dict:
            subclass = _convert.subclass_for(cls, data)
            if subclass is not None:
                return subclass.from_json(data)
        return super().from_json(data)
