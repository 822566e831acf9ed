from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .protocol_endpoint_binding import ProtocolEndpointBinding

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class SamlSsoEndpoint(OktaModel):
    """IdP's `SingleSignOnService` endpoint where Okta sends an `<AuthnRequest>` message

    Attributes:
        binding: ProtocolEndpointBinding
        destination: URI reference that indicates the address to which the `<AuthnRequest>` message is sent.
            The `destination` property is required if request signatures are specified. See [SAML 2.0
            Request Algorithm
            object](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/IdentityProvider/#tag/IdentityProvider/operation/createIdentityProvider!path=protocol/0/algorithms/request&t=request).
        url: URL of the binding-specific endpoint to send an `<AuthnRequest>` message to the IdP.
            The value of `url` defaults to the same value as the `sso` endpoint if omitted during
            creation of a new IdP instance.
            The `url` should be the same value as the `Location` attribute for a published binding in
            the IdP's SAML Metadata `IDPSSODescriptor`.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "binding": "binding",
        "destination": "destination",
        "url": "url",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "binding": "enum",
        "destination": "str",
        "url": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "binding": lambda d: (
            _convert.parse_enum(ProtocolEndpointBinding, v) if (v := d.get("binding", UNSET)).__class__ is str else v
        ),
        "destination": "destination",
        "url": "url",
        "additional_properties": lambda d: _convert.undeclared(d, SamlSsoEndpoint._json_names),
    }

    binding: ProtocolEndpointBinding | None | Unset = UNSET
    destination: str | None | Unset = UNSET
    url: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.binding is not UNSET:
            d["binding"] = self.binding
        if self.destination is not UNSET:
            d["destination"] = self.destination
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
            _convert.parse_enum(ProtocolEndpointBinding, v) if (v := d.pop("binding", UNSET)).__class__ is str else v
        )
        obj.destination = d.pop("destination", UNSET)
        obj.url = d.pop("url", UNSET)
        obj.additional_properties = d
        return obj
