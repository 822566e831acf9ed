from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import identity_provider_policy as _identity_provider_policy
from . import protocol as _protocol
from .identity_provider_issuer_mode import IdentityProviderIssuerMode
from .identity_provider_status import IdentityProviderStatus
from .identity_provider_type import IdentityProviderType

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .identity_provider_policy import IdentityProviderPolicy
    from .protocol import Protocol


@_attrs_define(kw_only=True)
class IdentityProvider(OktaModel):
    """An Okta `IdentityProvider`.

    Attributes:
        field_links (`_links`, read-only, never sent): dict[str, Any]
        created (read-only, never sent): datetime.datetime
        id (read-only, never sent): str
        issuer_mode (`issuerMode`): IdentityProviderIssuerMode
        last_updated (`lastUpdated`, read-only, never sent): datetime.datetime
        name: str
        policy: IdentityProviderPolicy
        protocol: Protocol
        status: IdentityProviderStatus
        type_ (`type`): IdentityProviderType
    """

    _json_names: ClassVar[dict[str, str]] = {
        "_links": "field_links",
        "created": "created",
        "id": "id",
        "issuerMode": "issuer_mode",
        "lastUpdated": "last_updated",
        "name": "name",
        "policy": "policy",
        "protocol": "protocol",
        "status": "status",
        "type": "type_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "field_links": "dict",
        "created": "datetime",
        "id": "str",
        "issuer_mode": "enum",
        "last_updated": "datetime",
        "name": "str",
        "policy": "model",
        "protocol": "model",
        "status": "enum",
        "type_": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "field_links": "_links",
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "id": "id",
        "issuer_mode": lambda d: (
            _convert.parse_enum(IdentityProviderIssuerMode, v)
            if (v := d.get("issuerMode", UNSET)).__class__ is str
            else v
        ),
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "name": "name",
        "policy": lambda d: (
            _identity_provider_policy.IdentityProviderPolicy.from_json(v)
            if (v := d.get("policy", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_identity_provider_policy.IdentityProviderPolicy, v)
        ),
        "protocol": lambda d: (
            _protocol.Protocol.from_json(v)
            if (v := d.get("protocol", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_protocol.Protocol, v)
        ),
        "status": lambda d: (
            _convert.parse_enum(IdentityProviderStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "type_": lambda d: (
            _convert.parse_enum(IdentityProviderType, v) if (v := d.get("type", UNSET)).__class__ is str else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, IdentityProvider._json_names),
    }

    field_links: dict[str, Any] | None | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    id: str | None | Unset = UNSET
    issuer_mode: IdentityProviderIssuerMode | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    name: str | None | Unset = UNSET
    policy: IdentityProviderPolicy | None | Unset = UNSET
    protocol: Protocol | None | Unset = UNSET
    status: IdentityProviderStatus | None | Unset = UNSET
    type_: IdentityProviderType | None | Unset = UNSET

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
        if self.issuer_mode is not UNSET:
            d["issuerMode"] = self.issuer_mode
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.name is not UNSET:
            d["name"] = self.name
        if self.policy is not UNSET:
            d["policy"] = _convert.dump_model(self.policy, omit_read_only)
        if self.protocol is not UNSET:
            d["protocol"] = _convert.dump_model(self.protocol, omit_read_only)
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
        obj.issuer_mode = (
            _convert.parse_enum(IdentityProviderIssuerMode, v)
            if (v := d.pop("issuerMode", UNSET)).__class__ is str
            else v
        )
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.name = d.pop("name", UNSET)
        obj.policy = (
            _identity_provider_policy.IdentityProviderPolicy.from_dict(v)
            if (v := d.pop("policy", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_identity_provider_policy.IdentityProviderPolicy, v)
        )
        obj.protocol = (
            _protocol.Protocol.from_dict(v)
            if (v := d.pop("protocol", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_protocol.Protocol, v)
        )
        obj.status = (
            _convert.parse_enum(IdentityProviderStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        )
        obj.type_ = _convert.parse_enum(IdentityProviderType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        obj.additional_properties = d
        return obj
