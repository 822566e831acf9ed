from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, _set_field
from ..types import UNSET, Unset
from . import authenticator_enrollment_policy_conditions as _authenticator_enrollment_policy_conditions
from . import authenticator_enrollment_policy_settings as _authenticator_enrollment_policy_settings
from . import policy_links as _policy_links
from .lifecycle_status import LifecycleStatus
from .policy import Policy
from .policy_type import PolicyType

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .authenticator_enrollment_policy_conditions import AuthenticatorEnrollmentPolicyConditions
    from .authenticator_enrollment_policy_settings import AuthenticatorEnrollmentPolicySettings
    from .policy_links import PolicyLinks


_parse_type_ = _convert.enum_parser(PolicyType)

_parse_status = _convert.enum_parser(LifecycleStatus)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _policy_links.PolicyLinks.from_json(v) if lazy else _policy_links.PolicyLinks.from_dict(v)
    return _convert.parse_model(_policy_links.PolicyLinks, v)


def _parse_conditions(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _authenticator_enrollment_policy_conditions.AuthenticatorEnrollmentPolicyConditions.from_json(v)
            if lazy
            else _authenticator_enrollment_policy_conditions.AuthenticatorEnrollmentPolicyConditions.from_dict(v)
        )
    return _convert.parse_model(_authenticator_enrollment_policy_conditions.AuthenticatorEnrollmentPolicyConditions, v)


def _parse_settings(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _authenticator_enrollment_policy_settings.AuthenticatorEnrollmentPolicySettings.from_json(v)
            if lazy
            else _authenticator_enrollment_policy_settings.AuthenticatorEnrollmentPolicySettings.from_dict(v)
        )
    return _convert.parse_model(_authenticator_enrollment_policy_settings.AuthenticatorEnrollmentPolicySettings, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class AuthenticatorEnrollmentPolicy(Policy):
    """An Okta `AuthenticatorEnrollmentPolicy`.

    Attributes:
        name: Name of the policy
        type_ (`type`): All Okta orgs contain only one IdP discovery policy with an immutable default rule routing
            to your org's sign-in page. All Okta orgs also contain just one entity risk policy, one
            session protection policy, and one identity claims sourcing policy.
        created (read-only, never sent): Timestamp when the policy was created
        description: Description of the policy
        id (read-only, never sent): Identifier of the policy
        last_updated (`lastUpdated`, read-only, never sent): Timestamp when the policy was last modified
        priority: Specifies the order in which this policy is evaluated in relation to the other policies
        status: LifecycleStatus
        system: Specifies whether Okta created the policy
        field_embedded (`_embedded`, read-only, never sent): dict[str, Any]
        field_links (`_links`, read-only, never sent): PolicyLinks
        conditions: AuthenticatorEnrollmentPolicyConditions
        settings: Specifies the policy level settings

            > **Note:** In Identity Engine, the Multifactor (MFA) Enrollment policy name has changed
            to authenticator enrollment policy. The policy type of `MFA_ENROLL` remains unchanged.
            However, the `settings` data is updated for authenticators. Policy `settings` are included
            only for those authenticators that are enabled.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "type": "type_",
        "created": "created",
        "description": "description",
        "id": "id",
        "lastUpdated": "last_updated",
        "priority": "priority",
        "status": "status",
        "system": "system",
        "_embedded": "field_embedded",
        "_links": "field_links",
        "conditions": "conditions",
        "settings": "settings",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "name": "str",
        "type_": "enum",
        "created": "datetime",
        "description": "str",
        "id": "str",
        "last_updated": "datetime",
        "priority": "int",
        "status": "enum",
        "system": "bool",
        "field_embedded": "dict",
        "field_links": "model",
        "conditions": "model",
        "settings": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "name": ("name", None),
        "type_": ("type", _parse_type_),
        "created": ("created", _convert.parse_datetime),
        "description": ("description", None),
        "id": ("id", None),
        "last_updated": ("lastUpdated", _convert.parse_datetime),
        "priority": ("priority", None),
        "status": ("status", _parse_status),
        "system": ("system", None),
        "field_embedded": ("_embedded", None),
        "field_links": ("_links", _parse_field_links),
        "conditions": ("conditions", _parse_conditions),
        "settings": ("settings", _parse_settings),
    }

    name: str | None = _attrs_field(init=False)
    type_: PolicyType | None = _attrs_field(init=False)
    created: datetime.datetime | None = _attrs_field(init=False)
    description: str | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    last_updated: datetime.datetime | None = _attrs_field(init=False)
    priority: int | None = _attrs_field(init=False)
    status: LifecycleStatus | None = _attrs_field(init=False)
    system: bool | None = _attrs_field(init=False)
    field_embedded: dict[str, Any] | None = _attrs_field(init=False)
    field_links: PolicyLinks | None = _attrs_field(init=False)
    conditions: AuthenticatorEnrollmentPolicyConditions | None = _attrs_field(init=False)
    settings: AuthenticatorEnrollmentPolicySettings | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        name: str | None | Unset,
        type_: PolicyType | None | Unset,
        created: datetime.datetime | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        last_updated: datetime.datetime | None | Unset = UNSET,
        priority: int | None | Unset = UNSET,
        status: LifecycleStatus | None | Unset = UNSET,
        system: bool | None | Unset = UNSET,
        field_embedded: dict[str, Any] | None | Unset = UNSET,
        field_links: PolicyLinks | None | Unset = UNSET,
        conditions: AuthenticatorEnrollmentPolicyConditions | None | Unset = UNSET,
        settings: AuthenticatorEnrollmentPolicySettings | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if name is not UNSET:
            _set_field(self, "name", name)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        if created is not UNSET:
            _set_field(self, "created", created)
        if description is not UNSET:
            _set_field(self, "description", description)
        if id is not UNSET:
            _set_field(self, "id", id)
        if last_updated is not UNSET:
            _set_field(self, "last_updated", last_updated)
        if priority is not UNSET:
            _set_field(self, "priority", priority)
        if status is not UNSET:
            _set_field(self, "status", status)
        if system is not UNSET:
            _set_field(self, "system", system)
        if field_embedded is not UNSET:
            _set_field(self, "field_embedded", field_embedded)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        if conditions is not UNSET:
            _set_field(self, "conditions", conditions)
        if settings is not UNSET:
            _set_field(self, "settings", settings)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if (v := values.get("created", UNSET)) is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(v)
        if (v := values.get("description", UNSET)) is not UNSET:
            d["description"] = v
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("last_updated", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(v)
        if (v := values.get("priority", UNSET)) is not UNSET:
            d["priority"] = v
        if (v := values.get("status", UNSET)) is not UNSET:
            d["status"] = v
        if (v := values.get("system", UNSET)) is not UNSET:
            d["system"] = v
        if (v := values.get("field_embedded", UNSET)) is not UNSET and not omit_read_only:
            d["_embedded"] = v
        if (v := values.get("field_links", UNSET)) is not UNSET and not omit_read_only:
            d["_links"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("conditions", UNSET)) is not UNSET:
            d["conditions"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("settings", UNSET)) is not UNSET:
            d["settings"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        if (v := d.pop("created", UNSET)) is not UNSET:
            obj.created = _convert.parse_datetime(v, False)
        if (v := d.pop("description", UNSET)) is not UNSET:
            obj.description = v
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("lastUpdated", UNSET)) is not UNSET:
            obj.last_updated = _convert.parse_datetime(v, False)
        if (v := d.pop("priority", UNSET)) is not UNSET:
            obj.priority = v
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        if (v := d.pop("system", UNSET)) is not UNSET:
            obj.system = v
        if (v := d.pop("_embedded", UNSET)) is not UNSET:
            obj.field_embedded = v
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        if (v := d.pop("conditions", UNSET)) is not UNSET:
            obj.conditions = _parse_conditions(v, False)
        if (v := d.pop("settings", UNSET)) is not UNSET:
            obj.settings = _parse_settings(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
