from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import base_token_token_lifetime as _base_token_token_lifetime

if TYPE_CHECKING:
    from typing import Self

    from .base_token_token_lifetime import BaseTokenTokenLifetime


@_attrs_define(kw_only=True)
class BaseTokenToken(OktaModel):
    """The token

    Attributes:
        lifetime: Lifetime of the token
    """

    _json_names: ClassVar[dict[str, str]] = {
        "lifetime": "lifetime",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "lifetime": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "lifetime": lambda d: (
            _base_token_token_lifetime.BaseTokenTokenLifetime.from_json(v)
            if (v := d.get("lifetime", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_base_token_token_lifetime.BaseTokenTokenLifetime, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, BaseTokenToken._json_names),
    }

    lifetime: BaseTokenTokenLifetime | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.lifetime is not UNSET:
            d["lifetime"] = _convert.dump_model(self.lifetime, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.lifetime = (
            _base_token_token_lifetime.BaseTokenTokenLifetime.from_dict(v)
            if (v := d.pop("lifetime", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_base_token_token_lifetime.BaseTokenTokenLifetime, v)
        )
        obj.additional_properties = d
        return obj
