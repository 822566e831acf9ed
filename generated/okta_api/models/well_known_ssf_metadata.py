from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import well_known_ssf_metadata_spec_urn as _well_known_ssf_metadata_spec_urn
from .well_known_ssf_metadata_default_subjects import WellKnownSSFMetadataDefaultSubjects

if TYPE_CHECKING:
    from typing import Self

    from .well_known_ssf_metadata_spec_urn import WellKnownSSFMetadataSpecUrn


@_attrs_define(kw_only=True)
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
        "authorization_schemes": lambda d: _convert.parse_model_list(
            _well_known_ssf_metadata_spec_urn.WellKnownSSFMetadataSpecUrn.from_json,
            d.get("authorization_schemes", UNSET),
        ),
        "configuration_endpoint": "configuration_endpoint",
        "default_subjects": lambda d: (
            _convert.parse_enum(WellKnownSSFMetadataDefaultSubjects, v)
            if (v := d.get("default_subjects", UNSET)).__class__ is str
            else v
        ),
        "delivery_methods_supported": "delivery_methods_supported",
        "issuer": "issuer",
        "jwks_uri": "jwks_uri",
        "spec_version": "spec_version",
        "verification_endpoint": "verification_endpoint",
        "additional_properties": lambda d: _convert.undeclared(d, WellKnownSSFMetadata._json_names),
    }

    authorization_schemes: list[WellKnownSSFMetadataSpecUrn] | None | Unset = UNSET
    configuration_endpoint: str | None | Unset = UNSET
    default_subjects: WellKnownSSFMetadataDefaultSubjects | None | Unset = UNSET
    delivery_methods_supported: list[str] | None | Unset = UNSET
    issuer: str | None | Unset = UNSET
    jwks_uri: str | None | Unset = UNSET
    spec_version: str | None | Unset = UNSET
    verification_endpoint: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.authorization_schemes is not UNSET:
            d["authorization_schemes"] = _convert.dump_model_list(self.authorization_schemes, omit_read_only)
        if self.configuration_endpoint is not UNSET:
            d["configuration_endpoint"] = self.configuration_endpoint
        if self.default_subjects is not UNSET:
            d["default_subjects"] = self.default_subjects
        if self.delivery_methods_supported is not UNSET:
            d["delivery_methods_supported"] = self.delivery_methods_supported
        if self.issuer is not UNSET:
            d["issuer"] = self.issuer
        if self.jwks_uri is not UNSET:
            d["jwks_uri"] = self.jwks_uri
        if self.spec_version is not UNSET:
            d["spec_version"] = self.spec_version
        if self.verification_endpoint is not UNSET:
            d["verification_endpoint"] = self.verification_endpoint
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.authorization_schemes = _convert.parse_model_list(
            _well_known_ssf_metadata_spec_urn.WellKnownSSFMetadataSpecUrn.from_dict,
            d.pop("authorization_schemes", UNSET),
        )
        obj.configuration_endpoint = d.pop("configuration_endpoint", UNSET)
        obj.default_subjects = (
            _convert.parse_enum(WellKnownSSFMetadataDefaultSubjects, v)
            if (v := d.pop("default_subjects", UNSET)).__class__ is str
            else v
        )
        obj.delivery_methods_supported = d.pop("delivery_methods_supported", UNSET)
        obj.issuer = d.pop("issuer", UNSET)
        obj.jwks_uri = d.pop("jwks_uri", UNSET)
        obj.spec_version = d.pop("spec_version", UNSET)
        obj.verification_endpoint = d.pop("verification_endpoint", UNSET)
        obj.additional_properties = d
        return obj
