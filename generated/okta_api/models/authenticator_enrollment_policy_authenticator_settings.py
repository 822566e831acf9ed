from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import (
    authenticator_enrollment_policy_authenticator_settings_constraints as _authenticator_enrollment_policy_authenticator_settings_constraints,
)
from . import (
    authenticator_enrollment_policy_authenticator_settings_enroll as _authenticator_enrollment_policy_authenticator_settings_enroll,
)
from .authenticator_enrollment_policy_authenticator_type import AuthenticatorEnrollmentPolicyAuthenticatorType

if TYPE_CHECKING:
    from typing import Self

    from .authenticator_enrollment_policy_authenticator_settings_constraints import (
        AuthenticatorEnrollmentPolicyAuthenticatorSettingsConstraints,
    )
    from .authenticator_enrollment_policy_authenticator_settings_enroll import (
        AuthenticatorEnrollmentPolicyAuthenticatorSettingsEnroll,
    )


def _parse_constraints(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _authenticator_enrollment_policy_authenticator_settings_constraints.AuthenticatorEnrollmentPolicyAuthenticatorSettingsConstraints.from_json(
                v
            )
            if lazy
            else _authenticator_enrollment_policy_authenticator_settings_constraints.AuthenticatorEnrollmentPolicyAuthenticatorSettingsConstraints.from_dict(
                v
            )
        )
    return _convert.parse_model(
        _authenticator_enrollment_policy_authenticator_settings_constraints.AuthenticatorEnrollmentPolicyAuthenticatorSettingsConstraints,
        v,
    )


def _parse_enroll(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _authenticator_enrollment_policy_authenticator_settings_enroll.AuthenticatorEnrollmentPolicyAuthenticatorSettingsEnroll.from_json(
                v
            )
            if lazy
            else _authenticator_enrollment_policy_authenticator_settings_enroll.AuthenticatorEnrollmentPolicyAuthenticatorSettingsEnroll.from_dict(
                v
            )
        )
    return _convert.parse_model(
        _authenticator_enrollment_policy_authenticator_settings_enroll.AuthenticatorEnrollmentPolicyAuthenticatorSettingsEnroll,
        v,
    )


_parse_key = _convert.enum_parser(AuthenticatorEnrollmentPolicyAuthenticatorType)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class AuthenticatorEnrollmentPolicyAuthenticatorSettings(OktaModel):
    """An Okta `AuthenticatorEnrollmentPolicyAuthenticatorSettings`.

    Attributes:
        constraints: Constraints for the authenticator
        enroll: Enrollment requirements for the authenticator
        id: The authenticator ID for `custom_app`, `custom_otp` or `external_idp`. Use this property
            to select a specific `custom_app`, `custom_otp` or `external_idp` authenticator.
        key: A label that identifies the authenticator
    """

    _json_names: ClassVar[dict[str, str]] = {
        "constraints": "constraints",
        "enroll": "enroll",
        "id": "id",
        "key": "key",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "constraints": "model",
        "enroll": "model",
        "id": "str",
        "key": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "constraints": ("constraints", _parse_constraints),
        "enroll": ("enroll", _parse_enroll),
        "id": ("id", None),
        "key": ("key", _parse_key),
    }

    constraints: AuthenticatorEnrollmentPolicyAuthenticatorSettingsConstraints | None = _attrs_field(init=False)
    enroll: AuthenticatorEnrollmentPolicyAuthenticatorSettingsEnroll | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    key: AuthenticatorEnrollmentPolicyAuthenticatorType | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        constraints: AuthenticatorEnrollmentPolicyAuthenticatorSettingsConstraints | None | Unset = UNSET,
        enroll: AuthenticatorEnrollmentPolicyAuthenticatorSettingsEnroll | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        key: AuthenticatorEnrollmentPolicyAuthenticatorType | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if constraints is not UNSET:
            _set_field(self, "constraints", constraints)
        if enroll is not UNSET:
            _set_field(self, "enroll", enroll)
        if id is not UNSET:
            _set_field(self, "id", id)
        if key is not UNSET:
            _set_field(self, "key", key)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("constraints", UNSET)) is not UNSET:
            d["constraints"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("enroll", UNSET)) is not UNSET:
            d["enroll"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("id", UNSET)) is not UNSET:
            d["id"] = v
        if (v := values.get("key", UNSET)) is not UNSET:
            d["key"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("constraints", UNSET)) is not UNSET:
            obj.constraints = _parse_constraints(v, False)
        if (v := d.pop("enroll", UNSET)) is not UNSET:
            obj.enroll = _parse_enroll(v, False)
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("key", UNSET)) is not UNSET:
            obj.key = _parse_key(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
