from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import aaguid_authenticator_characteristics as _aaguid_authenticator_characteristics
from . import attestation_root_certificates_response_item as _attestation_root_certificates_response_item
from . import links_self as _links_self

if TYPE_CHECKING:
    from typing import Self

    from .aaguid_authenticator_characteristics import AAGUIDAuthenticatorCharacteristics
    from .attestation_root_certificates_response_item import AttestationRootCertificatesResponseItem
    from .links_self import LinksSelf


def _parse_attestation_root_certificates(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _attestation_root_certificates_response_item.AttestationRootCertificatesResponseItem.from_json
        if lazy
        else _attestation_root_certificates_response_item.AttestationRootCertificatesResponseItem.from_dict,
        v,
    )


def _parse_authenticator_characteristics(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _aaguid_authenticator_characteristics.AAGUIDAuthenticatorCharacteristics.from_json(v)
            if lazy
            else _aaguid_authenticator_characteristics.AAGUIDAuthenticatorCharacteristics.from_dict(v)
        )
    return _convert.parse_model(_aaguid_authenticator_characteristics.AAGUIDAuthenticatorCharacteristics, v)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _links_self.LinksSelf.from_json(v) if lazy else _links_self.LinksSelf.from_dict(v)
    return _convert.parse_model(_links_self.LinksSelf, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class CustomAAGUIDResponseObject(OktaModel):
    """An Okta `CustomAAGUIDResponseObject`.

    Attributes:
        aaguid: A unique 128-bit identifier that's assigned to a specific model of security key or
            authenticator
        attestation_root_certificates (`attestationRootCertificates`): list[AttestationRootCertificatesResponseItem]
        authenticator_characteristics (`authenticatorCharacteristics`): Contains additional properties about custom AAGUID.
        name: The product name associated with the AAGUID
        field_links (`_links`, read-only, never sent): Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288))
            available using the [JSON Hypertext Application
            Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification.
            This object is used for dynamic discovery of related resources and lifecycle operations.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "aaguid": "aaguid",
        "attestationRootCertificates": "attestation_root_certificates",
        "authenticatorCharacteristics": "authenticator_characteristics",
        "name": "name",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "aaguid": "str",
        "attestation_root_certificates": "list:model",
        "authenticator_characteristics": "model",
        "name": "str",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "aaguid": ("aaguid", None),
        "attestation_root_certificates": ("attestationRootCertificates", _parse_attestation_root_certificates),
        "authenticator_characteristics": ("authenticatorCharacteristics", _parse_authenticator_characteristics),
        "name": ("name", None),
        "field_links": ("_links", _parse_field_links),
    }

    aaguid: str | None = _attrs_field(init=False)
    attestation_root_certificates: list[AttestationRootCertificatesResponseItem] | None = _attrs_field(init=False)
    authenticator_characteristics: AAGUIDAuthenticatorCharacteristics | None = _attrs_field(init=False)
    name: str | None = _attrs_field(init=False)
    field_links: LinksSelf | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        aaguid: str | None | Unset = UNSET,
        attestation_root_certificates: list[AttestationRootCertificatesResponseItem] | None | Unset = UNSET,
        authenticator_characteristics: AAGUIDAuthenticatorCharacteristics | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        field_links: LinksSelf | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if aaguid is not UNSET:
            _set_field(self, "aaguid", aaguid)
        if attestation_root_certificates is not UNSET:
            _set_field(self, "attestation_root_certificates", attestation_root_certificates)
        if authenticator_characteristics is not UNSET:
            _set_field(self, "authenticator_characteristics", authenticator_characteristics)
        if name is not UNSET:
            _set_field(self, "name", name)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("aaguid", UNSET)) is not UNSET:
            d["aaguid"] = v
        if (v := values.get("attestation_root_certificates", UNSET)) is not UNSET:
            d["attestationRootCertificates"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("authenticator_characteristics", UNSET)) is not UNSET:
            d["authenticatorCharacteristics"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if (v := values.get("field_links", UNSET)) is not UNSET and not omit_read_only:
            d["_links"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("aaguid", UNSET)) is not UNSET:
            obj.aaguid = v
        if (v := d.pop("attestationRootCertificates", UNSET)) is not UNSET:
            obj.attestation_root_certificates = _parse_attestation_root_certificates(v, False)
        if (v := d.pop("authenticatorCharacteristics", UNSET)) is not UNSET:
            obj.authenticator_characteristics = _parse_authenticator_characteristics(v, False)
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
