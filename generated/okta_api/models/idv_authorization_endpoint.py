from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .idv_authorization_endpoint_binding import IDVAuthorizationEndpointBinding

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class IDVAuthorizationEndpoint(OktaModel):
    """IDV authorization endpoint

    Attributes:
        binding: IDVAuthorizationEndpointBinding
        url: URL of the `authorization` endpoint of the IDV vendor
    """

    _json_names: ClassVar[dict[str, str]] = {
        "binding": "binding",
        "url": "url",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "binding": "enum",
        "url": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "binding": lambda d: (
            _convert.parse_enum(IDVAuthorizationEndpointBinding, v)
            if (v := d.get("binding", UNSET)).__class__ is str
            else v
        ),
        "url": "url",
        "additional_properties": lambda d: _convert.undeclared(d, IDVAuthorizationEndpoint._json_names),
    }

    binding: IDVAuthorizationEndpointBinding | None | Unset = UNSET
    url: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.binding is not UNSET:
            d["binding"] = self.binding
        if self.url is not UNSET:
            d["url"] = self.url
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.binding = (
            _convert.parse_enum(IDVAuthorizationEndpointBinding, v)
            if (v := d.pop("binding", UNSET)).__class__ is str
            else v
        )
        obj.url = d.pop("url", UNSET)
        obj.additional_properties = d
        return obj
