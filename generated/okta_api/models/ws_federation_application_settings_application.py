from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .ws_federation_application_settings_application_group_value_format import (
    WsFederationApplicationSettingsApplicationGroupValueFormat,
)
from .ws_federation_application_settings_application_username_attribute import (
    WsFederationApplicationSettingsApplicationUsernameAttribute,
)

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class WsFederationApplicationSettingsApplication(OktaModel):
    """An Okta `WsFederationApplicationSettingsApplication`.

    Attributes:
        audience_restriction (`audienceRestriction`): The entity ID of the SP. Use the entity ID value exactly as provided by the SP.
        authn_context_class_ref (`authnContextClassRef`): Identifies the SAML authentication context class for the assertion's authentication
            statement
        group_value_format (`groupValueFormat`): Specifies the WS-Fed assertion attribute value for filtered groups. This attribute is only
            applied to Active Directory groups.
        name_id_format (`nameIDFormat`): The username format that you send in the WS-Fed response
        site_url (`siteURL`): Launch URL for the web app
        username_attribute (`usernameAttribute`): Specifies additional username attribute statements to include in the WS-Fed assertion
        w_reply_url (`wReplyURL`): The WS-Fed SP endpoint where your users sign in
        attribute_statements (`attributeStatements`): You can federate user attributes such as Okta profile fields, LDAP, Active Directory, and
            Workday values. The SP uses the federated WS-Fed attribute values accordingly.
        group_filter (`groupFilter`): A regular expression that filters for the User Groups you want included with the
            `groupName` attribute. If the matching User Group has a corresponding AD group, then the
            attribute statement includes the value of the attribute specified by `groupValueFormat`.
            If the matching User Group doesn't contain a corresponding AD group, then the `groupName`
            is used in the attribute statement.
        group_name (`groupName`): The group name to include in the WS-Fed response attribute statement. This property is
            used in conjunction with the `groupFilter` property.  Groups that are filtered through the
            `groupFilter` expression are included with the `groupName` in the attribute statement. Any
            users that belong to the group you've filtered are included in the WS-Fed response
            attribute statement.
        realm: The uniform resource identifier (URI) of the WS-Fed app that's used to share resources
            securely within a domain. It's the identity that's sent to the Okta IdP when signing in.
            See [Realm
            name](https://help.okta.com/okta_help.htm?type=oie&id=ext_Apps_Configure_Okta_Template_WS_Federation#Realm).
        w_reply_override (`wReplyOverride`): Enables a web app to override the `wReplyURL` URL with a reply parameter.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "audienceRestriction": "audience_restriction",
        "authnContextClassRef": "authn_context_class_ref",
        "groupValueFormat": "group_value_format",
        "nameIDFormat": "name_id_format",
        "siteURL": "site_url",
        "usernameAttribute": "username_attribute",
        "wReplyURL": "w_reply_url",
        "attributeStatements": "attribute_statements",
        "groupFilter": "group_filter",
        "groupName": "group_name",
        "realm": "realm",
        "wReplyOverride": "w_reply_override",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "audience_restriction": "str",
        "authn_context_class_ref": "str",
        "group_value_format": "enum",
        "name_id_format": "str",
        "site_url": "str",
        "username_attribute": "enum",
        "w_reply_url": "str",
        "attribute_statements": "str",
        "group_filter": "str",
        "group_name": "str",
        "realm": "str",
        "w_reply_override": "bool",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "audience_restriction": "audienceRestriction",
        "authn_context_class_ref": "authnContextClassRef",
        "group_value_format": lambda d: (
            _convert.parse_enum(WsFederationApplicationSettingsApplicationGroupValueFormat, v)
            if (v := d.get("groupValueFormat", UNSET)).__class__ is str
            else v
        ),
        "name_id_format": "nameIDFormat",
        "site_url": "siteURL",
        "username_attribute": lambda d: (
            _convert.parse_enum(WsFederationApplicationSettingsApplicationUsernameAttribute, v)
            if (v := d.get("usernameAttribute", UNSET)).__class__ is str
            else v
        ),
        "w_reply_url": "wReplyURL",
        "attribute_statements": "attributeStatements",
        "group_filter": "groupFilter",
        "group_name": "groupName",
        "realm": "realm",
        "w_reply_override": "wReplyOverride",
        "additional_properties": lambda d: _convert.undeclared(
            d, WsFederationApplicationSettingsApplication._json_names
        ),
    }

    audience_restriction: str | None | Unset
    authn_context_class_ref: str | None | Unset
    group_value_format: WsFederationApplicationSettingsApplicationGroupValueFormat | None | Unset
    name_id_format: str | None | Unset
    site_url: str | None | Unset
    username_attribute: WsFederationApplicationSettingsApplicationUsernameAttribute | None | Unset
    w_reply_url: str | None | Unset
    attribute_statements: str | None | Unset = UNSET
    group_filter: str | None | Unset = UNSET
    group_name: str | None | Unset = UNSET
    realm: str | None | Unset = UNSET
    w_reply_override: bool | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.audience_restriction is not UNSET:
            d["audienceRestriction"] = self.audience_restriction
        if self.authn_context_class_ref is not UNSET:
            d["authnContextClassRef"] = self.authn_context_class_ref
        if self.group_value_format is not UNSET:
            d["groupValueFormat"] = self.group_value_format
        if self.name_id_format is not UNSET:
            d["nameIDFormat"] = self.name_id_format
        if self.site_url is not UNSET:
            d["siteURL"] = self.site_url
        if self.username_attribute is not UNSET:
            d["usernameAttribute"] = self.username_attribute
        if self.w_reply_url is not UNSET:
            d["wReplyURL"] = self.w_reply_url
        if self.attribute_statements is not UNSET:
            d["attributeStatements"] = self.attribute_statements
        if self.group_filter is not UNSET:
            d["groupFilter"] = self.group_filter
        if self.group_name is not UNSET:
            d["groupName"] = self.group_name
        if self.realm is not UNSET:
            d["realm"] = self.realm
        if self.w_reply_override is not UNSET:
            d["wReplyOverride"] = self.w_reply_override
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.audience_restriction = d.pop("audienceRestriction", UNSET)
        obj.authn_context_class_ref = d.pop("authnContextClassRef", UNSET)
        obj.group_value_format = (
            _convert.parse_enum(WsFederationApplicationSettingsApplicationGroupValueFormat, v)
            if (v := d.pop("groupValueFormat", UNSET)).__class__ is str
            else v
        )
        obj.name_id_format = d.pop("nameIDFormat", UNSET)
        obj.site_url = d.pop("siteURL", UNSET)
        obj.username_attribute = (
            _convert.parse_enum(WsFederationApplicationSettingsApplicationUsernameAttribute, v)
            if (v := d.pop("usernameAttribute", UNSET)).__class__ is str
            else v
        )
        obj.w_reply_url = d.pop("wReplyURL", UNSET)
        obj.attribute_statements = d.pop("attributeStatements", UNSET)
        obj.group_filter = d.pop("groupFilter", UNSET)
        obj.group_name = d.pop("groupName", UNSET)
        obj.realm = d.pop("realm", UNSET)
        obj.w_reply_override = d.pop("wReplyOverride", UNSET)
        obj.additional_properties = d
        return obj
