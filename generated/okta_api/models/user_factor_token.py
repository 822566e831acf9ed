from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, _set_field
from ..types import UNSET, Unset
from . import user_factor_links as _user_factor_links
from . import user_factor_token_profile as _user_factor_token_profile
from . import user_factor_token_verify_rsa as _user_factor_token_verify_rsa
from . import user_factor_token_verify_symantec as _user_factor_token_verify_symantec
from .user_factor import UserFactor
from .user_factor_status import UserFactorStatus
from .user_factor_token_provider import UserFactorTokenProvider
from .user_factor_type import UserFactorType

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .user_factor_links import UserFactorLinks
    from .user_factor_token_profile import UserFactorTokenProfile
    from .user_factor_token_verify_rsa import UserFactorTokenVerifyRSA
    from .user_factor_token_verify_symantec import UserFactorTokenVerifySymantec


_parse_factor_type = _convert.enum_parser(UserFactorType)


def _parse_profile(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_factor_token_profile.UserFactorTokenProfile.from_json(v)
            if lazy
            else _user_factor_token_profile.UserFactorTokenProfile.from_dict(v)
        )
    return _convert.parse_model(_user_factor_token_profile.UserFactorTokenProfile, v)


_parse_provider = _convert.enum_parser(UserFactorTokenProvider)

_parse_status = _convert.enum_parser(UserFactorStatus)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_factor_links.UserFactorLinks.from_json(v) if lazy else _user_factor_links.UserFactorLinks.from_dict(v)
        )
    return _convert.parse_model(_user_factor_links.UserFactorLinks, v)


def _parse_verify(v: Any, lazy: bool) -> Any:
    return _convert.parse_union(
        (
            _user_factor_token_verify_rsa.UserFactorTokenVerifyRSA,
            _user_factor_token_verify_symantec.UserFactorTokenVerifySymantec,
        ),
        v,
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class UserFactorToken(UserFactor):
    """token

    Attributes:
        created (read-only, never sent): Timestamp when the factor was enrolled
        factor_type (`factorType`): Type of factor
        id (read-only, never sent): ID of the factor
        last_updated (`lastUpdated`, read-only, never sent): Timestamp when the factor was last updated
        profile: UserFactorTokenProfile
        provider: UserFactorTokenProvider
        status (read-only, never sent): Status of the factor
        vendor_name (`vendorName`, read-only, never sent): Name of the factor vendor. This is usually the same as the provider except for On-Prem
            MFA, which depends on admin settings.
        field_embedded (`_embedded`, read-only, never sent): dict[str, Any]
        field_links (`_links`, read-only, never sent): UserFactorLinks
        verify: UserFactorTokenVerifyRSA | UserFactorTokenVerifySymantec
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
        "verify": "verify",
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
        "verify": "any",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "created": ("created", _convert.parse_datetime),
        "factor_type": ("factorType", _parse_factor_type),
        "id": ("id", None),
        "last_updated": ("lastUpdated", _convert.parse_datetime),
        "profile": ("profile", _parse_profile),
        "provider": ("provider", _parse_provider),
        "status": ("status", _parse_status),
        "vendor_name": ("vendorName", None),
        "field_embedded": ("_embedded", None),
        "field_links": ("_links", _parse_field_links),
        "verify": ("verify", _parse_verify),
    }

    created: datetime.datetime | None = _attrs_field(init=False)
    factor_type: UserFactorType | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    last_updated: datetime.datetime | None = _attrs_field(init=False)
    profile: UserFactorTokenProfile | None = _attrs_field(init=False)  # type: ignore[assignment]
    provider: UserFactorTokenProvider | None = _attrs_field(init=False)
    status: UserFactorStatus | None = _attrs_field(init=False)
    vendor_name: str | None = _attrs_field(init=False)
    field_embedded: dict[str, Any] | None = _attrs_field(init=False)
    field_links: UserFactorLinks | None = _attrs_field(init=False)
    verify: UserFactorTokenVerifyRSA | UserFactorTokenVerifySymantec | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        created: datetime.datetime | None | Unset = UNSET,
        factor_type: UserFactorType | None | Unset = UserFactorType("token"),
        id: str | None | Unset = UNSET,
        last_updated: datetime.datetime | None | Unset = UNSET,
        profile: UserFactorTokenProfile | None | Unset = UNSET,
        provider: UserFactorTokenProvider | None | Unset = UNSET,
        status: UserFactorStatus | None | Unset = UNSET,
        vendor_name: str | None | Unset = UNSET,
        field_embedded: dict[str, Any] | None | Unset = UNSET,
        field_links: UserFactorLinks | None | Unset = UNSET,
        verify: UserFactorTokenVerifyRSA | UserFactorTokenVerifySymantec | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if created is not UNSET:
            _set_field(self, "created", created)
        if factor_type is not UNSET:
            _set_field(self, "factor_type", factor_type)
        if id is not UNSET:
            _set_field(self, "id", id)
        if last_updated is not UNSET:
            _set_field(self, "last_updated", last_updated)
        if profile is not UNSET:
            _set_field(self, "profile", profile)
        if provider is not UNSET:
            _set_field(self, "provider", provider)
        if status is not UNSET:
            _set_field(self, "status", status)
        if vendor_name is not UNSET:
            _set_field(self, "vendor_name", vendor_name)
        if field_embedded is not UNSET:
            _set_field(self, "field_embedded", field_embedded)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        if verify is not UNSET:
            _set_field(self, "verify", verify)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("created", UNSET)) is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(v)
        if (v := values.get("factor_type", UNSET)) is not UNSET:
            d["factorType"] = v
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("last_updated", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(v)
        if (v := values.get("profile", UNSET)) is not UNSET:
            d["profile"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("provider", UNSET)) is not UNSET:
            d["provider"] = v
        if (v := values.get("status", UNSET)) is not UNSET and not omit_read_only:
            d["status"] = v
        if (v := values.get("vendor_name", UNSET)) is not UNSET and not omit_read_only:
            d["vendorName"] = v
        if (v := values.get("field_embedded", UNSET)) is not UNSET and not omit_read_only:
            d["_embedded"] = v
        if (v := values.get("field_links", UNSET)) is not UNSET and not omit_read_only:
            d["_links"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("verify", UNSET)) is not UNSET:
            d["verify"] = _convert.dump_value(v, omit_read_only)
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
        if (v := d.pop("factorType", UNSET)) is not UNSET:
            obj.factor_type = _parse_factor_type(v, False)
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("lastUpdated", UNSET)) is not UNSET:
            obj.last_updated = _convert.parse_datetime(v, False)
        if (v := d.pop("profile", UNSET)) is not UNSET:
            obj.profile = _parse_profile(v, False)
        if (v := d.pop("provider", UNSET)) is not UNSET:
            obj.provider = _parse_provider(v, False)
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        if (v := d.pop("vendorName", UNSET)) is not UNSET:
            obj.vendor_name = v
        if (v := d.pop("_embedded", UNSET)) is not UNSET:
            obj.field_embedded = v
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        if (v := d.pop("verify", UNSET)) is not UNSET:
            obj.verify = _parse_verify(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
