from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
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


def _parse_profile(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _account_linked_enrollment_profile.AccountLinkedEnrollmentProfile.from_json(v)
            if lazy
            else _account_linked_enrollment_profile.AccountLinkedEnrollmentProfile.from_dict(v)
        )
    return _convert.parse_model(_account_linked_enrollment_profile.AccountLinkedEnrollmentProfile, v)


_parse_status = _convert.enum_parser(AccountLinkedEnrollmentStatus)

_parse_type_ = _convert.enum_parser(AccountLinkedEnrollmentType)


def _parse_field_embedded(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _account_linked_enrollment_embedded.AccountLinkedEnrollmentEmbedded.from_json(v)
            if lazy
            else _account_linked_enrollment_embedded.AccountLinkedEnrollmentEmbedded.from_dict(v)
        )
    return _convert.parse_model(_account_linked_enrollment_embedded.AccountLinkedEnrollmentEmbedded, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "created": ("created", _convert.parse_datetime),
        "id": ("id", None),
        "last_updated": ("lastUpdated", _convert.parse_datetime),
        "profile": ("profile", _parse_profile),
        "status": ("status", _parse_status),
        "type_": ("type", _parse_type_),
        "field_embedded": ("_embedded", _parse_field_embedded),
    }

    created: datetime.datetime | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    last_updated: datetime.datetime | None = _attrs_field(init=False)
    profile: AccountLinkedEnrollmentProfile | None = _attrs_field(init=False)
    status: AccountLinkedEnrollmentStatus | None = _attrs_field(init=False)
    type_: AccountLinkedEnrollmentType | None = _attrs_field(init=False)
    field_embedded: AccountLinkedEnrollmentEmbedded | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        created: datetime.datetime | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        last_updated: datetime.datetime | None | Unset = UNSET,
        profile: AccountLinkedEnrollmentProfile | None | Unset = UNSET,
        status: AccountLinkedEnrollmentStatus | None | Unset = UNSET,
        type_: AccountLinkedEnrollmentType | None | Unset = UNSET,
        field_embedded: AccountLinkedEnrollmentEmbedded | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if created is not UNSET:
            _set_field(self, "created", created)
        if id is not UNSET:
            _set_field(self, "id", id)
        if last_updated is not UNSET:
            _set_field(self, "last_updated", last_updated)
        if profile is not UNSET:
            _set_field(self, "profile", profile)
        if status is not UNSET:
            _set_field(self, "status", status)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        if field_embedded is not UNSET:
            _set_field(self, "field_embedded", field_embedded)
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
        if (v := values.get("profile", UNSET)) is not UNSET:
            d["profile"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("status", UNSET)) is not UNSET:
            d["status"] = v
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if (v := values.get("field_embedded", UNSET)) is not UNSET:
            d["_embedded"] = _convert.dump_model(v, omit_read_only)
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
        if (v := d.pop("profile", UNSET)) is not UNSET:
            obj.profile = _parse_profile(v, False)
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        if (v := d.pop("_embedded", UNSET)) is not UNSET:
            obj.field_embedded = _parse_field_embedded(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
