from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import o_auth_2_scope_consent_grant_embedded_scope as _o_auth_2_scope_consent_grant_embedded_scope

if TYPE_CHECKING:
    from typing import Self

    from .o_auth_2_scope_consent_grant_embedded_scope import OAuth2ScopeConsentGrantEmbeddedScope


@_attrs_define(kw_only=True)
class OAuth2ScopeConsentGrantEmbedded(OktaModel):
    """Embedded resources related to the Grant

    Attributes:
        scope: OAuth2ScopeConsentGrantEmbeddedScope
    """

    _json_names: ClassVar[dict[str, str]] = {
        "scope": "scope",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "scope": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "scope": lambda d: (
            _o_auth_2_scope_consent_grant_embedded_scope.OAuth2ScopeConsentGrantEmbeddedScope.from_json(v)
            if (v := d.get("scope", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _o_auth_2_scope_consent_grant_embedded_scope.OAuth2ScopeConsentGrantEmbeddedScope, v
            )
        ),
        "additional_properties": lambda d: _convert.undeclared(d, OAuth2ScopeConsentGrantEmbedded._json_names),
    }

    scope: OAuth2ScopeConsentGrantEmbeddedScope | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.scope is not UNSET:
            d["scope"] = _convert.dump_model(self.scope, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.scope = (
            _o_auth_2_scope_consent_grant_embedded_scope.OAuth2ScopeConsentGrantEmbeddedScope.from_dict(v)
            if (v := d.pop("scope", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _o_auth_2_scope_consent_grant_embedded_scope.OAuth2ScopeConsentGrantEmbeddedScope, v
            )
        )
        obj.additional_properties = d
        return obj
