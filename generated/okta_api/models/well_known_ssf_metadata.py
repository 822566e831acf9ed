from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import well_known_ssf_metadata_spec_urn as _well_known_ssf_metadata_spec_urn
from .well_known_ssf_metadata_default_subjects import WellKnownSSFMetadataDefaultSubjects

if TYPE_CHECKING:
    from typing import Self

    from .well_known_ssf_metadata_spec_urn import WellKnownSSFMetadataSpecUrn


def _parse_authorization_schemes(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _well_known_ssf_metadata_spec_urn.WellKnownSSFMetadataSpecUrn.from_json
        if lazy
        else _well_known_ssf_metadata_spec_urn.WellKnownSSFMetadataSpecUrn.from_dict,
        v,
    )


_parse_default_subjects = _convert.enum_parser(WellKnownSSFMetadataDefaultSubjects)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class WellKnownSSFMetadata(OktaModel):
    """Shared signals framework metadata

    Metadata about Okta as a transmitter and relevant information for configuration.

    Attributes:
        authorization_schemes: An array of JSON objects that specify the authorization scheme properties supported by the
            transmitter
        configuration_endpoint: The URL of the SSF stream configuration endpoint
        default_subjects: A string that indicates the default behavior of newly created streams
        delivery_methods_supported: An array of supported SET delivery methods
        issuer: The issuer used in security event tokens. This value is set as `iss` in the claim.
        jwks_uri: The URL of the JSON Web Key Set (JWKS) that contains the signing keys for validating the
            signatures of security event tokens (SETs)
        spec_version: The version identifying the implementer's draft or final specification implemented by the
            transmitter
        verification_endpoint: The URL of the SSF stream verification endpoint
    """

    _json_names: ClassVar[dict[str, str]] = {
        "authorization_schemes": "authorization_schemes",
        "configuration_endpoint": "configuration_endpoint",
        "default_subjects": "default_subjects",
        "delivery_methods_supported": "delivery_methods_supported",
        "issuer": "issuer",
        "jwks_uri": "jwks_uri",
        "spec_version": "spec_version",
        "verification_endpoint": "verification_endpoint",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "authorization_schemes": "list:model",
        "configuration_endpoint": "str",
        "default_subjects": "enum",
        "delivery_methods_supported": "list:str",
        "issuer": "str",
        "jwks_uri": "str",
        "spec_version": "str",
        "verification_endpoint": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "authorization_schemes": ("authorization_schemes", _parse_authorization_schemes),
        "configuration_endpoint": ("configuration_endpoint", None),
        "default_subjects": ("default_subjects", _parse_default_subjects),
        "delivery_methods_supported": ("delivery_methods_supported", None),
        "issuer": ("issuer", None),
        "jwks_uri": ("jwks_uri", None),
        "spec_version": ("spec_version", None),
        "verification_endpoint": ("verification_endpoint", None),
    }

    authorization_schemes: list[WellKnownSSFMetadataSpecUrn] | None = _attrs_field(init=False)
    configuration_endpoint: str | None = _attrs_field(init=False)
    default_subjects: WellKnownSSFMetadataDefaultSubjects | None = _attrs_field(init=False)
    delivery_methods_supported: list[str] | None = _attrs_field(init=False)
    issuer: str | None = _attrs_field(init=False)
    jwks_uri: str | None = _attrs_field(init=False)
    spec_version: str | None = _attrs_field(init=False)
    verification_endpoint: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        authorization_schemes: list[WellKnownSSFMetadataSpecUrn] | None | Unset = UNSET,
        configuration_endpoint: str | None | Unset = UNSET,
        default_subjects: WellKnownSSFMetadataDefaultSubjects | None | Unset = UNSET,
        delivery_methods_supported: list[str] | None | Unset = UNSET,
        issuer: str | None | Unset = UNSET,
        jwks_uri: str | None | Unset = UNSET,
        spec_version: str | None | Unset = UNSET,
        verification_endpoint: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if authorization_schemes is not UNSET:
            _set_field(self, "authorization_schemes", authorization_schemes)
        if configuration_endpoint is not UNSET:
            _set_field(self, "configuration_endpoint", configuration_endpoint)
        if default_subjects is not UNSET:
            _set_field(self, "default_subjects", default_subjects)
        if delivery_methods_supported is not UNSET:
            _set_field(self, "delivery_methods_supported", delivery_methods_supported)
        if issuer is not UNSET:
            _set_field(self, "issuer", issuer)
        if jwks_uri is not UNSET:
            _set_field(self, "jwks_uri", jwks_uri)
        if spec_version is not UNSET:
            _set_field(self, "spec_version", spec_version)
        if verification_endpoint is not UNSET:
            _set_field(self, "verification_endpoint", verification_endpoint)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("authorization_schemes", UNSET)) is not UNSET:
            d["authorization_schemes"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("configuration_endpoint", UNSET)) is not UNSET:
            d["configuration_endpoint"] = v
        if (v := values.get("default_subjects", UNSET)) is not UNSET:
            d["default_subjects"] = v
        if (v := values.get("delivery_methods_supported", UNSET)) is not UNSET:
            d["delivery_methods_supported"] = v
        if (v := values.get("issuer", UNSET)) is not UNSET:
            d["issuer"] = v
        if (v := values.get("jwks_uri", UNSET)) is not UNSET:
            d["jwks_uri"] = v
        if (v := values.get("spec_version", UNSET)) is not UNSET:
            d["spec_version"] = v
        if (v := values.get("verification_endpoint", UNSET)) is not UNSET:
            d["verification_endpoint"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("authorization_schemes", UNSET)) is not UNSET:
            obj.authorization_schemes = _parse_authorization_schemes(v, False)
        if (v := d.pop("configuration_endpoint", UNSET)) is not UNSET:
            obj.configuration_endpoint = v
        if (v := d.pop("default_subjects", UNSET)) is not UNSET:
            obj.default_subjects = _parse_default_subjects(v, False)
        if (v := d.pop("delivery_methods_supported", UNSET)) is not UNSET:
            obj.delivery_methods_supported = v
        if (v := d.pop("issuer", UNSET)) is not UNSET:
            obj.issuer = v
        if (v := d.pop("jwks_uri", UNSET)) is not UNSET:
            obj.jwks_uri = v
        if (v := d.pop("spec_version", UNSET)) is not UNSET:
            obj.spec_version = v
        if (v := d.pop("verification_endpoint", UNSET)) is not UNSET:
            obj.verification_endpoint = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
