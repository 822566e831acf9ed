from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import authentication_method_object as _authentication_method_object
from .access_policy_constraint_methods import AccessPolicyConstraintMethods
from .access_policy_constraint_types import AccessPolicyConstraintTypes

if TYPE_CHECKING:
    from typing import Self

    from .authentication_method_object import AuthenticationMethodObject


@_attrs_define(kw_only=True)
class AccessPolicyConstraint(OktaModel):
    """Consists of a `POSSESSION` constraint, a `KNOWLEDGE` constraint, or both. You can't configure an
    `INHERENCE` constraint, but an inherence factor can satisfy the second part of a 2FA assurance if no
    other constraints are specified.
    Constraints are logically evaluated such that only one `constraint` object needs to be satisfied,
    but within a `constraint` object, each `constraint` property must be satisfied.

    Attributes:
        authentication_methods (`authenticationMethods`): This property specifies the precise authenticator and method for authentication.
            <x-lifecycle class="oie"></x-lifecycle>
        excluded_authentication_methods (`excludedAuthenticationMethods`): This property specifies the precise authenticator and method to exclude from
            authentication. <x-lifecycle class="oie"></x-lifecycle>
        methods: The authenticator methods that are permitted
        reauthenticate_in (`reauthenticateIn`): The duration after which the user must re-authenticate regardless of user activity. This
            re-authentication interval overrides the Verification Method object's `reauthenticateIn`
            interval. The supported values use ISO 8601 period format for recurring time intervals
            (for example, `PT1H`).
        required: This property indicates whether the knowledge or possession factor is required by the
            assurance. It's optional in the request, but is always returned in the response. By
            default, this field is `true`. If the knowledge or possession constraint has values for
            `excludedAuthenticationMethods` the `required` value is false. <x-lifecycle
            class="oie"></x-lifecycle>
        types: The authenticator types that are permitted
    """

    _json_names: ClassVar[dict[str, str]] = {
        "authenticationMethods": "authentication_methods",
        "excludedAuthenticationMethods": "excluded_authentication_methods",
        "methods": "methods",
        "reauthenticateIn": "reauthenticate_in",
        "required": "required",
        "types": "types",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "authentication_methods": "list:model",
        "excluded_authentication_methods": "any",
        "methods": "list:enum",
        "reauthenticate_in": "str",
        "required": "bool",
        "types": "list:enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "authentication_methods": lambda d: _convert.parse_model_list(
            _authentication_method_object.AuthenticationMethodObject.from_json, d.get("authenticationMethods", UNSET)
        ),
        "excluded_authentication_methods": "excludedAuthenticationMethods",
        "methods": lambda d: _convert.parse_enum_list(AccessPolicyConstraintMethods, d.get("methods", UNSET)),
        "reauthenticate_in": "reauthenticateIn",
        "required": "required",
        "types": lambda d: _convert.parse_enum_list(AccessPolicyConstraintTypes, d.get("types", UNSET)),
        "additional_properties": lambda d: _convert.undeclared(d, AccessPolicyConstraint._json_names),
    }

    authentication_methods: list[AuthenticationMethodObject] | None | Unset = UNSET
    excluded_authentication_methods: Any | None | Unset = UNSET
    methods: list[AccessPolicyConstraintMethods] | None | Unset = UNSET
    reauthenticate_in: str | None | Unset = UNSET
    required: bool | None | Unset = UNSET
    types: list[AccessPolicyConstraintTypes] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.authentication_methods is not UNSET:
            d["authenticationMethods"] = _convert.dump_model_list(self.authentication_methods, omit_read_only)
        if self.excluded_authentication_methods is not UNSET:
            d["excludedAuthenticationMethods"] = self.excluded_authentication_methods
        if self.methods is not UNSET:
            d["methods"] = self.methods
        if self.reauthenticate_in is not UNSET:
            d["reauthenticateIn"] = self.reauthenticate_in
        if self.required is not UNSET:
            d["required"] = self.required
        if self.types is not UNSET:
            d["types"] = self.types
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.authentication_methods = _convert.parse_model_list(
            _authentication_method_object.AuthenticationMethodObject.from_dict, d.pop("authenticationMethods", UNSET)
        )
        obj.excluded_authentication_methods = d.pop("excludedAuthenticationMethods", UNSET)
        obj.methods = _convert.parse_enum_list(AccessPolicyConstraintMethods, d.pop("methods", UNSET))
        obj.reauthenticate_in = d.pop("reauthenticateIn", UNSET)
        obj.required = d.pop("required", UNSET)
        obj.types = _convert.parse_enum_list(AccessPolicyConstraintTypes, d.pop("types", UNSET))
        obj.additional_properties = d
        return obj
