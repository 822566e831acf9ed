from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import links_self as _links_self
from .user_factor_provider import UserFactorProvider
from .user_factor_status import UserFactorStatus
from .user_factor_type import UserFactorType

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .links_self import LinksSelf


@_attrs_define(kw_only=True)
class WebAuthnPreregistrationFactor(OktaModel):
    """User factor variant used for WebAuthn preregistration factors

    Attributes:
        created (read-only, never sent): Timestamp indicating when the factor was enrolled
        factor_type (`factorType`): Type of factor
        id (read-only, never sent): ID of the factor
        last_updated (`lastUpdated`, read-only, never sent): Timestamp indicating when the factor was last updated
        profile: Specific attributes related to the factor
        provider: UserFactorProvider
        status (read-only, never sent): Status of the factor
        vendor_name (`vendorName`, read-only, never sent): Name of the factor vendor. This is usually the same as the provider.
        field_links (`_links`, read-only, never sent): Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288))
            available using the [JSON Hypertext Application
            Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification.
            This object is used for dynamic discovery of related resources and lifecycle operations.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "created": "created",
        "factorType": "factor_type",
        "id": "id",
        "lastUpdated": "last_updated",
        "profile": "profile",
        "provider": "provider",
        "status": "status",
        "vendorName": "vendor_name",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "created": "datetime",
        "factor_type": "enum",
        "id": "str",
        "last_updated": "datetime",
        "profile": "dict",
        "provider": "enum",
        "status": "enum",
        "vendor_name": "str",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "factor_type": lambda d: (
            _convert.parse_enum(UserFactorType, v) if (v := d.get("factorType", UNSET)).__class__ is str else v
        ),
        "id": "id",
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "profile": "profile",
        "provider": lambda d: (
            _convert.parse_enum(UserFactorProvider, v) if (v := d.get("provider", UNSET)).__class__ is str else v
        ),
        "status": lambda d: (
            _convert.parse_enum(UserFactorStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "vendor_name": "vendorName",
        "field_links": lambda d: (
            _links_self.LinksSelf.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self.LinksSelf, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, WebAuthnPreregistrationFactor._json_names),
    }

    created: datetime.datetime | None | Unset = UNSET
    factor_type: UserFactorType | None | Unset = UNSET
    id: str | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    profile: dict[str, Any] | None | Unset = UNSET
    provider: UserFactorProvider | None | Unset = UNSET
    status: UserFactorStatus | None | Unset = UNSET
    vendor_name: str | None | Unset = UNSET
    field_links: LinksSelf | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.factor_type is not UNSET:
            d["factorType"] = self.factor_type
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.profile is not UNSET:
            d["profile"] = self.profile
        if self.provider is not UNSET:
            d["provider"] = self.provider
        if self.status is not UNSET and not omit_read_only:
            d["status"] = self.status
        if self.vendor_name is not UNSET and not omit_read_only:
            d["vendorName"] = self.vendor_name
        if self.field_links is not UNSET and not omit_read_only:
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
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.factor_type = (
            _convert.parse_enum(UserFactorType, v) if (v := d.pop("factorType", UNSET)).__class__ is str else v
        )
        obj.id = d.pop("id", UNSET)
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.profile = d.pop("profile", UNSET)
        obj.provider = (
            _convert.parse_enum(UserFactorProvider, v) if (v := d.pop("provider", UNSET)).__class__ is str else v
        )
        obj.status = _convert.parse_enum(UserFactorStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        obj.vendor_name = d.pop("vendorName", UNSET)
        obj.field_links = (
            _links_self.LinksSelf.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self.LinksSelf, v)
        )
        obj.additional_properties = d
        return obj
