from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from . import verify_factor_request as _verify_factor_request
from . import web_authn_user_factor_profile as _web_authn_user_factor_profile
from .factor_provider import FactorProvider
from .factor_status import FactorStatus
from .factor_type import FactorType
from .user_factor import UserFactor

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .verify_factor_request import VerifyFactorRequest
    from .web_authn_user_factor_profile import WebAuthnUserFactorProfile


@_attrs_define(kw_only=True)
class WebAuthnUserFactor(UserFactor):
    """An Okta `WebAuthnUserFactor`.

    Attributes:
        field_embedded (`_embedded`, read-only, never sent): dict[str, Any]
        field_links (`_links`, read-only, never sent): dict[str, Any]
        created (read-only, never sent): datetime.datetime
        factor_type (`factorType`): FactorType
        id (read-only, never sent): str
        last_updated (`lastUpdated`, read-only, never sent): datetime.datetime
        provider: FactorProvider
        status: FactorStatus
        verify: VerifyFactorRequest
        profile: WebAuthnUserFactorProfile
    """

    _json_names: ClassVar[dict[str, str]] = {
        "_embedded": "field_embedded",
        "_links": "field_links",
        "created": "created",
        "factorType": "factor_type",
        "id": "id",
        "lastUpdated": "last_updated",
        "provider": "provider",
        "status": "status",
        "verify": "verify",
        "profile": "profile",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "field_embedded": "dict",
        "field_links": "dict",
        "created": "datetime",
        "factor_type": "enum",
        "id": "str",
        "last_updated": "datetime",
        "provider": "enum",
        "status": "enum",
        "verify": "model",
        "profile": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "field_embedded": "_embedded",
        "field_links": "_links",
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "factor_type": lambda d: (
            _convert.parse_enum(FactorType, v) if (v := d.get("factorType", UNSET)).__class__ is str else v
        ),
        "id": "id",
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "provider": lambda d: (
            _convert.parse_enum(FactorProvider, v) if (v := d.get("provider", UNSET)).__class__ is str else v
        ),
        "status": lambda d: (
            _convert.parse_enum(FactorStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "verify": lambda d: (
            _verify_factor_request.VerifyFactorRequest.from_json(v)
            if (v := d.get("verify", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_verify_factor_request.VerifyFactorRequest, v)
        ),
        "profile": lambda d: (
            _web_authn_user_factor_profile.WebAuthnUserFactorProfile.from_json(v)
            if (v := d.get("profile", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_web_authn_user_factor_profile.WebAuthnUserFactorProfile, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, WebAuthnUserFactor._json_names),
    }

    field_embedded: dict[str, Any] | None | Unset = UNSET
    field_links: dict[str, Any] | None | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    factor_type: FactorType | None | Unset = FactorType("webauthn")
    id: str | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    provider: FactorProvider | None | Unset = UNSET
    status: FactorStatus | None | Unset = UNSET
    verify: VerifyFactorRequest | None | Unset = UNSET
    profile: WebAuthnUserFactorProfile | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.field_embedded is not UNSET and not omit_read_only:
            d["_embedded"] = self.field_embedded
        if self.field_links is not UNSET and not omit_read_only:
            d["_links"] = self.field_links
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.factor_type is not UNSET:
            d["factorType"] = self.factor_type
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.provider is not UNSET:
            d["provider"] = self.provider
        if self.status is not UNSET:
            d["status"] = self.status
        if self.verify is not UNSET:
            d["verify"] = _convert.dump_model(self.verify, omit_read_only)
        if self.profile is not UNSET:
            d["profile"] = _convert.dump_model(self.profile, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.field_embedded = d.pop("_embedded", UNSET)
        obj.field_links = d.pop("_links", UNSET)
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.factor_type = (
            _convert.parse_enum(FactorType, v) if (v := d.pop("factorType", UNSET)).__class__ is str else v
        )
        obj.id = d.pop("id", UNSET)
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.provider = _convert.parse_enum(FactorProvider, v) if (v := d.pop("provider", UNSET)).__class__ is str else v
        obj.status = _convert.parse_enum(FactorStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        obj.verify = (
            _verify_factor_request.VerifyFactorRequest.from_dict(v)
            if (v := d.pop("verify", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_verify_factor_request.VerifyFactorRequest, v)
        )
        obj.profile = (
            _web_authn_user_factor_profile.WebAuthnUserFactorProfile.from_dict(v)
            if (v := d.pop("profile", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_web_authn_user_factor_profile.WebAuthnUserFactorProfile, v)
        )
        obj.additional_properties = d
        return obj
