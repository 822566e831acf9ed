from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import saml_attribute_statement_expression as _saml_attribute_statement_expression
from . import saml_attribute_statement_group as _saml_attribute_statement_group

if TYPE_CHECKING:
    from typing import Self

    from .saml_attribute_statement_expression import SamlAttributeStatementExpression
    from .saml_attribute_statement_group import SamlAttributeStatementGroup


def _parse_attribute_statements(v: Any, lazy: bool) -> Any:
    return _convert.parse_union_list(
        (
            _saml_attribute_statement_expression.SamlAttributeStatementExpression,
            _saml_attribute_statement_group.SamlAttributeStatementGroup,
        ),
        v,
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "attribute_statements": ("attributeStatements", _parse_attribute_statements),
        "audience_override": ("audienceOverride", None),
        "default_relay_state": ("defaultRelayState", None),
        "destination_override": ("destinationOverride", None),
        "recipient_override": ("recipientOverride", None),
        "saml_assertion_lifetime_seconds": ("samlAssertionLifetimeSeconds", None),
        "sso_acs_url_override": ("ssoAcsUrlOverride", None),
    }

    attribute_statements: list[SamlAttributeStatementExpression | SamlAttributeStatementGroup] | None = _attrs_field(
        init=False
    )
    audience_override: str | None = _attrs_field(init=False)
    default_relay_state: str | None = _attrs_field(init=False)
    destination_override: str | None = _attrs_field(init=False)
    recipient_override: str | None = _attrs_field(init=False)
    saml_assertion_lifetime_seconds: int | None = _attrs_field(init=False)
    sso_acs_url_override: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        attribute_statements: list[SamlAttributeStatementExpression | SamlAttributeStatementGroup]
        | None
        | Unset = UNSET,
        audience_override: str | None | Unset = UNSET,
        default_relay_state: str | None | Unset = UNSET,
        destination_override: str | None | Unset = UNSET,
        recipient_override: str | None | Unset = UNSET,
        saml_assertion_lifetime_seconds: int | None | Unset = UNSET,
        sso_acs_url_override: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if attribute_statements is not UNSET:
            _set_field(self, "attribute_statements", attribute_statements)
        if audience_override is not UNSET:
            _set_field(self, "audience_override", audience_override)
        if default_relay_state is not UNSET:
            _set_field(self, "default_relay_state", default_relay_state)
        if destination_override is not UNSET:
            _set_field(self, "destination_override", destination_override)
        if recipient_override is not UNSET:
            _set_field(self, "recipient_override", recipient_override)
        if saml_assertion_lifetime_seconds is not UNSET:
            _set_field(self, "saml_assertion_lifetime_seconds", saml_assertion_lifetime_seconds)
        if sso_acs_url_override is not UNSET:
            _set_field(self, "sso_acs_url_override", sso_acs_url_override)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("attribute_statements", UNSET)) is not UNSET:
            d["attributeStatements"] = _convert.dump_value(v, omit_read_only)
        if (v := values.get("audience_override", UNSET)) is not UNSET:
            d["audienceOverride"] = v
        if (v := values.get("default_relay_state", UNSET)) is not UNSET:
            d["defaultRelayState"] = v
        if (v := values.get("destination_override", UNSET)) is not UNSET:
            d["destinationOverride"] = v
        if (v := values.get("recipient_override", UNSET)) is not UNSET:
            d["recipientOverride"] = v
        if (v := values.get("saml_assertion_lifetime_seconds", UNSET)) is not UNSET:
            d["samlAssertionLifetimeSeconds"] = v
        if (v := values.get("sso_acs_url_override", UNSET)) is not UNSET:
            d["ssoAcsUrlOverride"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("attributeStatements", UNSET)) is not UNSET:
            obj.attribute_statements = _parse_attribute_statements(v, False)
        if (v := d.pop("audienceOverride", UNSET)) is not UNSET:
            obj.audience_override = v
        if (v := d.pop("defaultRelayState", UNSET)) is not UNSET:
            obj.default_relay_state = v
        if (v := d.pop("destinationOverride", UNSET)) is not UNSET:
            obj.destination_override = v
        if (v := d.pop("recipientOverride", UNSET)) is not UNSET:
            obj.recipient_override = v
        if (v := d.pop("samlAssertionLifetimeSeconds", UNSET)) is not UNSET:
            obj.saml_assertion_lifetime_seconds = v
        if (v := d.pop("ssoAcsUrlOverride", UNSET)) is not UNSET:
            obj.sso_acs_url_override = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
