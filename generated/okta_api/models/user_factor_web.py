from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from . import user_factor_links as _user_factor_links
from . import user_factor_web_profile as _user_factor_web_profile
from .user_factor import UserFactor
from .user_factor_status import UserFactorStatus
from .user_factor_type import UserFactorType
from .user_factor_web_provider import UserFactorWebProvider

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .user_factor_links import UserFactorLinks
    from .user_factor_web_profile import UserFactorWebProfile


@_attrs_define(kw_only=True)
class UserFactorWeb(UserFactor):
    """web

    Attributes:
        created (read-only, never sent): Timestamp when the factor was enrolled
        factor_type (`factorType`): Type of factor
        id (read-only, never sent): ID of the factor
        last_updated (`lastUpdated`, read-only, never sent): Timestamp when the factor was last updated
        profile: UserFactorWebProfile
        provider: UserFactorWebProvider
        status (read-only, never sent): Status of the factor
        vendor_name (`vendorName`, read-only, never sent): Name of the factor vendor. This is usually the same as the provider except for On-Prem
            MFA, which depends on admin settings.
        field_embedded (`_embedded`, read-only, never sent): dict[str, Any]
        field_links (`_links`, read-only, never sent): UserFactorLinks
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
        "_embedded": "field_embedded",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "created": "datetime",
        "factor_type": "enum",
        "id": "str",
        "last_updated": "datetime",
        "profile": "model",
        "provider": "enum",
        "status": "enum",
        "vendor_name": "str",
        "field_embedded": "dict",
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
        "profile": lambda d: (
            _user_factor_web_profile.UserFactorWebProfile.from_json(v)
            if (v := d.get("profile", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_factor_web_profile.UserFactorWebProfile, v)
        ),
        "provider": lambda d: (
            _convert.parse_enum(UserFactorWebProvider, v) if (v := d.get("provider", UNSET)).__class__ is str else v
        ),
        "status": lambda d: (
            _convert.parse_enum(UserFactorStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "vendor_name": "vendorName",
        "field_embedded": "_embedded",
        "field_links": lambda d: (
            _user_factor_links.UserFactorLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_factor_links.UserFactorLinks, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, UserFactorWeb._json_names),
    }

    created: datetime.datetime | None | Unset = UNSET
    factor_type: UserFactorType | None | Unset = UserFactorType("web")
    id: str | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    profile: UserFactorWebProfile | None | Unset = UNSET  # type: ignore[assignment]
    provider: UserFactorWebProvider | None | Unset = UNSET
    status: UserFactorStatus | None | Unset = UNSET
    vendor_name: str | None | Unset = UNSET
    field_embedded: dict[str, Any] | None | Unset = UNSET
    field_links: UserFactorLinks | None | Unset = UNSET

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
            d["profile"] = _convert.dump_model(self.profile, omit_read_only)
        if self.provider is not UNSET:
            d["provider"] = self.provider
        if self.status is not UNSET and not omit_read_only:
            d["status"] = self.status
        if self.vendor_name is not UNSET and not omit_read_only:
            d["vendorName"] = self.vendor_name
        if self.field_embedded is not UNSET and not omit_read_only:
            d["_embedded"] = self.field_embedded
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
        obj.profile = (
            _user_factor_web_profile.UserFactorWebProfile.from_dict(v)
            if (v := d.pop("profile", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_factor_web_profile.UserFactorWebProfile, v)
        )
        obj.provider = (
            _convert.parse_enum(UserFactorWebProvider, v) if (v := d.pop("provider", UNSET)).__class__ is str else v
        )
        obj.status = _convert.parse_enum(UserFactorStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        obj.vendor_name = d.pop("vendorName", UNSET)
        obj.field_embedded = d.pop("_embedded", UNSET)
        obj.field_links = (
            _user_factor_links.UserFactorLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_factor_links.UserFactorLinks, v)
        )
        obj.additional_properties = d
        return obj
