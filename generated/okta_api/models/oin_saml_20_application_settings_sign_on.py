from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import saml_attribute_statement_expression as _saml_attribute_statement_expression
from . import saml_attribute_statement_group as _saml_attribute_statement_group

if TYPE_CHECKING:
    from typing import Self

    from .saml_attribute_statement_expression import SamlAttributeStatementExpression
    from .saml_attribute_statement_group import SamlAttributeStatementGroup


@_attrs_define(kw_only=True)
class OINSaml20ApplicationSettingsSignOn(OktaModel):
    """SAML 2.0 settings

    Contains SAML 2.0 sign-on mode attributes.
    > **Note:** Set `destinationOverride` to configure any other SAML 2.0 attributes in this section.

    Attributes:
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
        audience_override (`audienceOverride`): Audience override for CASB configuration. See [CASB config
            guide](https://help.okta.com/en-us/Content/Topics/Apps/CASB-config-guide.htm).
        default_relay_state (`defaultRelayState`): Identifies a specific application resource in an IdP-initiated SSO scenario
        destination_override (`destinationOverride`): Destination override for CASB configuration. See [CASB config
            guide](https://help.okta.com/en-us/Content/Topics/Apps/CASB-config-guide.htm).
        recipient_override (`recipientOverride`): Recipient override for CASB configuration. See [CASB config
            guide](https://help.okta.com/en-us/Content/Topics/Apps/CASB-config-guide.htm).
        saml_assertion_lifetime_seconds (`samlAssertionLifetimeSeconds`): Determines the SAML app session lifetimes with Okta
        sso_acs_url_override (`ssoAcsUrlOverride`): Assertion Consumer Service (ACS) URL override for CASB configuration. See [CASB config
            guide](https://help.okta.com/en-us/Content/Topics/Apps/CASB-config-guide.htm).
    """

    _json_names: ClassVar[dict[str, str]] = {
        "attributeStatements": "attribute_statements",
        "audienceOverride": "audience_override",
        "defaultRelayState": "default_relay_state",
        "destinationOverride": "destination_override",
        "recipientOverride": "recipient_override",
        "samlAssertionLifetimeSeconds": "saml_assertion_lifetime_seconds",
        "ssoAcsUrlOverride": "sso_acs_url_override",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "attribute_statements": "list:any",
        "audience_override": "str",
        "default_relay_state": "str",
        "destination_override": "str",
        "recipient_override": "str",
        "saml_assertion_lifetime_seconds": "int",
        "sso_acs_url_override": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "attribute_statements": lambda d: _convert.parse_union_list(
            (
                _saml_attribute_statement_expression.SamlAttributeStatementExpression,
                _saml_attribute_statement_group.SamlAttributeStatementGroup,
            ),
            d.get("attributeStatements", UNSET),
        ),
        "audience_override": "audienceOverride",
        "default_relay_state": "defaultRelayState",
        "destination_override": "destinationOverride",
        "recipient_override": "recipientOverride",
        "saml_assertion_lifetime_seconds": "samlAssertionLifetimeSeconds",
        "sso_acs_url_override": "ssoAcsUrlOverride",
        "additional_properties": lambda d: _convert.undeclared(d, OINSaml20ApplicationSettingsSignOn._json_names),
    }

    attribute_statements: list[SamlAttributeStatementExpression | SamlAttributeStatementGroup] | None | Unset = UNSET
    audience_override: str | None | Unset = UNSET
    default_relay_state: str | None | Unset = UNSET
    destination_override: str | None | Unset = UNSET
    recipient_override: str | None | Unset = UNSET
    saml_assertion_lifetime_seconds: int | None | Unset = UNSET
    sso_acs_url_override: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.attribute_statements is not UNSET:
            d["attributeStatements"] = _convert.dump_value(self.attribute_statements, omit_read_only)
        if self.audience_override is not UNSET:
            d["audienceOverride"] = self.audience_override
        if self.default_relay_state is not UNSET:
            d["defaultRelayState"] = self.default_relay_state
        if self.destination_override is not UNSET:
            d["destinationOverride"] = self.destination_override
        if self.recipient_override is not UNSET:
            d["recipientOverride"] = self.recipient_override
        if self.saml_assertion_lifetime_seconds is not UNSET:
            d["samlAssertionLifetimeSeconds"] = self.saml_assertion_lifetime_seconds
        if self.sso_acs_url_override is not UNSET:
            d["ssoAcsUrlOverride"] = self.sso_acs_url_override
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.attribute_statements = _convert.parse_union_list(
            (
                _saml_attribute_statement_expression.SamlAttributeStatementExpression,
                _saml_attribute_statement_group.SamlAttributeStatementGroup,
            ),
            d.pop("attributeStatements", UNSET),
        )
        obj.audience_override = d.pop("audienceOverride", UNSET)
        obj.default_relay_state = d.pop("defaultRelayState", UNSET)
        obj.destination_override = d.pop("destinationOverride", UNSET)
        obj.recipient_override = d.pop("recipientOverride", UNSET)
        obj.saml_assertion_lifetime_seconds = d.pop("samlAssertionLifetimeSeconds", UNSET)
        obj.sso_acs_url_override = d.pop("ssoAcsUrlOverride", UNSET)
        obj.additional_properties = d
        return obj
