from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import trusted_origin_scope as _trusted_origin_scope

if TYPE_CHECKING:
    from typing import Self

    from .trusted_origin_scope import TrustedOriginScope


@_attrs_define(kw_only=True)
class TrustedOriginWrite(OktaModel):
    """An Okta `TrustedOriginWrite`.

    Attributes:
        name: Unique name for the trusted origin
        origin: Unique origin URL for the trusted origin. The supported schemes for this attribute are
            HTTP, HTTPS, FTP, Ionic 2, and Capacitor.
        scopes: Array of scope types that this trusted origin is used for
    """

    _json_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "origin": "origin",
        "scopes": "scopes",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "name": "str",
        "origin": "str",
        "scopes": "list:model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "name": "name",
        "origin": "origin",
        "scopes": lambda d: _convert.parse_model_list(
            _trusted_origin_scope.TrustedOriginScope.from_json, d.get("scopes", UNSET)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, TrustedOriginWrite._json_names),
    }

    name: str | None | Unset = UNSET
    origin: str | None | Unset = UNSET
    scopes: list[TrustedOriginScope] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.name is not UNSET:
            d["name"] = self.name
        if self.origin is not UNSET:
            d["origin"] = self.origin
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
        obj.name = d.pop("name", UNSET)
        obj.origin = d.pop("origin", UNSET)
        obj.scopes = _convert.parse_model_list(
            _trusted_origin_scope.TrustedOriginScope.from_dict, d.pop("scopes", UNSET)
        )
        obj.additional_properties = d
        return obj
