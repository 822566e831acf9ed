from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import user_factor_links as _user_factor_links
from .user_factor_yubikey_otp_token_status import UserFactorYubikeyOtpTokenStatus

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .user_factor_links import UserFactorLinks


@_attrs_define(kw_only=True)
class UserFactorYubikeyOtpToken(OktaModel):
    """An Okta `UserFactorYubikeyOtpToken`.

    Attributes:
        created (read-only, never sent): Timestamp when the token was created
        id (read-only, never sent): ID of the token
        last_updated (`lastUpdated`, read-only, never sent): Timestamp when the token was last updated
        last_verified (`lastVerified`, read-only, never sent): Timestamp when the token was last verified
        profile: Specified profile information for token
        status: Token status
        field_embedded (`_embedded`): dict[str, Any]
        field_links (`_links`, read-only, never sent): UserFactorLinks
    """

    _json_names: ClassVar[dict[str, str]] = {
        "created": "created",
        "id": "id",
        "lastUpdated": "last_updated",
        "lastVerified": "last_verified",
        "profile": "profile",
        "status": "status",
        "_embedded": "field_embedded",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "created": "datetime",
        "id": "str",
        "last_updated": "datetime",
        "last_verified": "datetime",
        "profile": "dict",
        "status": "enum",
        "field_embedded": "dict",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "id": "id",
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "last_verified": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastVerified", UNSET)).__class__ is str else v
        ),
        "profile": "profile",
        "status": lambda d: (
            _convert.parse_enum(UserFactorYubikeyOtpTokenStatus, v)
            if (v := d.get("status", UNSET)).__class__ is str
            else v
        ),
        "field_embedded": "_embedded",
        "field_links": lambda d: (
            _user_factor_links.UserFactorLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_factor_links.UserFactorLinks, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, UserFactorYubikeyOtpToken._json_names),
    }

    created: datetime.datetime | None | Unset = UNSET
    id: str | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    last_verified: datetime.datetime | None | Unset = UNSET
    profile: dict[str, Any] | None | Unset = UNSET
    status: UserFactorYubikeyOtpTokenStatus | None | Unset = UNSET
    field_embedded: dict[str, Any] | None | Unset = UNSET
    field_links: UserFactorLinks | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.last_verified is not UNSET and not omit_read_only:
            d["lastVerified"] = _convert.dump_datetime(self.last_verified)
        if self.profile is not UNSET:
            d["profile"] = self.profile
        if self.status is not UNSET:
            d["status"] = self.status
        if self.field_embedded is not UNSET:
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
        obj.id = d.pop("id", UNSET)
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.last_verified = (
            _convert.parse_datetime_text(v) if (v := d.pop("lastVerified", UNSET)).__class__ is str else v
        )
        obj.profile = d.pop("profile", UNSET)
        obj.status = (
            _convert.parse_enum(UserFactorYubikeyOtpTokenStatus, v)
            if (v := d.pop("status", UNSET)).__class__ is str
            else v
        )
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
