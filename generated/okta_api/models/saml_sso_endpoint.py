from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .protocol_endpoint_binding import ProtocolEndpointBinding

if TYPE_CHECKING:
    from typing import Self


_parse_binding = _convert.enum_parser(ProtocolEndpointBinding)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "binding": ("binding", _parse_binding),
        "destination": ("destination", None),
        "url": ("url", None),
    }

    binding: ProtocolEndpointBinding | None = _attrs_field(init=False)
    destination: str | None = _attrs_field(init=False)
    url: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        binding: ProtocolEndpointBinding | None | Unset = UNSET,
        destination: str | None | Unset = UNSET,
        url: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if binding is not UNSET:
            _set_field(self, "binding", binding)
        if destination is not UNSET:
            _set_field(self, "destination", destination)
        if url is not UNSET:
            _set_field(self, "url", url)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("binding", UNSET)) is not UNSET:
            d["binding"] = v
        if (v := values.get("destination", UNSET)) is not UNSET:
            d["destination"] = v
        if (v := values.get("url", UNSET)) is not UNSET:
            d["url"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("binding", UNSET)) is not UNSET:
            obj.binding = _parse_binding(v, False)
        if (v := d.pop("destination", UNSET)) is not UNSET:
            obj.destination = v
        if (v := d.pop("url", UNSET)) is not UNSET:
            obj.url = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
