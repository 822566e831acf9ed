from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class SsprSettings(OktaModel):
    """<x-lifecycle-container><x-lifecycle class="ea"></x-lifecycle></x-lifecycle-container><x-lifecycle
    class="oie"></x-lifecycle> Describes other behavioral settings that apply to the self-service
    password reset (SSPR) process

    Attributes:
        allow_recovery_email_without_enrollment (`allowRecoveryEmailWithoutEnrollment`): <x-lifecycle class="oie"></x-lifecycle> Controls whether a user can receive a password
            recovery email at their profile email address even if they haven't enrolled email as an
            authenticator.

            * `true`: Email appears as a recovery option during password reset and account unlock for
            users without an enrolled email authenticator. The recovery OTP is sent to the email
            address on the user's profile.
            * `false` or `null`: Email recovery requires an enrolled email authenticator. This is the
            default behavior for Identity Engine orgs.

            For orgs that have migrated from Classic Engine to Identity Engine,
            `allowRecoveryEmailWithoutEnrollment` is set to `true`. It's set to `true` by the
            migration action to preserve Classic Engine behavior where recovery emails are always sent
            to the profile email address regardless of the user's enrollment state.

            > **Note:** This property is only available if the Email auto-enrollment and recovery
            control [self-service
            EA](https://developer.okta.com/docs/api/openapi/okta-management/guides/release-lifecycle/#early-access-ea)
            feature is enabled.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "allowRecoveryEmailWithoutEnrollment": "allow_recovery_email_without_enrollment",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "allow_recovery_email_without_enrollment": "bool",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "allow_recovery_email_without_enrollment": ("allowRecoveryEmailWithoutEnrollment", None),
    }

    allow_recovery_email_without_enrollment: bool | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        allow_recovery_email_without_enrollment: bool | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if allow_recovery_email_without_enrollment is not UNSET:
            _set_field(self, "allow_recovery_email_without_enrollment", allow_recovery_email_without_enrollment)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("allow_recovery_email_without_enrollment", UNSET)) is not UNSET:
            d["allowRecoveryEmailWithoutEnrollment"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("allowRecoveryEmailWithoutEnrollment", UNSET)) is not UNSET:
            obj.allow_recovery_email_without_enrollment = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
