from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
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


@_attrs_define(kw_only=True)
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
        "allow_multiple_acs_endpoints": "allowMultipleAcsEndpoints",
        "assertion_signed": "assertionSigned",
        "honor_force_authn": "honorForceAuthn",
        "request_compressed": "requestCompressed",
        "response_signed": "responseSigned",
        "acs_endpoints": lambda d: _convert.parse_model_list(
            _acs_endpoint.AcsEndpoint.from_json, d.get("acsEndpoints", UNSET)
        ),
        "assertion_encryption": lambda d: (
            _saml_assertion_encryption.SamlAssertionEncryption.from_json(v)
            if (v := d.get("assertionEncryption", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_saml_assertion_encryption.SamlAssertionEncryption, v)
        ),
        "attribute_statements": lambda d: _convert.parse_union_list(
            (
                _saml_attribute_statement_expression.SamlAttributeStatementExpression,
                _saml_attribute_statement_group.SamlAttributeStatementGroup,
            ),
            d.get("attributeStatements", UNSET),
        ),
        "audience": "audience",
        "audience_override": "audienceOverride",
        "authn_context_class_ref": lambda d: (
            _convert.parse_enum(SamlApplicationSettingsSignOnAuthnContextClassRef, v)
            if (v := d.get("authnContextClassRef", UNSET)).__class__ is str
            else v
        ),
        "configured_attribute_statements": lambda d: _convert.parse_union_list(
            (
                _saml_attribute_statement_expression.SamlAttributeStatementExpression,
                _saml_attribute_statement_group.SamlAttributeStatementGroup,
            ),
            d.get("configuredAttributeStatements", UNSET),
        ),
        "default_relay_state": "defaultRelayState",
        "destination": "destination",
        "destination_override": "destinationOverride",
        "digest_algorithm": lambda d: (
            _convert.parse_enum(SamlApplicationSettingsSignOnDigestAlgorithm, v)
            if (v := d.get("digestAlgorithm", UNSET)).__class__ is str
            else v
        ),
        "idp_issuer": "idpIssuer",
        "inline_hooks": lambda d: _convert.parse_model_list(
            _sign_on_inline_hook.SignOnInlineHook.from_json, d.get("inlineHooks", UNSET)
        ),
        "participate_slo": lambda d: (
            _slo_participate.SloParticipate.from_json(v)
            if (v := d.get("participateSlo", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_slo_participate.SloParticipate, v)
        ),
        "recipient": "recipient",
        "recipient_override": "recipientOverride",
        "saml_assertion_lifetime_seconds": "samlAssertionLifetimeSeconds",
        "signature_algorithm": lambda d: (
            _convert.parse_enum(SamlApplicationSettingsSignOnSignatureAlgorithm, v)
            if (v := d.get("signatureAlgorithm", UNSET)).__class__ is str
            else v
        ),
        "slo": lambda d: (
            _single_logout.SingleLogout.from_json(v)
            if (v := d.get("slo", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_single_logout.SingleLogout, v)
        ),
        "sp_certificate": lambda d: (
            _saml_sp_certificate.SamlSpCertificate.from_json(v)
            if (v := d.get("spCertificate", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_saml_sp_certificate.SamlSpCertificate, v)
        ),
        "sp_issuer": "spIssuer",
        "sso_acs_url": "ssoAcsUrl",
        "sso_acs_url_override": "ssoAcsUrlOverride",
        "subject_name_id_format": lambda d: (
            _convert.parse_enum(SamlApplicationSettingsSignOnSubjectNameIdFormat, v)
            if (v := d.get("subjectNameIdFormat", UNSET)).__class__ is str
            else v
        ),
        "subject_name_id_template": "subjectNameIdTemplate",
        "additional_properties": lambda d: _convert.undeclared(d, SamlApplicationSettingsSignOn._json_names),
    }

    allow_multiple_acs_endpoints: bool | None | Unset
    assertion_signed: bool | None | Unset
    honor_force_authn: bool | None | Unset
    request_compressed: bool | None | Unset
    response_signed: bool | None | Unset
    acs_endpoints: list[AcsEndpoint] | None | Unset = UNSET
    assertion_encryption: SamlAssertionEncryption | None | Unset = UNSET
    attribute_statements: list[SamlAttributeStatementExpression | SamlAttributeStatementGroup] | None | Unset = UNSET
    audience: str | None | Unset = UNSET
    audience_override: str | None | Unset = UNSET
    authn_context_class_ref: SamlApplicationSettingsSignOnAuthnContextClassRef | None | Unset = UNSET
    configured_attribute_statements: (
        list[SamlAttributeStatementExpression | SamlAttributeStatementGroup] | None | Unset
    ) = UNSET
    default_relay_state: str | None | Unset = UNSET
    destination: str | None | Unset = UNSET
    destination_override: str | None | Unset = UNSET
    digest_algorithm: SamlApplicationSettingsSignOnDigestAlgorithm | None | Unset = UNSET
    idp_issuer: str | None | Unset = UNSET
    inline_hooks: list[SignOnInlineHook] | None | Unset = UNSET
    participate_slo: SloParticipate | None | Unset = UNSET
    recipient: str | None | Unset = UNSET
    recipient_override: str | None | Unset = UNSET
    saml_assertion_lifetime_seconds: int | None | Unset = UNSET
    signature_algorithm: SamlApplicationSettingsSignOnSignatureAlgorithm | None | Unset = UNSET
    slo: SingleLogout | None | Unset = UNSET
    sp_certificate: SamlSpCertificate | None | Unset = UNSET
    sp_issuer: str | None | Unset = UNSET
    sso_acs_url: str | None | Unset = UNSET
    sso_acs_url_override: str | None | Unset = UNSET
    subject_name_id_format: SamlApplicationSettingsSignOnSubjectNameIdFormat | None | Unset = UNSET
    subject_name_id_template: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.allow_multiple_acs_endpoints is not UNSET:
            d["allowMultipleAcsEndpoints"] = self.allow_multiple_acs_endpoints
        if self.assertion_signed is not UNSET:
            d["assertionSigned"] = self.assertion_signed
        if self.honor_force_authn is not UNSET:
            d["honorForceAuthn"] = self.honor_force_authn
        if self.request_compressed is not UNSET:
            d["requestCompressed"] = self.request_compressed
        if self.response_signed is not UNSET:
            d["responseSigned"] = self.response_signed
        if self.acs_endpoints is not UNSET:
            d["acsEndpoints"] = _convert.dump_model_list(self.acs_endpoints, omit_read_only)
        if self.assertion_encryption is not UNSET:
            d["assertionEncryption"] = _convert.dump_model(self.assertion_encryption, omit_read_only)
        if self.attribute_statements is not UNSET:
            d["attributeStatements"] = _convert.dump_value(self.attribute_statements, omit_read_only)
        if self.audience is not UNSET:
            d["audience"] = self.audience
        if self.audience_override is not UNSET:
            d["audienceOverride"] = self.audience_override
        if self.authn_context_class_ref is not UNSET:
            d["authnContextClassRef"] = self.authn_context_class_ref
        if self.configured_attribute_statements is not UNSET:
            d["configuredAttributeStatements"] = _convert.dump_value(
                self.configured_attribute_statements, omit_read_only
            )
        if self.default_relay_state is not UNSET:
            d["defaultRelayState"] = self.default_relay_state
        if self.destination is not UNSET:
            d["destination"] = self.destination
        if self.destination_override is not UNSET:
            d["destinationOverride"] = self.destination_override
        if self.digest_algorithm is not UNSET:
            d["digestAlgorithm"] = self.digest_algorithm
        if self.idp_issuer is not UNSET:
            d["idpIssuer"] = self.idp_issuer
        if self.inline_hooks is not UNSET:
            d["inlineHooks"] = _convert.dump_model_list(self.inline_hooks, omit_read_only)
        if self.participate_slo is not UNSET:
            d["participateSlo"] = _convert.dump_model(self.participate_slo, omit_read_only)
        if self.recipient is not UNSET:
            d["recipient"] = self.recipient
        if self.recipient_override is not UNSET:
            d["recipientOverride"] = self.recipient_override
        if self.saml_assertion_lifetime_seconds is not UNSET:
            d["samlAssertionLifetimeSeconds"] = self.saml_assertion_lifetime_seconds
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
        obj.allow_multiple_acs_endpoints = d.pop("allowMultipleAcsEndpoints", UNSET)
        obj.assertion_signed = d.pop("assertionSigned", UNSET)
        obj.honor_force_authn = d.pop("honorForceAuthn", UNSET)
        obj.request_compressed = d.pop("requestCompressed", UNSET)
        obj.response_signed = d.pop("responseSigned", UNSET)
        obj.acs_endpoints = _convert.parse_model_list(_acs_endpoint.AcsEndpoint.from_dict, d.pop("acsEndpoints", UNSET))
        obj.assertion_encryption = (
            _saml_assertion_encryption.SamlAssertionEncryption.from_dict(v)
            if (v := d.pop("assertionEncryption", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_saml_assertion_encryption.SamlAssertionEncryption, v)
        )
        obj.attribute_statements = _convert.parse_union_list(
            (
                _saml_attribute_statement_expression.SamlAttributeStatementExpression,
                _saml_attribute_statement_group.SamlAttributeStatementGroup,
            ),
            d.pop("attributeStatements", UNSET),
        )
        obj.audience = d.pop("audience", UNSET)
        obj.audience_override = d.pop("audienceOverride", UNSET)
        obj.authn_context_class_ref = (
            _convert.parse_enum(SamlApplicationSettingsSignOnAuthnContextClassRef, v)
            if (v := d.pop("authnContextClassRef", UNSET)).__class__ is str
            else v
        )
        obj.configured_attribute_statements = _convert.parse_union_list(
            (
                _saml_attribute_statement_expression.SamlAttributeStatementExpression,
                _saml_attribute_statement_group.SamlAttributeStatementGroup,
            ),
            d.pop("configuredAttributeStatements", UNSET),
        )
        obj.default_relay_state = d.pop("defaultRelayState", UNSET)
        obj.destination = d.pop("destination", UNSET)
        obj.destination_override = d.pop("destinationOverride", UNSET)
        obj.digest_algorithm = (
            _convert.parse_enum(SamlApplicationSettingsSignOnDigestAlgorithm, v)
            if (v := d.pop("digestAlgorithm", UNSET)).__class__ is str
            else v
        )
        obj.idp_issuer = d.pop("idpIssuer", UNSET)
        obj.inline_hooks = _convert.parse_model_list(
            _sign_on_inline_hook.SignOnInlineHook.from_dict, d.pop("inlineHooks", UNSET)
        )
        obj.participate_slo = (
            _slo_participate.SloParticipate.from_dict(v)
            if (v := d.pop("participateSlo", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_slo_participate.SloParticipate, v)
        )
        obj.recipient = d.pop("recipient", UNSET)
        obj.recipient_override = d.pop("recipientOverride", UNSET)
        obj.saml_assertion_lifetime_seconds = d.pop("samlAssertionLifetimeSeconds", UNSET)
        obj.signature_algorithm = (
            _convert.parse_enum(SamlApplicationSettingsSignOnSignatureAlgorithm, v)
            if (v := d.pop("signatureAlgorithm", UNSET)).__class__ is str
            else v
        )
        obj.slo = (
            _single_logout.SingleLogout.from_dict(v)
            if (v := d.pop("slo", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_single_logout.SingleLogout, v)
        )
        obj.sp_certificate = (
            _saml_sp_certificate.SamlSpCertificate.from_dict(v)
            if (v := d.pop("spCertificate", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_saml_sp_certificate.SamlSpCertificate, v)
        )
        obj.sp_issuer = d.pop("spIssuer", UNSET)
        obj.sso_acs_url = d.pop("ssoAcsUrl", UNSET)
        obj.sso_acs_url_override = d.pop("ssoAcsUrlOverride", UNSET)
        obj.subject_name_id_format = (
            _convert.parse_enum(SamlApplicationSettingsSignOnSubjectNameIdFormat, v)
            if (v := d.pop("subjectNameIdFormat", UNSET)).__class__ is str
            else v
        )
        obj.subject_name_id_template = d.pop("subjectNameIdTemplate", UNSET)
        obj.additional_properties = d
        return obj
