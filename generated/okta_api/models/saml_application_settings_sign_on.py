from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import acs_endpoint as _acs_endpoint
from . import saml_attribute_statement as _saml_attribute_statement
from . import sign_on_inline_hook as _sign_on_inline_hook
from . import single_logout as _single_logout
from . import sp_certificate as _sp_certificate

if TYPE_CHECKING:
    from typing import Self

    from .acs_endpoint import AcsEndpoint
    from .saml_attribute_statement import SamlAttributeStatement
    from .sign_on_inline_hook import SignOnInlineHook
    from .single_logout import SingleLogout
    from .sp_certificate import SpCertificate


@_attrs_define(kw_only=True)
class SamlApplicationSettingsSignOn(OktaModel):
    """An Okta `SamlApplicationSettingsSignOn`.

    Attributes:
        acs_endpoints (`acsEndpoints`): list[AcsEndpoint]
        allow_multiple_acs_endpoints (`allowMultipleAcsEndpoints`): bool
        assertion_signed (`assertionSigned`): bool
        attribute_statements (`attributeStatements`): list[SamlAttributeStatement]
        audience: str
        audience_override (`audienceOverride`): str
        authn_context_class_ref (`authnContextClassRef`): str
        default_relay_state (`defaultRelayState`): str
        destination: str
        destination_override (`destinationOverride`): str
        digest_algorithm (`digestAlgorithm`): str
        honor_force_authn (`honorForceAuthn`): bool
        idp_issuer (`idpIssuer`): str
        inline_hooks (`inlineHooks`): list[SignOnInlineHook]
        recipient: str
        recipient_override (`recipientOverride`): str
        request_compressed (`requestCompressed`): bool
        response_signed (`responseSigned`): bool
        saml_signed_request_enabled (`samlSignedRequestEnabled`): bool
        signature_algorithm (`signatureAlgorithm`): str
        slo: SingleLogout
        sp_certificate (`spCertificate`): SpCertificate
        sp_issuer (`spIssuer`): str
        sso_acs_url (`ssoAcsUrl`): str
        sso_acs_url_override (`ssoAcsUrlOverride`): str
        subject_name_id_format (`subjectNameIdFormat`): str
        subject_name_id_template (`subjectNameIdTemplate`): str
    """

    _json_names: ClassVar[dict[str, str]] = {
        "acsEndpoints": "acs_endpoints",
        "allowMultipleAcsEndpoints": "allow_multiple_acs_endpoints",
        "assertionSigned": "assertion_signed",
        "attributeStatements": "attribute_statements",
        "audience": "audience",
        "audienceOverride": "audience_override",
        "authnContextClassRef": "authn_context_class_ref",
        "defaultRelayState": "default_relay_state",
        "destination": "destination",
        "destinationOverride": "destination_override",
        "digestAlgorithm": "digest_algorithm",
        "honorForceAuthn": "honor_force_authn",
        "idpIssuer": "idp_issuer",
        "inlineHooks": "inline_hooks",
        "recipient": "recipient",
        "recipientOverride": "recipient_override",
        "requestCompressed": "request_compressed",
        "responseSigned": "response_signed",
        "samlSignedRequestEnabled": "saml_signed_request_enabled",
        "signatureAlgorithm": "signature_algorithm",
        "slo": "slo",
        "spCertificate": "sp_certificate",
        "spIssuer": "sp_issuer",
        "ssoAcsUrl": "sso_acs_url",
        "ssoAcsUrlOverride": "sso_acs_url_override",
        "subjectNameIdFormat": "subject_name_id_format",
        "subjectNameIdTemplate": "subject_name_id_template",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "acs_endpoints": "list:model",
        "allow_multiple_acs_endpoints": "bool",
        "assertion_signed": "bool",
        "attribute_statements": "list:model",
        "audience": "str",
        "audience_override": "str",
        "authn_context_class_ref": "str",
        "default_relay_state": "str",
        "destination": "str",
        "destination_override": "str",
        "digest_algorithm": "str",
        "honor_force_authn": "bool",
        "idp_issuer": "str",
        "inline_hooks": "list:model",
        "recipient": "str",
        "recipient_override": "str",
        "request_compressed": "bool",
        "response_signed": "bool",
        "saml_signed_request_enabled": "bool",
        "signature_algorithm": "str",
        "slo": "model",
        "sp_certificate": "model",
        "sp_issuer": "str",
        "sso_acs_url": "str",
        "sso_acs_url_override": "str",
        "subject_name_id_format": "str",
        "subject_name_id_template": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "acs_endpoints": lambda d: _convert.parse_model_list(
            _acs_endpoint.AcsEndpoint.from_json, d.get("acsEndpoints", UNSET)
        ),
        "allow_multiple_acs_endpoints": "allowMultipleAcsEndpoints",
        "assertion_signed": "assertionSigned",
        "attribute_statements": lambda d: _convert.parse_model_list(
            _saml_attribute_statement.SamlAttributeStatement.from_json, d.get("attributeStatements", UNSET)
        ),
        "audience": "audience",
        "audience_override": "audienceOverride",
        "authn_context_class_ref": "authnContextClassRef",
        "default_relay_state": "defaultRelayState",
        "destination": "destination",
        "destination_override": "destinationOverride",
        "digest_algorithm": "digestAlgorithm",
        "honor_force_authn": "honorForceAuthn",
        "idp_issuer": "idpIssuer",
        "inline_hooks": lambda d: _convert.parse_model_list(
            _sign_on_inline_hook.SignOnInlineHook.from_json, d.get("inlineHooks", UNSET)
        ),
        "recipient": "recipient",
        "recipient_override": "recipientOverride",
        "request_compressed": "requestCompressed",
        "response_signed": "responseSigned",
        "saml_signed_request_enabled": "samlSignedRequestEnabled",
        "signature_algorithm": "signatureAlgorithm",
        "slo": lambda d: (
            _single_logout.SingleLogout.from_json(v)
            if (v := d.get("slo", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_single_logout.SingleLogout, v)
        ),
        "sp_certificate": lambda d: (
            _sp_certificate.SpCertificate.from_json(v)
            if (v := d.get("spCertificate", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_sp_certificate.SpCertificate, v)
        ),
        "sp_issuer": "spIssuer",
        "sso_acs_url": "ssoAcsUrl",
        "sso_acs_url_override": "ssoAcsUrlOverride",
        "subject_name_id_format": "subjectNameIdFormat",
        "subject_name_id_template": "subjectNameIdTemplate",
        "additional_properties": lambda d: _convert.undeclared(d, SamlApplicationSettingsSignOn._json_names),
    }

    acs_endpoints: list[AcsEndpoint] | None | Unset = UNSET
    allow_multiple_acs_endpoints: bool | None | Unset = UNSET
    assertion_signed: bool | None | Unset = UNSET
    attribute_statements: list[SamlAttributeStatement] | None | Unset = UNSET
    audience: str | None | Unset = UNSET
    audience_override: str | None | Unset = UNSET
    authn_context_class_ref: str | None | Unset = UNSET
    default_relay_state: str | None | Unset = UNSET
    destination: str | None | Unset = UNSET
    destination_override: str | None | Unset = UNSET
    digest_algorithm: str | None | Unset = UNSET
    honor_force_authn: bool | None | Unset = UNSET
    idp_issuer: str | None | Unset = UNSET
    inline_hooks: list[SignOnInlineHook] | None | Unset = UNSET
    recipient: str | None | Unset = UNSET
    recipient_override: str | None | Unset = UNSET
    request_compressed: bool | None | Unset = UNSET
    response_signed: bool | None | Unset = UNSET
    saml_signed_request_enabled: bool | None | Unset = UNSET
    signature_algorithm: str | None | Unset = UNSET
    slo: SingleLogout | None | Unset = UNSET
    sp_certificate: SpCertificate | None | Unset = UNSET
    sp_issuer: str | None | Unset = UNSET
    sso_acs_url: str | None | Unset = UNSET
    sso_acs_url_override: str | None | Unset = UNSET
    subject_name_id_format: str | None | Unset = UNSET
    subject_name_id_template: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.acs_endpoints is not UNSET:
            d["acsEndpoints"] = _convert.dump_model_list(self.acs_endpoints, omit_read_only)
        if self.allow_multiple_acs_endpoints is not UNSET:
            d["allowMultipleAcsEndpoints"] = self.allow_multiple_acs_endpoints
        if self.assertion_signed is not UNSET:
            d["assertionSigned"] = self.assertion_signed
        if self.attribute_statements is not UNSET:
            d["attributeStatements"] = _convert.dump_model_list(self.attribute_statements, omit_read_only)
        if self.audience is not UNSET:
            d["audience"] = self.audience
        if self.audience_override is not UNSET:
            d["audienceOverride"] = self.audience_override
        if self.authn_context_class_ref is not UNSET:
            d["authnContextClassRef"] = self.authn_context_class_ref
        if self.default_relay_state is not UNSET:
            d["defaultRelayState"] = self.default_relay_state
        if self.destination is not UNSET:
            d["destination"] = self.destination
        if self.destination_override is not UNSET:
            d["destinationOverride"] = self.destination_override
        if self.digest_algorithm is not UNSET:
            d["digestAlgorithm"] = self.digest_algorithm
        if self.honor_force_authn is not UNSET:
            d["honorForceAuthn"] = self.honor_force_authn
        if self.idp_issuer is not UNSET:
            d["idpIssuer"] = self.idp_issuer
        if self.inline_hooks is not UNSET:
            d["inlineHooks"] = _convert.dump_model_list(self.inline_hooks, omit_read_only)
        if self.recipient is not UNSET:
            d["recipient"] = self.recipient
        if self.recipient_override is not UNSET:
            d["recipientOverride"] = self.recipient_override
        if self.request_compressed is not UNSET:
            d["requestCompressed"] = self.request_compressed
        if self.response_signed is not UNSET:
            d["responseSigned"] = self.response_signed
        if self.saml_signed_request_enabled is not UNSET:
            d["samlSignedRequestEnabled"] = self.saml_signed_request_enabled
        if self.signature_algorithm is not UNSET:
            d["signatureAlgorithm"] = self.signature_algorithm
        if self.slo is not UNSET:
            d["slo"] = _convert.dump_model(self.slo, omit_read_only)
        if self.sp_certificate is not UNSET:
            d["spCertificate"] = _convert.dump_model(self.sp_certificate, omit_read_only)
        if self.sp_issuer is not UNSET:
            d["spIssuer"] = self.sp_issuer
        if self.sso_acs_url is not UNSET:
            d["ssoAcsUrl"] = self.sso_acs_url
        if self.sso_acs_url_override is not UNSET:
            d["ssoAcsUrlOverride"] = self.sso_acs_url_override
        if self.subject_name_id_format is not UNSET:
            d["subjectNameIdFormat"] = self.subject_name_id_format
        if self.subject_name_id_template is not UNSET:
            d["subjectNameIdTemplate"] = self.subject_name_id_template
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.acs_endpoints = _convert.parse_model_list(_acs_endpoint.AcsEndpoint.from_dict, d.pop("acsEndpoints", UNSET))
        obj.allow_multiple_acs_endpoints = d.pop("allowMultipleAcsEndpoints", UNSET)
        obj.assertion_signed = d.pop("assertionSigned", UNSET)
        obj.attribute_statements = _convert.parse_model_list(
            _saml_attribute_statement.SamlAttributeStatement.from_dict, d.pop("attributeStatements", UNSET)
        )
        obj.audience = d.pop("audience", UNSET)
        obj.audience_override = d.pop("audienceOverride", UNSET)
        obj.authn_context_class_ref = d.pop("authnContextClassRef", UNSET)
        obj.default_relay_state = d.pop("defaultRelayState", UNSET)
        obj.destination = d.pop("destination", UNSET)
        obj.destination_override = d.pop("destinationOverride", UNSET)
        obj.digest_algorithm = d.pop("digestAlgorithm", UNSET)
        obj.honor_force_authn = d.pop("honorForceAuthn", UNSET)
        obj.idp_issuer = d.pop("idpIssuer", UNSET)
        obj.inline_hooks = _convert.parse_model_list(
            _sign_on_inline_hook.SignOnInlineHook.from_dict, d.pop("inlineHooks", UNSET)
        )
        obj.recipient = d.pop("recipient", UNSET)
        obj.recipient_override = d.pop("recipientOverride", UNSET)
        obj.request_compressed = d.pop("requestCompressed", UNSET)
        obj.response_signed = d.pop("responseSigned", UNSET)
        obj.saml_signed_request_enabled = d.pop("samlSignedRequestEnabled", UNSET)
        obj.signature_algorithm = d.pop("signatureAlgorithm", UNSET)
        obj.slo = (
            _single_logout.SingleLogout.from_dict(v)
            if (v := d.pop("slo", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_single_logout.SingleLogout, v)
        )
        obj.sp_certificate = (
            _sp_certificate.SpCertificate.from_dict(v)
            if (v := d.pop("spCertificate", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_sp_certificate.SpCertificate, v)
        )
        obj.sp_issuer = d.pop("spIssuer", UNSET)
        obj.sso_acs_url = d.pop("ssoAcsUrl", UNSET)
        obj.sso_acs_url_override = d.pop("ssoAcsUrlOverride", UNSET)
        obj.subject_name_id_format = d.pop("subjectNameIdFormat", UNSET)
        obj.subject_name_id_template = d.pop("subjectNameIdTemplate", UNSET)
        obj.additional_properties = d
        return obj
