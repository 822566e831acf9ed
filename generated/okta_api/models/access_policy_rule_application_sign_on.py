from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import keep_me_signed_in as _keep_me_signed_in
from . import verification_method as _verification_method
from .access_policy_rule_application_sign_on_access import AccessPolicyRuleApplicationSignOnAccess

if TYPE_CHECKING:
    from typing import Self

    from .keep_me_signed_in import KeepMeSignedIn
    from .verification_method import VerificationMethod


@_attrs_define(kw_only=True)
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
        "access": lambda d: (
            _convert.parse_enum(AccessPolicyRuleApplicationSignOnAccess, v)
            if (v := d.get("access", UNSET)).__class__ is str
            else v
        ),
        "keep_me_signed_in": lambda d: (
            _keep_me_signed_in.KeepMeSignedIn.from_json(v)
            if (v := d.get("keepMeSignedIn", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_keep_me_signed_in.KeepMeSignedIn, v)
        ),
        "verification_method": lambda d: (
            _verification_method.VerificationMethod.from_json(v)
            if (v := d.get("verificationMethod", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_verification_method.VerificationMethod, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, AccessPolicyRuleApplicationSignOn._json_names),
    }

    access: AccessPolicyRuleApplicationSignOnAccess | None | Unset = UNSET
    keep_me_signed_in: KeepMeSignedIn | None | Unset = UNSET
    verification_method: VerificationMethod | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.access is not UNSET:
            d["access"] = self.access
        if self.keep_me_signed_in is not UNSET:
            d["keepMeSignedIn"] = _convert.dump_model(self.keep_me_signed_in, omit_read_only)
        if self.verification_method is not UNSET:
            d["verificationMethod"] = _convert.dump_model(self.verification_method, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.access = (
            _convert.parse_enum(AccessPolicyRuleApplicationSignOnAccess, v)
            if (v := d.pop("access", UNSET)).__class__ is str
            else v
        )
        obj.keep_me_signed_in = (
            _keep_me_signed_in.KeepMeSignedIn.from_dict(v)
            if (v := d.pop("keepMeSignedIn", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_keep_me_signed_in.KeepMeSignedIn, v)
        )
        obj.verification_method = (
            _verification_method.VerificationMethod.from_dict(v)
            if (v := d.pop("verificationMethod", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_verification_method.VerificationMethod, v)
        )
        obj.additional_properties = d
        return obj
