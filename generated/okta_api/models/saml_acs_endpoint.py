from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .protocol_endpoint_binding import ProtocolEndpointBinding
from .saml_endpoint_type import SamlEndpointType

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class SamlAcsEndpoint(OktaModel):
    """Okta's `SPSSODescriptor` endpoint where the IdP sends a `<SAMLResponse>` message

    Attributes:
        binding: ProtocolEndpointBinding
        type_ (`type`): Determines whether to publish an instance-specific (trust) or organization (shared) ACS
            endpoint in the SAML metadata
    """

    _json_names: ClassVar[dict[str, str]] = {
        "binding": "binding",
        "type": "type_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "binding": "enum",
        "type_": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "binding": lambda d: (
            _convert.parse_enum(ProtocolEndpointBinding, v) if (v := d.get("binding", UNSET)).__class__ is str else v
        ),
        "type_": lambda d: (
            _convert.parse_enum(SamlEndpointType, v) if (v := d.get("type", UNSET)).__class__ is str else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, SamlAcsEndpoint._json_names),
    }

    binding: ProtocolEndpointBinding | None | Unset = UNSET
    type_: SamlEndpointType | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.binding is not UNSET:
            d["binding"] = self.binding
        if self.type_ is not UNSET:
            d["type"] = self.type_
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
            _convert.parse_enum(ProtocolEndpointBinding, v) if (v := d.pop("binding", UNSET)).__class__ is str else v
        )
        obj.type_ = _convert.parse_enum(SamlEndpointType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        obj.additional_properties = d
        return obj
