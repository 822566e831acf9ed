from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import (
    authenticator_enrollment_policy_authenticator_settings as _authenticator_enrollment_policy_authenticator_settings,
)
from .authenticator_enrollment_policy_settings_type import AuthenticatorEnrollmentPolicySettingsType

if TYPE_CHECKING:
    from typing import Self

    from .authenticator_enrollment_policy_authenticator_settings import (
        AuthenticatorEnrollmentPolicyAuthenticatorSettings,
    )


def _parse_authenticators(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _authenticator_enrollment_policy_authenticator_settings.AuthenticatorEnrollmentPolicyAuthenticatorSettings.from_json
        if lazy
        else _authenticator_enrollment_policy_authenticator_settings.AuthenticatorEnrollmentPolicyAuthenticatorSettings.from_dict,
        v,
    )


_parse_type_ = _convert.enum_parser(AuthenticatorEnrollmentPolicySettingsType)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class AuthenticatorEnrollmentPolicySettings(OktaModel):
    """Specifies the policy level settings

    > **Note:** In Identity Engine, the Multifactor (MFA) Enrollment policy name has changed to
    authenticator enrollment policy. The policy type of `MFA_ENROLL` remains unchanged. However, the
    `settings` data is updated for authenticators. Policy `settings` are included only for those
    authenticators that are enabled.

    Attributes:
        authenticators: List of authenticator policy settings

            <x-lifecycle class="oie"></x-lifecycle> For orgs with the Authenticator enrollment policy
            feature enabled, the new default authenticator enrollment policy created by Okta contains
            the `authenticators` property in the policy settings. Existing default authenticator
            enrollment policies from a migrated Classic Engine org remain unchanged. The policies
            still use the `factors` property in their settings. The `authenticators` parameter allows
            you to configure all available authenticators, including authentication and recovery. The
            `factors` parameter only allows you to configure multifactor authentication.
        type_ (`type`): Type of policy configuration object

            <x-lifecycle class="oie"></x-lifecycle> The `type` property in the policy `settings` is
            only applicable to the authenticator enrollment policy available in Identity Engine.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "authenticators": "authenticators",
        "type": "type_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "authenticators": "list:model",
        "type_": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "authenticators": ("authenticators", _parse_authenticators),
        "type_": ("type", _parse_type_),
    }

    authenticators: list[AuthenticatorEnrollmentPolicyAuthenticatorSettings] | None = _attrs_field(init=False)
    type_: AuthenticatorEnrollmentPolicySettingsType | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        authenticators: list[AuthenticatorEnrollmentPolicyAuthenticatorSettings] | None | Unset = UNSET,
        type_: AuthenticatorEnrollmentPolicySettingsType | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if authenticators is not UNSET:
            _set_field(self, "authenticators", authenticators)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("authenticators", UNSET)) is not UNSET:
            d["authenticators"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("authenticators", UNSET)) is not UNSET:
            obj.authenticators = _parse_authenticators(v, False)
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
