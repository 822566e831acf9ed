from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import account_linked_enrollment_embedded as _account_linked_enrollment_embedded
from . import account_linked_enrollment_profile as _account_linked_enrollment_profile
from .account_linked_enrollment_status import AccountLinkedEnrollmentStatus
from .account_linked_enrollment_type import AccountLinkedEnrollmentType

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .account_linked_enrollment_embedded import AccountLinkedEnrollmentEmbedded
    from .account_linked_enrollment_profile import AccountLinkedEnrollmentProfile


@_attrs_define(kw_only=True)
class AccountLinkedEnrollment(OktaModel):
    """An enrollment linked to an OS account

    Attributes:
        created (read-only, never sent): Timestamp when the enrollment was created
        id (read-only, never sent): Unique identifier of the enrollment
        last_updated (`lastUpdated`, read-only, never sent): Timestamp when the enrollment was last updated
        profile: Profile details for a linked enrollment
        status: Status of the enrollment. Possible values depend on `type`. For `platform_sso` - `ACTIVE`,
            `SUSPENDED`, `REVOKED`. For `desktop_mfa` - `ACTIVE`, `DELETED`.
        type_ (`type`): Type of the linked enrollment
        field_embedded (`_embedded`): Embedded data for a linked enrollment
    """

    _json_names: ClassVar[dict[str, str]] = {
        "created": "created",
        "id": "id",
        "lastUpdated": "last_updated",
        "profile": "profile",
        "status": "status",
        "type": "type_",
        "_embedded": "field_embedded",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "created": "datetime",
        "id": "str",
        "last_updated": "datetime",
        "profile": "model",
        "status": "enum",
        "type_": "enum",
        "field_embedded": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "id": "id",
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "profile": lambda d: (
            _account_linked_enrollment_profile.AccountLinkedEnrollmentProfile.from_json(v)
            if (v := d.get("profile", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_account_linked_enrollment_profile.AccountLinkedEnrollmentProfile, v)
        ),
        "status": lambda d: (
            _convert.parse_enum(AccountLinkedEnrollmentStatus, v)
            if (v := d.get("status", UNSET)).__class__ is str
            else v
        ),
        "type_": lambda d: (
            _convert.parse_enum(AccountLinkedEnrollmentType, v) if (v := d.get("type", UNSET)).__class__ is str else v
        ),
        "field_embedded": lambda d: (
            _account_linked_enrollment_embedded.AccountLinkedEnrollmentEmbedded.from_json(v)
            if (v := d.get("_embedded", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_account_linked_enrollment_embedded.AccountLinkedEnrollmentEmbedded, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, AccountLinkedEnrollment._json_names),
    }

    created: datetime.datetime | None | Unset = UNSET
    id: str | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    profile: AccountLinkedEnrollmentProfile | None | Unset = UNSET
    status: AccountLinkedEnrollmentStatus | None | Unset = UNSET
    type_: AccountLinkedEnrollmentType | None | Unset = UNSET
    field_embedded: AccountLinkedEnrollmentEmbedded | None | Unset = UNSET

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
        if self.profile is not UNSET:
            d["profile"] = _convert.dump_model(self.profile, omit_read_only)
        if self.status is not UNSET:
            d["status"] = self.status
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.field_embedded is not UNSET:
            d["_embedded"] = _convert.dump_model(self.field_embedded, omit_read_only)
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
        obj.profile = (
            _account_linked_enrollment_profile.AccountLinkedEnrollmentProfile.from_dict(v)
            if (v := d.pop("profile", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_account_linked_enrollment_profile.AccountLinkedEnrollmentProfile, v)
        )
        obj.status = (
            _convert.parse_enum(AccountLinkedEnrollmentStatus, v)
            if (v := d.pop("status", UNSET)).__class__ is str
            else v
        )
        obj.type_ = (
            _convert.parse_enum(AccountLinkedEnrollmentType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        )
        obj.field_embedded = (
            _account_linked_enrollment_embedded.AccountLinkedEnrollmentEmbedded.from_dict(v)
            if (v := d.pop("_embedded", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_account_linked_enrollment_embedded.AccountLinkedEnrollmentEmbedded, v)
        )
        obj.additional_properties = d
        return obj
