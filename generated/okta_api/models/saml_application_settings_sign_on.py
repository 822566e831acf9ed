from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import acs_endpoint as _acs_endpoint
from . import saml_assertion_encryption as _saml_assertion_encryption
from . import saml_attribute_statement_expression as _saml_attribute_statement_expression
from . import saml_attribute_statement_group as _saml_attribute_statement_group
from . import saml_sp_certificate as _saml_sp_certificate
from . import sign_on_inline_hook as _sign_on_inline_hook
from . import single_logout as _single_logout
from . import slo_participate as _slo_participate
from .saml_application_settings_sign_on_authn_context_class_ref import SamlApplicationSettingsSignOnAuthnContextClassRef
from .saml_application_settings_sign_on_digest_algorithm import SamlApplicationSettingsSignOnDigestAlgorithm
from .saml_application_settings_sign_on_signature_algorithm import SamlApplicationSettingsSignOnSignatureAlgorithm
from .saml_application_settings_sign_on_subject_name_id_format import SamlApplicationSettingsSignOnSubjectNameIdFormat

if TYPE_CHECKING:
    from typing import Self

    from .acs_endpoint import AcsEndpoint
    from .saml_assertion_encryption import SamlAssertionEncryption
    from .saml_attribute_statement_expression import SamlAttributeStatementExpression
    from .saml_attribute_statement_group import SamlAttributeStatementGroup
    from .saml_sp_certificate import SamlSpCertificate
    from .sign_on_inline_hook import SignOnInlineHook
    from .single_logout import SingleLogout
    from .slo_participate import SloParticipate


def _parse_acs_endpoints(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _acs_endpoint.AcsEndpoint.from_json if lazy else _acs_endpoint.AcsEndpoint.from_dict, v
    )


def _parse_assertion_encryption(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _saml_assertion_encryption.SamlAssertionEncryption.from_json(v)
            if lazy
            else _saml_assertion_encryption.SamlAssertionEncryption.from_dict(v)
        )
    return _convert.parse_model(_saml_assertion_encryption.SamlAssertionEncryption, v)


def _parse_attribute_statements(v: Any, lazy: bool) -> Any:
    return _convert.parse_union_list(
        (
            _saml_attribute_statement_expression.SamlAttributeStatementExpression,
            _saml_attribute_statement_group.SamlAttributeStatementGroup,
        ),
        v,
    )


_parse_authn_context_class_ref = _convert.enum_parser(SamlApplicationSettingsSignOnAuthnContextClassRef)


def _parse_configured_attribute_statements(v: Any, lazy: bool) -> Any:
    return _convert.parse_union_list(
        (
            _saml_attribute_statement_expression.SamlAttributeStatementExpression,
            _saml_attribute_statement_group.SamlAttributeStatementGroup,
        ),
        v,
    )


_parse_digest_algorithm = _convert.enum_parser(SamlApplicationSettingsSignOnDigestAlgorithm)


def _parse_inline_hooks(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _sign_on_inline_hook.SignOnInlineHook.from_json if lazy else _sign_on_inline_hook.SignOnInlineHook.from_dict, v
    )


def _parse_participate_slo(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _slo_participate.SloParticipate.from_json(v) if lazy else _slo_participate.SloParticipate.from_dict(v)
    return _convert.parse_model(_slo_participate.SloParticipate, v)


_parse_signature_algorithm = _convert.enum_parser(SamlApplicationSettingsSignOnSignatureAlgorithm)


def _parse_slo(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _single_logout.SingleLogout.from_json(v) if lazy else _single_logout.SingleLogout.from_dict(v)
    return _convert.parse_model(_single_logout.SingleLogout, v)


def _parse_sp_certificate(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _saml_sp_certificate.SamlSpCertificate.from_json(v)
            if lazy
            else _saml_sp_certificate.SamlSpCertificate.from_dict(v)
        )
    return _convert.parse_model(_saml_sp_certificate.SamlSpCertificate, v)


_parse_subject_name_id_format = _convert.enum_parser(SamlApplicationSettingsSignOnSubjectNameIdFormat)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class SamlApplicationSettingsSignOn(OktaModel):
    """SAML 2.0 sign-on attributes.
    > **Note:** Set either `destinationOverride` or `ssoAcsUrl` to configure any other SAML 2.0
    attributes in this section.

    Attributes:
        allow_multiple_acs_endpoints (`allowMultipleAcsEndpoints`): Determines whether the app allows you to configure multiple ACS URIs
        assertion_signed (`assertionSigned`): Determines whether the SAML assertion is digitally signed
        honor_force_authn (`honorForceAuthn`): Set to `true` to prompt users for their credentials when a SAML request has the
            `ForceAuthn` attribute set to `true`
        request_compressed (`requestCompressed`): Determines whether the SAML request is expected to be compressed
        response_signed (`responseSigned`): Determines whether the SAML authentication response message is digitally signed by the IdP
            > **Note:** Either (or both) `responseSigned` or `assertionSigned` must be `TRUE`.
        acs_endpoints (`acsEndpoints`): An array of ACS endpoints. You can configure a maximum of 100 endpoints.
        assertion_encryption (`assertionEncryption`): Determines if the app supports encrypted assertions
        attribute_statements (`attributeStatements`): A list of custom attribute statements for the app's SAML assertion. See [SAML 2.0
            Technical
            Overview](https://docs.oasis-open.org/security/saml/Post2.0/sstc-saml-tech-overview-2.0-cd-02.html).

            There are two types of attribute statements:
            | Type | Description |
            | ---- | ----------- |
            | EXPRESSION | Generic attribute statement that can be dynamic and supports [Okta
            Expression Language](https://developer.okta.com/docs/reference/okta-expression-language/)
            |
            | GROUP | Group attribute statement |
        audience: The entity ID of the SP. Use the entity ID value exactly as provided by the SP.
        audience_override (`audienceOverride`): Audience override for CASB configuration. See [CASB config
            guide](https://help.okta.com/en-us/Content/Topics/Apps/CASB-config-guide.htm).
        authn_context_class_ref (`authnContextClassRef`): Identifies the SAML authentication context class for the assertion's authentication
            statement
        configured_attribute_statements (`configuredAttributeStatements`): The list of dynamic attribute statements for the SAML assertion inherited from app
            metadata (apps from the OIN) during app creation.

            There are two types of attribute statements: `EXPRESSION` and `GROUP`.
        default_relay_state (`defaultRelayState`): Identifies a specific application resource in an IdP-initiated SSO scenario
        destination: Identifies the location inside the SAML assertion where the SAML response should be sent
        destination_override (`destinationOverride`): Destination override for CASB configuration. See [CASB config
            guide](https://help.okta.com/en-us/Content/Topics/Apps/CASB-config-guide.htm).
        digest_algorithm (`digestAlgorithm`): Determines the digest algorithm used to digitally sign the SAML assertion and response
        idp_issuer (`idpIssuer`): SAML Issuer ID
        inline_hooks (`inlineHooks`): Associates the app with SAML inline hooks. See [the SAML assertion inline hook
            reference](https://developer.okta.com/docs/reference/saml-hook/).
        participate_slo (`participateSlo`): Determines if the app participates in Single Logout (SLO)
        recipient: The location where the app may present the SAML assertion
        recipient_override (`recipientOverride`): Recipient override for CASB configuration. See [CASB config
            guide](https://help.okta.com/en-us/Content/Topics/Apps/CASB-config-guide.htm).
        saml_assertion_lifetime_seconds (`samlAssertionLifetimeSeconds`): Determines the SAML app session lifetimes with Okta
        signature_algorithm (`signatureAlgorithm`): Determines the signing algorithm used to digitally sign the SAML assertion and response
        slo: Determines if the app supports Single Logout (SLO)
        sp_certificate (`spCertificate`): The certificate that Okta uses to validate Single Logout (SLO) requests and responses
        sp_issuer (`spIssuer`): The issuer ID for the Service Provider. This property appears when SLO is enabled.
        sso_acs_url (`ssoAcsUrl`): Single Sign-On Assertion Consumer Service (ACS) URL
        sso_acs_url_override (`ssoAcsUrlOverride`): Assertion Consumer Service (ACS) URL override for CASB configuration. See [CASB config
            guide](https://help.okta.com/en-us/Content/Topics/Apps/CASB-config-guide.htm).
        subject_name_id_format (`subjectNameIdFormat`): Identifies the SAML processing rules. Supported values:
        subject_name_id_template (`subjectNameIdTemplate`): Template for app user's username when a user is assigned to the app
    """

    _json_names: ClassVar[dict[str, str]] = {
        "allowMultipleAcsEndpoints": "allow_multiple_acs_endpoints",
        "assertionSigned": "assertion_signed",
        "honorForceAuthn": "honor_force_authn",
        "requestCompressed": "request_compressed",
        "responseSigned": "response_signed",
        "acsEndpoints": "acs_endpoints",
        "assertionEncryption": "assertion_encryption",
        "attributeStatements": "attribute_statements",
        "audience": "audience",
        "audienceOverride": "audience_override",
        "authnContextClassRef": "authn_context_class_ref",
        "configuredAttributeStatements": "configured_attribute_statements",
        "defaultRelayState": "default_relay_state",
        "destination": "destination",
        "destinationOverride": "destination_override",
        "digestAlgorithm": "digest_algorithm",
        "idpIssuer": "idp_issuer",
        "inlineHooks": "inline_hooks",
        "participateSlo": "participate_slo",
        "recipient": "recipient",
        "recipientOverride": "recipient_override",
        "samlAssertionLifetimeSeconds": "saml_assertion_lifetime_seconds",
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
        "allow_multiple_acs_endpoints": "bool",
        "assertion_signed": "bool",
        "honor_force_authn": "bool",
        "request_compressed": "bool",
        "response_signed": "bool",
        "acs_endpoints": "list:model",
        "assertion_encryption": "model",
        "attribute_statements": "list:any",
        "audience": "str",
        "audience_override": "str",
        "authn_context_class_ref": "enum",
        "configured_attribute_statements": "list:any",
        "default_relay_state": "str",
        "destination": "str",
        "destination_override": "str",
        "digest_algorithm": "enum",
        "idp_issuer": "str",
        "inline_hooks": "list:model",
        "participate_slo": "model",
        "recipient": "str",
        "recipient_override": "str",
        "saml_assertion_lifetime_seconds": "int",
        "signature_algorithm": "enum",
        "slo": "model",
        "sp_certificate": "model",
        "sp_issuer": "str",
        "sso_acs_url": "str",
        "sso_acs_url_override": "str",
        "subject_name_id_format": "enum",
        "subject_name_id_template": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "allow_multiple_acs_endpoints": ("allowMultipleAcsEndpoints", None),
        "assertion_signed": ("assertionSigned", None),
        "honor_force_authn": ("honorForceAuthn", None),
        "request_compressed": ("requestCompressed", None),
        "response_signed": ("responseSigned", None),
        "acs_endpoints": ("acsEndpoints", _parse_acs_endpoints),
        "assertion_encryption": ("assertionEncryption", _parse_assertion_encryption),
        "attribute_statements": ("attributeStatements", _parse_attribute_statements),
        "audience": ("audience", None),
        "audience_override": ("audienceOverride", None),
        "authn_context_class_ref": ("authnContextClassRef", _parse_authn_context_class_ref),
        "configured_attribute_statements": ("configuredAttributeStatements", _parse_configured_attribute_statements),
        "default_relay_state": ("defaultRelayState", None),
        "destination": ("destination", None),
        "destination_override": ("destinationOverride", None),
        "digest_algorithm": ("digestAlgorithm", _parse_digest_algorithm),
        "idp_issuer": ("idpIssuer", None),
        "inline_hooks": ("inlineHooks", _parse_inline_hooks),
        "participate_slo": ("participateSlo", _parse_participate_slo),
        "recipient": ("recipient", None),
        "recipient_override": ("recipientOverride", None),
        "saml_assertion_lifetime_seconds": ("samlAssertionLifetimeSeconds", None),
        "signature_algorithm": ("signatureAlgorithm", _parse_signature_algorithm),
        "slo": ("slo", _parse_slo),
        "sp_certificate": ("spCertificate", _parse_sp_certificate),
        "sp_issuer": ("spIssuer", None),
        "sso_acs_url": ("ssoAcsUrl", None),
        "sso_acs_url_override": ("ssoAcsUrlOverride", None),
        "subject_name_id_format": ("subjectNameIdFormat", _parse_subject_name_id_format),
        "subject_name_id_template": ("subjectNameIdTemplate", None),
    }

    allow_multiple_acs_endpoints: bool | None = _attrs_field(init=False)
    assertion_signed: bool | None = _attrs_field(init=False)
    honor_force_authn: bool | None = _attrs_field(init=False)
    request_compressed: bool | None = _attrs_field(init=False)
    response_signed: bool | None = _attrs_field(init=False)
    acs_endpoints: list[AcsEndpoint] | None = _attrs_field(init=False)
    assertion_encryption: SamlAssertionEncryption | None = _attrs_field(init=False)
    attribute_statements: list[SamlAttributeStatementExpression | SamlAttributeStatementGroup] | None = _attrs_field(
        init=False
    )
    audience: str | None = _attrs_field(init=False)
    audience_override: str | None = _attrs_field(init=False)
    authn_context_class_ref: SamlApplicationSettingsSignOnAuthnContextClassRef | None = _attrs_field(init=False)
    configured_attribute_statements: list[SamlAttributeStatementExpression | SamlAttributeStatementGroup] | None = (
        _attrs_field(init=False)
    )
    default_relay_state: str | None = _attrs_field(init=False)
    destination: str | None = _attrs_field(init=False)
    destination_override: str | None = _attrs_field(init=False)
    digest_algorithm: SamlApplicationSettingsSignOnDigestAlgorithm | None = _attrs_field(init=False)
    idp_issuer: str | None = _attrs_field(init=False)
    inline_hooks: list[SignOnInlineHook] | None = _attrs_field(init=False)
    participate_slo: SloParticipate | None = _attrs_field(init=False)
    recipient: str | None = _attrs_field(init=False)
    recipient_override: str | None = _attrs_field(init=False)
    saml_assertion_lifetime_seconds: int | None = _attrs_field(init=False)
    signature_algorithm: SamlApplicationSettingsSignOnSignatureAlgorithm | None = _attrs_field(init=False)
    slo: SingleLogout | None = _attrs_field(init=False)
    sp_certificate: SamlSpCertificate | None = _attrs_field(init=False)
    sp_issuer: str | None = _attrs_field(init=False)
    sso_acs_url: str | None = _attrs_field(init=False)
    sso_acs_url_override: str | None = _attrs_field(init=False)
    subject_name_id_format: SamlApplicationSettingsSignOnSubjectNameIdFormat | None = _attrs_field(init=False)
    subject_name_id_template: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        allow_multiple_acs_endpoints: bool | None | Unset,
        assertion_signed: bool | None | Unset,
        honor_force_authn: bool | None | Unset,
        request_compressed: bool | None | Unset,
        response_signed: bool | None | Unset,
        acs_endpoints: list[AcsEndpoint] | None | Unset = UNSET,
        assertion_encryption: SamlAssertionEncryption | None | Unset = UNSET,
        attribute_statements: list[SamlAttributeStatementExpression | SamlAttributeStatementGroup]
        | None
        | Unset = UNSET,
        audience: str | None | Unset = UNSET,
        audience_override: str | None | Unset = UNSET,
        authn_context_class_ref: SamlApplicationSettingsSignOnAuthnContextClassRef | None | Unset = UNSET,
        configured_attribute_statements: list[SamlAttributeStatementExpression | SamlAttributeStatementGroup]
        | None
        | Unset = UNSET,
        default_relay_state: str | None | Unset = UNSET,
        destination: str | None | Unset = UNSET,
        destination_override: str | None | Unset = UNSET,
        digest_algorithm: SamlApplicationSettingsSignOnDigestAlgorithm | None | Unset = UNSET,
        idp_issuer: str | None | Unset = UNSET,
        inline_hooks: list[SignOnInlineHook] | None | Unset = UNSET,
        participate_slo: SloParticipate | None | Unset = UNSET,
        recipient: str | None | Unset = UNSET,
        recipient_override: str | None | Unset = UNSET,
        saml_assertion_lifetime_seconds: int | None | Unset = UNSET,
        signature_algorithm: SamlApplicationSettingsSignOnSignatureAlgorithm | None | Unset = UNSET,
        slo: SingleLogout | None | Unset = UNSET,
        sp_certificate: SamlSpCertificate | None | Unset = UNSET,
        sp_issuer: str | None | Unset = UNSET,
        sso_acs_url: str | None | Unset = UNSET,
        sso_acs_url_override: str | None | Unset = UNSET,
        subject_name_id_format: SamlApplicationSettingsSignOnSubjectNameIdFormat | None | Unset = UNSET,
        subject_name_id_template: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if allow_multiple_acs_endpoints is not UNSET:
            _set_field(self, "allow_multiple_acs_endpoints", allow_multiple_acs_endpoints)
        if assertion_signed is not UNSET:
            _set_field(self, "assertion_signed", assertion_signed)
        if honor_force_authn is not UNSET:
            _set_field(self, "honor_force_authn", honor_force_authn)
        if request_compressed is not UNSET:
            _set_field(self, "request_compressed", request_compressed)
        if response_signed is not UNSET:
            _set_field(self, "response_signed", response_signed)
        if acs_endpoints is not UNSET:
            _set_field(self, "acs_endpoints", acs_endpoints)
        if assertion_encryption is not UNSET:
            _set_field(self, "assertion_encryption", assertion_encryption)
        if attribute_statements is not UNSET:
            _set_field(self, "attribute_statements", attribute_statements)
        if audience is not UNSET:
            _set_field(self, "audience", audience)
        if audience_override is not UNSET:
            _set_field(self, "audience_override", audience_override)
        if authn_context_class_ref is not UNSET:
            _set_field(self, "authn_context_class_ref", authn_context_class_ref)
        if configured_attribute_statements is not UNSET:
            _set_field(self, "configured_attribute_statements", configured_attribute_statements)
        if default_relay_state is not UNSET:
            _set_field(self, "default_relay_state", default_relay_state)
        if destination is not UNSET:
            _set_field(self, "destination", destination)
        if destination_override is not UNSET:
            _set_field(self, "destination_override", destination_override)
        if digest_algorithm is not UNSET:
            _set_field(self, "digest_algorithm", digest_algorithm)
        if idp_issuer is not UNSET:
            _set_field(self, "idp_issuer", idp_issuer)
        if inline_hooks is not UNSET:
            _set_field(self, "inline_hooks", inline_hooks)
        if participate_slo is not UNSET:
            _set_field(self, "participate_slo", participate_slo)
        if recipient is not UNSET:
            _set_field(self, "recipient", recipient)
        if recipient_override is not UNSET:
            _set_field(self, "recipient_override", recipient_override)
        if saml_assertion_lifetime_seconds is not UNSET:
            _set_field(self, "saml_assertion_lifetime_seconds", saml_assertion_lifetime_seconds)
        if signature_algorithm is not UNSET:
            _set_field(self, "signature_algorithm", signature_algorithm)
        if slo is not UNSET:
            _set_field(self, "slo", slo)
        if sp_certificate is not UNSET:
            _set_field(self, "sp_certificate", sp_certificate)
        if sp_issuer is not UNSET:
            _set_field(self, "sp_issuer", sp_issuer)
        if sso_acs_url is not UNSET:
            _set_field(self, "sso_acs_url", sso_acs_url)
        if sso_acs_url_override is not UNSET:
            _set_field(self, "sso_acs_url_override", sso_acs_url_override)
        if subject_name_id_format is not UNSET:
            _set_field(self, "subject_name_id_format", subject_name_id_format)
        if subject_name_id_template is not UNSET:
            _set_field(self, "subject_name_id_template", subject_name_id_template)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("allow_multiple_acs_endpoints", UNSET)) is not UNSET:
            d["allowMultipleAcsEndpoints"] = v
        if (v := values.get("assertion_signed", UNSET)) is not UNSET:
            d["assertionSigned"] = v
        if (v := values.get("honor_force_authn", UNSET)) is not UNSET:
            d["honorForceAuthn"] = v
        if (v := values.get("request_compressed", UNSET)) is not UNSET:
            d["requestCompressed"] = v
        if (v := values.get("response_signed", UNSET)) is not UNSET:
            d["responseSigned"] = v
        if (v := values.get("acs_endpoints", UNSET)) is not UNSET:
            d["acsEndpoints"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("assertion_encryption", UNSET)) is not UNSET:
            d["assertionEncryption"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("attribute_statements", UNSET)) is not UNSET:
            d["attributeStatements"] = _convert.dump_value(v, omit_read_only)
        if (v := values.get("audience", UNSET)) is not UNSET:
            d["audience"] = v
        if (v := values.get("audience_override", UNSET)) is not UNSET:
            d["audienceOverride"] = v
        if (v := values.get("authn_context_class_ref", UNSET)) is not UNSET:
            d["authnContextClassRef"] = v
        if (v := values.get("configured_attribute_statements", UNSET)) is not UNSET:
            d["configuredAttributeStatements"] = _convert.dump_value(v, omit_read_only)
        if (v := values.get("default_relay_state", UNSET)) is not UNSET:
            d["defaultRelayState"] = v
        if (v := values.get("destination", UNSET)) is not UNSET:
            d["destination"] = v
        if (v := values.get("destination_override", UNSET)) is not UNSET:
            d["destinationOverride"] = v
        if (v := values.get("digest_algorithm", UNSET)) is not UNSET:
            d["digestAlgorithm"] = v
        if (v := values.get("idp_issuer", UNSET)) is not UNSET:
            d["idpIssuer"] = v
        if (v := values.get("inline_hooks", UNSET)) is not UNSET:
            d["inlineHooks"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("participate_slo", UNSET)) is not UNSET:
            d["participateSlo"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("recipient", UNSET)) is not UNSET:
            d["recipient"] = v
        if (v := values.get("recipient_override", UNSET)) is not UNSET:
            d["recipientOverride"] = v
        if (v := values.get("saml_assertion_lifetime_seconds", UNSET)) is not UNSET:
            d["samlAssertionLifetimeSeconds"] = v
        if (v := values.get("signature_algorithm", UNSET)) is not UNSET:
            d["signatureAlgorithm"] = v
        if (v := values.get("slo", UNSET)) is not UNSET:
            d["slo"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("sp_certificate", UNSET)) is not UNSET:
            d["spCertificate"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("sp_issuer", UNSET)) is not UNSET:
            d["spIssuer"] = v
        if (v := values.get("sso_acs_url", UNSET)) is not UNSET:
            d["ssoAcsUrl"] = v
        if (v := values.get("sso_acs_url_override", UNSET)) is not UNSET:
            d["ssoAcsUrlOverride"] = v
        if (v := values.get("subject_name_id_format", UNSET)) is not UNSET:
            d["subjectNameIdFormat"] = v
        if (v := values.get("subject_name_id_template", UNSET)) is not UNSET:
            d["subjectNameIdTemplate"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("allowMultipleAcsEndpoints", UNSET)) is not UNSET:
            obj.allow_multiple_acs_endpoints = v
        if (v := d.pop("assertionSigned", UNSET)) is not UNSET:
            obj.assertion_signed = v
        if (v := d.pop("honorForceAuthn", UNSET)) is not UNSET:
            obj.honor_force_authn = v
        if (v := d.pop("requestCompressed", UNSET)) is not UNSET:
            obj.request_compressed = v
        if (v := d.pop("responseSigned", UNSET)) is not UNSET:
            obj.response_signed = v
        if (v := d.pop("acsEndpoints", UNSET)) is not UNSET:
            obj.acs_endpoints = _parse_acs_endpoints(v, False)
        if (v := d.pop("assertionEncryption", UNSET)) is not UNSET:
            obj.assertion_encryption = _parse_assertion_encryption(v, False)
        if (v := d.pop("attributeStatements", UNSET)) is not UNSET:
            obj.attribute_statements = _parse_attribute_statements(v, False)
        if (v := d.pop("audience", UNSET)) is not UNSET:
            obj.audience = v
        if (v := d.pop("audienceOverride", UNSET)) is not UNSET:
            obj.audience_override = v
        if (v := d.pop("authnContextClassRef", UNSET)) is not UNSET:
            obj.authn_context_class_ref = _parse_authn_context_class_ref(v, False)
        if (v := d.pop("configuredAttributeStatements", UNSET)) is not UNSET:
            obj.configured_attribute_statements = _parse_configured_attribute_statements(v, False)
        if (v := d.pop("defaultRelayState", UNSET)) is not UNSET:
            obj.default_relay_state = v
        if (v := d.pop("destination", UNSET)) is not UNSET:
            obj.destination = v
        if (v := d.pop("destinationOverride", UNSET)) is not UNSET:
            obj.destination_override = v
        if (v := d.pop("digestAlgorithm", UNSET)) is not UNSET:
            obj.digest_algorithm = _parse_digest_algorithm(v, False)
        if (v := d.pop("idpIssuer", UNSET)) is not UNSET:
            obj.idp_issuer = v
        if (v := d.pop("inlineHooks", UNSET)) is not UNSET:
            obj.inline_hooks = _parse_inline_hooks(v, False)
        if (v := d.pop("participateSlo", UNSET)) is not UNSET:
            obj.participate_slo = _parse_participate_slo(v, False)
        if (v := d.pop("recipient", UNSET)) is not UNSET:
            obj.recipient = v
        if (v := d.pop("recipientOverride", UNSET)) is not UNSET:
            obj.recipient_override = v
        if (v := d.pop("samlAssertionLifetimeSeconds", UNSET)) is not UNSET:
            obj.saml_assertion_lifetime_seconds = v
        if (v := d.pop("signatureAlgorithm", UNSET)) is not UNSET:
            obj.signature_algorithm = _parse_signature_algorithm(v, False)
        if (v := d.pop("slo", UNSET)) is not UNSET:
            obj.slo = _parse_slo(v, False)
        if (v := d.pop("spCertificate", UNSET)) is not UNSET:
            obj.sp_certificate = _parse_sp_certificate(v, False)
        if (v := d.pop("spIssuer", UNSET)) is not UNSET:
            obj.sp_issuer = v
        if (v := d.pop("ssoAcsUrl", UNSET)) is not UNSET:
            obj.sso_acs_url = v
        if (v := d.pop("ssoAcsUrlOverride", UNSET)) is not UNSET:
            obj.sso_acs_url_override = v
        if (v := d.pop("subjectNameIdFormat", UNSET)) is not UNSET:
            obj.subject_name_id_format = _parse_subject_name_id_format(v, False)
        if (v := d.pop("subjectNameIdTemplate", UNSET)) is not UNSET:
            obj.subject_name_id_template = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
