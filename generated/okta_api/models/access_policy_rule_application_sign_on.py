from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import keep_me_signed_in as _keep_me_signed_in
from . import verification_method as _verification_method
from .access_policy_rule_application_sign_on_access import AccessPolicyRuleApplicationSignOnAccess

if TYPE_CHECKING:
    from typing import Self

    from .keep_me_signed_in import KeepMeSignedIn
    from .verification_method import VerificationMethod


_parse_access = _convert.enum_parser(AccessPolicyRuleApplicationSignOnAccess)


def _parse_keep_me_signed_in(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _keep_me_signed_in.KeepMeSignedIn.from_json(v) if lazy else _keep_me_signed_in.KeepMeSignedIn.from_dict(v)
        )
    return _convert.parse_model(_keep_me_signed_in.KeepMeSignedIn, v)


def _parse_verification_method(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _verification_method.VerificationMethod.from_json(v)
            if lazy
            else _verification_method.VerificationMethod.from_dict(v)
        )
    return _convert.parse_model(_verification_method.VerificationMethod, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class AccessPolicyRuleApplicationSignOn(OktaModel):
    """Specifies the results when a user attempts to sign in

    Attributes:
        access: AccessPolicyRuleApplicationSignOnAccess
        keep_me_signed_in (`keepMeSignedIn`): <x-lifecycle-container><x-lifecycle
            class="oie"></x-lifecycle></x-lifecycle-container>Controls how often the
            post-authentication prompt is presented to users
        verification_method (`verificationMethod`): The method used to verify a user
    """

    _json_names: ClassVar[dict[str, str]] = {
        "access": "access",
        "keepMeSignedIn": "keep_me_signed_in",
        "verificationMethod": "verification_method",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "access": "enum",
        "keep_me_signed_in": "model",
        "verification_method": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "access": ("access", _parse_access),
        "keep_me_signed_in": ("keepMeSignedIn", _parse_keep_me_signed_in),
        "verification_method": ("verificationMethod", _parse_verification_method),
    }

    access: AccessPolicyRuleApplicationSignOnAccess | None = _attrs_field(init=False)
    keep_me_signed_in: KeepMeSignedIn | None = _attrs_field(init=False)
    verification_method: VerificationMethod | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        access: AccessPolicyRuleApplicationSignOnAccess | None | Unset = UNSET,
        keep_me_signed_in: KeepMeSignedIn | None | Unset = UNSET,
        verification_method: VerificationMethod | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if access is not UNSET:
            _set_field(self, "access", access)
        if keep_me_signed_in is not UNSET:
            _set_field(self, "keep_me_signed_in", keep_me_signed_in)
        if verification_method is not UNSET:
            _set_field(self, "verification_method", verification_method)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("access", UNSET)) is not UNSET:
            d["access"] = v
        if (v := values.get("keep_me_signed_in", UNSET)) is not UNSET:
            d["keepMeSignedIn"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("verification_method", UNSET)) is not UNSET:
            d["verificationMethod"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("access", UNSET)) is not UNSET:
            obj.access = _parse_access(v, False)
        if (v := d.pop("keepMeSignedIn", UNSET)) is not UNSET:
            obj.keep_me_signed_in = _parse_keep_me_signed_in(v, False)
        if (v := d.pop("verificationMethod", UNSET)) is not UNSET:
            obj.verification_method = _parse_verification_method(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
