from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import authenticator_enrollment_links as _authenticator_enrollment_links
from . import authenticator_profile_tac_response_post as _authenticator_profile_tac_response_post
from .authenticator_type import AuthenticatorType

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .authenticator_enrollment_links import AuthenticatorEnrollmentLinks
    from .authenticator_profile_tac_response_post import AuthenticatorProfileTacResponsePost


@_attrs_define(kw_only=True)
class TacAuthenticatorEnrollment(OktaModel):
    """An Okta `TacAuthenticatorEnrollment`.

    Attributes:
        created: Timestamp when the authenticator enrollment was created
        id: A unique identifier of the authenticator enrollment
        key: A human-readable string that identifies the authenticator
        last_updated (`lastUpdated`): Timestamp when the authenticator enrollment was last updated
        name: The authenticator display name
        nickname: A user-friendly name for the authenticator enrollment
        profile: Defines the authenticator specific parameters
        status: Status of the enrollment
        type_ (`type`): The type of authenticator
        field_links (`_links`, read-only, never sent): AuthenticatorEnrollmentLinks
    """

    _json_names: ClassVar[dict[str, str]] = {
        "created": "created",
        "id": "id",
        "key": "key",
        "lastUpdated": "last_updated",
        "name": "name",
        "nickname": "nickname",
        "profile": "profile",
        "status": "status",
        "type": "type_",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "created": "datetime",
        "id": "str",
        "key": "str",
        "last_updated": "datetime",
        "name": "str",
        "nickname": "str",
        "profile": "model",
        "status": "str",
        "type_": "enum",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "id": "id",
        "key": "key",
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "name": "name",
        "nickname": "nickname",
        "profile": lambda d: (
            _authenticator_profile_tac_response_post.AuthenticatorProfileTacResponsePost.from_json(v)
            if (v := d.get("profile", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_authenticator_profile_tac_response_post.AuthenticatorProfileTacResponsePost, v)
        ),
        "status": "status",
        "type_": lambda d: (
            _convert.parse_enum(AuthenticatorType, v) if (v := d.get("type", UNSET)).__class__ is str else v
        ),
        "field_links": lambda d: (
            _authenticator_enrollment_links.AuthenticatorEnrollmentLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_authenticator_enrollment_links.AuthenticatorEnrollmentLinks, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, TacAuthenticatorEnrollment._json_names),
    }

    created: datetime.datetime | None | Unset = UNSET
    id: str | None | Unset = UNSET
    key: str | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    name: str | None | Unset = UNSET
    nickname: str | None | Unset = UNSET
    profile: AuthenticatorProfileTacResponsePost | None | Unset = UNSET
    status: str | None | Unset = UNSET
    type_: AuthenticatorType | None | Unset = UNSET
    field_links: AuthenticatorEnrollmentLinks | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.created is not UNSET:
            d["created"] = _convert.dump_datetime(self.created)
        if self.id is not UNSET:
            d["id"] = self.id
        if self.key is not UNSET:
            d["key"] = self.key
        if self.last_updated is not UNSET:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.name is not UNSET:
            d["name"] = self.name
        if self.nickname is not UNSET:
            d["nickname"] = self.nickname
        if self.profile is not UNSET:
            d["profile"] = _convert.dump_model(self.profile, omit_read_only)
        if self.status is not UNSET:
            d["status"] = self.status
        if self.type_ is not UNSET:
            d["type"] = self.type_
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
        obj.key = d.pop("key", UNSET)
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.name = d.pop("name", UNSET)
        obj.nickname = d.pop("nickname", UNSET)
        obj.profile = (
            _authenticator_profile_tac_response_post.AuthenticatorProfileTacResponsePost.from_dict(v)
            if (v := d.pop("profile", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_authenticator_profile_tac_response_post.AuthenticatorProfileTacResponsePost, v)
        )
        obj.status = d.pop("status", UNSET)
        obj.type_ = _convert.parse_enum(AuthenticatorType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        obj.field_links = (
            _authenticator_enrollment_links.AuthenticatorEnrollmentLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_authenticator_enrollment_links.AuthenticatorEnrollmentLinks, v)
        )
        obj.additional_properties = d
        return obj
