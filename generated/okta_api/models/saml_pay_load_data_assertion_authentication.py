from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import (
    saml_pay_load_data_assertion_authentication_authn_context as _saml_pay_load_data_assertion_authentication_authn_context,
)

if TYPE_CHECKING:
    from typing import Self

    from .saml_pay_load_data_assertion_authentication_authn_context import (
        SAMLPayLoadDataAssertionAuthenticationAuthnContext,
    )


@_attrs_define(kw_only=True)
class SAMLPayLoadDataAssertionAuthentication(OktaModel):
    """Provides a JSON representation of the `<saml:AuthnStatement>` element of the SAML assertion

    Attributes:
        session_index (`sessionIndex`): The unique identifier describing the assertion statement
        authn_context (`authnContext`): Details of the authentication methods used for the SAML assertion
    """

    _json_names: ClassVar[dict[str, str]] = {
        "sessionIndex": "session_index",
        "authnContext": "authn_context",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "session_index": "str",
        "authn_context": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "session_index": "sessionIndex",
        "authn_context": lambda d: (
            _saml_pay_load_data_assertion_authentication_authn_context.SAMLPayLoadDataAssertionAuthenticationAuthnContext.from_json(
                v
            )
            if (v := d.get("authnContext", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _saml_pay_load_data_assertion_authentication_authn_context.SAMLPayLoadDataAssertionAuthenticationAuthnContext,
                v,
            )
        ),
        "additional_properties": lambda d: _convert.undeclared(d, SAMLPayLoadDataAssertionAuthentication._json_names),
    }

    session_index: str | None | Unset = UNSET
    authn_context: SAMLPayLoadDataAssertionAuthenticationAuthnContext | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.session_index is not UNSET:
            d["sessionIndex"] = self.session_index
        if self.authn_context is not UNSET:
            d["authnContext"] = _convert.dump_model(self.authn_context, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.session_index = d.pop("sessionIndex", UNSET)
        obj.authn_context = (
            _saml_pay_load_data_assertion_authentication_authn_context.SAMLPayLoadDataAssertionAuthenticationAuthnContext.from_dict(
                v
            )
            if (v := d.pop("authnContext", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _saml_pay_load_data_assertion_authentication_authn_context.SAMLPayLoadDataAssertionAuthenticationAuthnContext,
                v,
            )
        )
        obj.additional_properties = d
        return obj
