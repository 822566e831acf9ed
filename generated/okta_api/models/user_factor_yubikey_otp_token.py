from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import user_factor_links as _user_factor_links
from .user_factor_yubikey_otp_token_status import UserFactorYubikeyOtpTokenStatus

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .user_factor_links import UserFactorLinks


_parse_status = _convert.enum_parser(UserFactorYubikeyOtpTokenStatus)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_factor_links.UserFactorLinks.from_json(v) if lazy else _user_factor_links.UserFactorLinks.from_dict(v)
        )
    return _convert.parse_model(_user_factor_links.UserFactorLinks, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "created": ("created", _convert.parse_datetime),
        "id": ("id", None),
        "last_updated": ("lastUpdated", _convert.parse_datetime),
        "last_verified": ("lastVerified", _convert.parse_datetime),
        "profile": ("profile", None),
        "status": ("status", _parse_status),
        "field_embedded": ("_embedded", None),
        "field_links": ("_links", _parse_field_links),
    }

    created: datetime.datetime | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    last_updated: datetime.datetime | None = _attrs_field(init=False)
    last_verified: datetime.datetime | None = _attrs_field(init=False)
    profile: dict[str, Any] | None = _attrs_field(init=False)
    status: UserFactorYubikeyOtpTokenStatus | None = _attrs_field(init=False)
    field_embedded: dict[str, Any] | None = _attrs_field(init=False)
    field_links: UserFactorLinks | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        created: datetime.datetime | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        last_updated: datetime.datetime | None | Unset = UNSET,
        last_verified: datetime.datetime | None | Unset = UNSET,
        profile: dict[str, Any] | None | Unset = UNSET,
        status: UserFactorYubikeyOtpTokenStatus | None | Unset = UNSET,
        field_embedded: dict[str, Any] | None | Unset = UNSET,
        field_links: UserFactorLinks | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if created is not UNSET:
            _set_field(self, "created", created)
        if id is not UNSET:
            _set_field(self, "id", id)
        if last_updated is not UNSET:
            _set_field(self, "last_updated", last_updated)
        if last_verified is not UNSET:
            _set_field(self, "last_verified", last_verified)
        if profile is not UNSET:
            _set_field(self, "profile", profile)
        if status is not UNSET:
            _set_field(self, "status", status)
        if field_embedded is not UNSET:
            _set_field(self, "field_embedded", field_embedded)
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
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("last_updated", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(v)
        if (v := values.get("last_verified", UNSET)) is not UNSET and not omit_read_only:
            d["lastVerified"] = _convert.dump_datetime(v)
        if (v := values.get("profile", UNSET)) is not UNSET:
            d["profile"] = v
        if (v := values.get("status", UNSET)) is not UNSET:
            d["status"] = v
        if (v := values.get("field_embedded", UNSET)) is not UNSET:
            d["_embedded"] = v
        if (v := values.get("field_links", UNSET)) is not UNSET and not omit_read_only:
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
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("lastUpdated", UNSET)) is not UNSET:
            obj.last_updated = _convert.parse_datetime(v, False)
        if (v := d.pop("lastVerified", UNSET)) is not UNSET:
            obj.last_verified = _convert.parse_datetime(v, False)
        if (v := d.pop("profile", UNSET)) is not UNSET:
            obj.profile = v
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        if (v := d.pop("_embedded", UNSET)) is not UNSET:
            obj.field_embedded = v
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
