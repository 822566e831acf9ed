from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import (
    saml_pay_load_data_assertion_authentication_authn_context as _saml_pay_load_data_assertion_authentication_authn_context,
)

if TYPE_CHECKING:
    from typing import Self

    from .saml_pay_load_data_assertion_authentication_authn_context import (
        SAMLPayLoadDataAssertionAuthenticationAuthnContext,
    )


def _parse_authn_context(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _saml_pay_load_data_assertion_authentication_authn_context.SAMLPayLoadDataAssertionAuthenticationAuthnContext.from_json(
                v
            )
            if lazy
            else _saml_pay_load_data_assertion_authentication_authn_context.SAMLPayLoadDataAssertionAuthenticationAuthnContext.from_dict(
                v
            )
        )
    return _convert.parse_model(
        _saml_pay_load_data_assertion_authentication_authn_context.SAMLPayLoadDataAssertionAuthenticationAuthnContext, v
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "session_index": ("sessionIndex", None),
        "authn_context": ("authnContext", _parse_authn_context),
    }

    session_index: str | None = _attrs_field(init=False)
    authn_context: SAMLPayLoadDataAssertionAuthenticationAuthnContext | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        session_index: str | None | Unset = UNSET,
        authn_context: SAMLPayLoadDataAssertionAuthenticationAuthnContext | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if session_index is not UNSET:
            _set_field(self, "session_index", session_index)
        if authn_context is not UNSET:
            _set_field(self, "authn_context", authn_context)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("session_index", UNSET)) is not UNSET:
            d["sessionIndex"] = v
        if (v := values.get("authn_context", UNSET)) is not UNSET:
            d["authnContext"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("sessionIndex", UNSET)) is not UNSET:
            obj.session_index = v
        if (v := d.pop("authnContext", UNSET)) is not UNSET:
            obj.authn_context = _parse_authn_context(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
