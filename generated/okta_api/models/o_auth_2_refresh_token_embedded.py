from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import o_auth_2_refresh_token_scope as _o_auth_2_refresh_token_scope

if TYPE_CHECKING:
    from typing import Self

    from .o_auth_2_refresh_token_scope import OAuth2RefreshTokenScope


@_attrs_define(kw_only=True)
class OAuth2RefreshTokenEmbedded(OktaModel):
    """The embedded resources related to the object if the `expand` query parameter is specified

    Attributes:
        scopes: The scope objects attached to the Token
    """

    _json_names: ClassVar[dict[str, str]] = {
        "scopes": "scopes",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "scopes": "list:model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "scopes": lambda d: _convert.parse_model_list(
            _o_auth_2_refresh_token_scope.OAuth2RefreshTokenScope.from_json, d.get("scopes", UNSET)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, OAuth2RefreshTokenEmbedded._json_names),
    }

    scopes: list[OAuth2RefreshTokenScope] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.scopes is not UNSET:
            d["scopes"] = _convert.dump_model_list(self.scopes, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.scopes = _convert.parse_model_list(
            _o_auth_2_refresh_token_scope.OAuth2RefreshTokenScope.from_dict, d.pop("scopes", UNSET)
        )
        obj.additional_properties = d
        return obj
