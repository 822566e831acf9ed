from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import enrollment_policy_authenticator_grace_period as _enrollment_policy_authenticator_grace_period
from .authenticator_enrollment_policy_authenticator_status import AuthenticatorEnrollmentPolicyAuthenticatorStatus

if TYPE_CHECKING:
    from typing import Self

    from .enrollment_policy_authenticator_grace_period import EnrollmentPolicyAuthenticatorGracePeriod


_parse_self_ = _convert.enum_parser(AuthenticatorEnrollmentPolicyAuthenticatorStatus)


def _parse_grace_period(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _enrollment_policy_authenticator_grace_period.EnrollmentPolicyAuthenticatorGracePeriod.from_json(v)
            if lazy
            else _enrollment_policy_authenticator_grace_period.EnrollmentPolicyAuthenticatorGracePeriod.from_dict(v)
        )
    return _convert.parse_model(
        _enrollment_policy_authenticator_grace_period.EnrollmentPolicyAuthenticatorGracePeriod, v
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class AuthenticatorEnrollmentPolicyAuthenticatorSettingsEnroll(OktaModel):
    """Enrollment requirements for the authenticator

    Attributes:
        self_ (`self`): Requirements for the user-initiated enrollment
        auto_enroll (`autoEnroll`): <x-lifecycle-container><x-lifecycle
            class="ea"></x-lifecycle></x-lifecycle-container><x-lifecycle class="oie"></x-lifecycle>
            Controls whether the email authenticator is automatically enrolled for users during
            sign-up, user account creation, or if the user's profile email address is changed or
            updated.

            * `true` or `null`: The email authenticator is auto-enrolled. This is the default behavior
            for the email authenticator in Identity Engine.
            * `false`: The email authenticator auto-enrollment is skipped. Users see email as an
            optional authenticator during enrollment and can choose to skip it.

            > **Note:** `autoEnroll` can only be set to `false` when
            [`self`](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/policy/other/createpolicy#other/createpolicy/t=request&path=&d=1/settings/authenticators/enroll/self)
            is `OPTIONAL` or `NOT_ALLOWED`. This property is only available if the Email
            auto-enrollment and recovery control [self-service
            EA](https://developer.okta.com/docs/api/openapi/okta-management/guides/release-lifecycle/#early-access-ea)
            feature is enabled.
        grace_period (`gracePeriod`): Specifies the [grace
            period](https://developer.okta.com/docs/concepts/policies/#authenticator-enrollment-policies)
            configuration for completing an authenticator enrollment or setup
    """

    _json_names: ClassVar[dict[str, str]] = {
        "self": "self_",
        "autoEnroll": "auto_enroll",
        "gracePeriod": "grace_period",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "self_": "enum",
        "auto_enroll": "bool",
        "grace_period": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "self_": ("self", _parse_self_),
        "auto_enroll": ("autoEnroll", None),
        "grace_period": ("gracePeriod", _parse_grace_period),
    }

    self_: AuthenticatorEnrollmentPolicyAuthenticatorStatus | None = _attrs_field(init=False)
    auto_enroll: bool | None = _attrs_field(init=False)
    grace_period: EnrollmentPolicyAuthenticatorGracePeriod | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        self_: AuthenticatorEnrollmentPolicyAuthenticatorStatus | None | Unset = UNSET,
        auto_enroll: bool | None | Unset = UNSET,
        grace_period: EnrollmentPolicyAuthenticatorGracePeriod | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if self_ is not UNSET:
            _set_field(self, "self_", self_)
        if auto_enroll is not UNSET:
            _set_field(self, "auto_enroll", auto_enroll)
        if grace_period is not UNSET:
            _set_field(self, "grace_period", grace_period)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("self_", UNSET)) is not UNSET:
            d["self"] = v
        if (v := values.get("auto_enroll", UNSET)) is not UNSET:
            d["autoEnroll"] = v
        if (v := values.get("grace_period", UNSET)) is not UNSET:
            d["gracePeriod"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("self", UNSET)) is not UNSET:
            obj.self_ = _parse_self_(v, False)
        if (v := d.pop("autoEnroll", UNSET)) is not UNSET:
            obj.auto_enroll = v
        if (v := d.pop("gracePeriod", UNSET)) is not UNSET:
            obj.grace_period = _parse_grace_period(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
