from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import oidc_request_algorithm as _oidc_request_algorithm

if TYPE_CHECKING:
    from typing import Self

    from .oidc_request_algorithm import OidcRequestAlgorithm


@_attrs_define(kw_only=True)
class OidcAlgorithms(OktaModel):
    """An Okta `OidcAlgorithms`.

    Attributes:
        request: Algorithm settings used to sign an authorization request
    """

    _json_names: ClassVar[dict[str, str]] = {
        "request": "request",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "request": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "request": lambda d: (
            _oidc_request_algorithm.OidcRequestAlgorithm.from_json(v)
            if (v := d.get("request", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_oidc_request_algorithm.OidcRequestAlgorithm, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, OidcAlgorithms._json_names),
    }

    request: OidcRequestAlgorithm | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.request is not UNSET:
            d["request"] = _convert.dump_model(self.request, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.request = (
            _oidc_request_algorithm.OidcRequestAlgorithm.from_dict(v)
            if (v := d.pop("request", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_oidc_request_algorithm.OidcRequestAlgorithm, v)
        )
        obj.additional_properties = d
        return obj
