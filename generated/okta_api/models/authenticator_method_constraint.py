from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import authenticator_identity as _authenticator_identity
from .authenticator_method_constraint_method import AuthenticatorMethodConstraintMethod

if TYPE_CHECKING:
    from typing import Self

    from .authenticator_identity import AuthenticatorIdentity


def _parse_allowed_authenticators(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _authenticator_identity.AuthenticatorIdentity.from_json
        if lazy
        else _authenticator_identity.AuthenticatorIdentity.from_dict,
        v,
    )


_parse_method = _convert.enum_parser(AuthenticatorMethodConstraintMethod)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class AuthenticatorMethodConstraint(OktaModel):
    """Limits the authenticators that can be used for a given method. Currently, only the `otp` method
    supports constraints, and Google authenticator (key : 'google_otp') is the only allowed
    authenticator.

    Attributes:
        allowed_authenticators (`allowedAuthenticators`): list[AuthenticatorIdentity]
        method: AuthenticatorMethodConstraintMethod
    """

    _json_names: ClassVar[dict[str, str]] = {
        "allowedAuthenticators": "allowed_authenticators",
        "method": "method",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "allowed_authenticators": "list:model",
        "method": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "allowed_authenticators": ("allowedAuthenticators", _parse_allowed_authenticators),
        "method": ("method", _parse_method),
    }

    allowed_authenticators: list[AuthenticatorIdentity] | None = _attrs_field(init=False)
    method: AuthenticatorMethodConstraintMethod | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        allowed_authenticators: list[AuthenticatorIdentity] | None | Unset = UNSET,
        method: AuthenticatorMethodConstraintMethod | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if allowed_authenticators is not UNSET:
            _set_field(self, "allowed_authenticators", allowed_authenticators)
        if method is not UNSET:
            _set_field(self, "method", method)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("allowed_authenticators", UNSET)) is not UNSET:
            d["allowedAuthenticators"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("method", UNSET)) is not UNSET:
            d["method"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("allowedAuthenticators", UNSET)) is not UNSET:
            obj.allowed_authenticators = _parse_allowed_authenticators(v, False)
        if (v := d.pop("method", UNSET)) is not UNSET:
            obj.method = _parse_method(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
