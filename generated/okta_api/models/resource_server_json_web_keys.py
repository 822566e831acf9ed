from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import resource_server_json_web_key as _resource_server_json_web_key

if TYPE_CHECKING:
    from typing import Self

    from .resource_server_json_web_key import ResourceServerJsonWebKey


@_attrs_define(kw_only=True)
class ResourceServerJsonWebKeys(OktaModel):
    """A [JSON Web Key Set](https://tools.ietf.org/html/rfc7517#section-5) for encrypting JWTs minted by
    the custom authorization server

    Attributes:
        keys: list[ResourceServerJsonWebKey]
    """

    _json_names: ClassVar[dict[str, str]] = {
        "keys": "keys",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "keys": "list:model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "keys": lambda d: _convert.parse_model_list(
            _resource_server_json_web_key.ResourceServerJsonWebKey.from_json, d.get("keys", UNSET)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, ResourceServerJsonWebKeys._json_names),
    }

    keys: list[ResourceServerJsonWebKey] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.keys is not UNSET:
            d["keys"] = _convert.dump_model_list(self.keys, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.keys = _convert.parse_model_list(
            _resource_server_json_web_key.ResourceServerJsonWebKey.from_dict, d.pop("keys", UNSET)
        )
        obj.additional_properties = d
        return obj
