from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .ws_federation_application_settings_application_group_value_format import (
    WsFederationApplicationSettingsApplicationGroupValueFormat,
)
from .ws_federation_application_settings_application_username_attribute import (
    WsFederationApplicationSettingsApplicationUsernameAttribute,
)

if TYPE_CHECKING:
    from typing import Self


_parse_group_value_format = _convert.enum_parser(WsFederationApplicationSettingsApplicationGroupValueFormat)

_parse_username_attribute = _convert.enum_parser(WsFederationApplicationSettingsApplicationUsernameAttribute)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "audience_restriction": ("audienceRestriction", None),
        "authn_context_class_ref": ("authnContextClassRef", None),
        "group_value_format": ("groupValueFormat", _parse_group_value_format),
        "name_id_format": ("nameIDFormat", None),
        "site_url": ("siteURL", None),
        "username_attribute": ("usernameAttribute", _parse_username_attribute),
        "w_reply_url": ("wReplyURL", None),
        "attribute_statements": ("attributeStatements", None),
        "group_filter": ("groupFilter", None),
        "group_name": ("groupName", None),
        "realm": ("realm", None),
        "w_reply_override": ("wReplyOverride", None),
    }

    audience_restriction: str | None = _attrs_field(init=False)
    authn_context_class_ref: str | None = _attrs_field(init=False)
    group_value_format: WsFederationApplicationSettingsApplicationGroupValueFormat | None = _attrs_field(init=False)
    name_id_format: str | None = _attrs_field(init=False)
    site_url: str | None = _attrs_field(init=False)
    username_attribute: WsFederationApplicationSettingsApplicationUsernameAttribute | None = _attrs_field(init=False)
    w_reply_url: str | None = _attrs_field(init=False)
    attribute_statements: str | None = _attrs_field(init=False)
    group_filter: str | None = _attrs_field(init=False)
    group_name: str | None = _attrs_field(init=False)
    realm: str | None = _attrs_field(init=False)
    w_reply_override: bool | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        audience_restriction: str | None | Unset,
        authn_context_class_ref: str | None | Unset,
        group_value_format: WsFederationApplicationSettingsApplicationGroupValueFormat | None | Unset,
        name_id_format: str | None | Unset,
        site_url: str | None | Unset,
        username_attribute: WsFederationApplicationSettingsApplicationUsernameAttribute | None | Unset,
        w_reply_url: str | None | Unset,
        attribute_statements: str | None | Unset = UNSET,
        group_filter: str | None | Unset = UNSET,
        group_name: str | None | Unset = UNSET,
        realm: str | None | Unset = UNSET,
        w_reply_override: bool | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if audience_restriction is not UNSET:
            _set_field(self, "audience_restriction", audience_restriction)
        if authn_context_class_ref is not UNSET:
            _set_field(self, "authn_context_class_ref", authn_context_class_ref)
        if group_value_format is not UNSET:
            _set_field(self, "group_value_format", group_value_format)
        if name_id_format is not UNSET:
            _set_field(self, "name_id_format", name_id_format)
        if site_url is not UNSET:
            _set_field(self, "site_url", site_url)
        if username_attribute is not UNSET:
            _set_field(self, "username_attribute", username_attribute)
        if w_reply_url is not UNSET:
            _set_field(self, "w_reply_url", w_reply_url)
        if attribute_statements is not UNSET:
            _set_field(self, "attribute_statements", attribute_statements)
        if group_filter is not UNSET:
            _set_field(self, "group_filter", group_filter)
        if group_name is not UNSET:
            _set_field(self, "group_name", group_name)
        if realm is not UNSET:
            _set_field(self, "realm", realm)
        if w_reply_override is not UNSET:
            _set_field(self, "w_reply_override", w_reply_override)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("audience_restriction", UNSET)) is not UNSET:
            d["audienceRestriction"] = v
        if (v := values.get("authn_context_class_ref", UNSET)) is not UNSET:
            d["authnContextClassRef"] = v
        if (v := values.get("group_value_format", UNSET)) is not UNSET:
            d["groupValueFormat"] = v
        if (v := values.get("name_id_format", UNSET)) is not UNSET:
            d["nameIDFormat"] = v
        if (v := values.get("site_url", UNSET)) is not UNSET:
            d["siteURL"] = v
        if (v := values.get("username_attribute", UNSET)) is not UNSET:
            d["usernameAttribute"] = v
        if (v := values.get("w_reply_url", UNSET)) is not UNSET:
            d["wReplyURL"] = v
        if (v := values.get("attribute_statements", UNSET)) is not UNSET:
            d["attributeStatements"] = v
        if (v := values.get("group_filter", UNSET)) is not UNSET:
            d["groupFilter"] = v
        if (v := values.get("group_name", UNSET)) is not UNSET:
            d["groupName"] = v
        if (v := values.get("realm", UNSET)) is not UNSET:
            d["realm"] = v
        if (v := values.get("w_reply_override", UNSET)) is not UNSET:
            d["wReplyOverride"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("audienceRestriction", UNSET)) is not UNSET:
            obj.audience_restriction = v
        if (v := d.pop("authnContextClassRef", UNSET)) is not UNSET:
            obj.authn_context_class_ref = v
        if (v := d.pop("groupValueFormat", UNSET)) is not UNSET:
            obj.group_value_format = _parse_group_value_format(v, False)
        if (v := d.pop("nameIDFormat", UNSET)) is not UNSET:
            obj.name_id_format = v
        if (v := d.pop("siteURL", UNSET)) is not UNSET:
            obj.site_url = v
        if (v := d.pop("usernameAttribute", UNSET)) is not UNSET:
            obj.username_attribute = _parse_username_attribute(v, False)
        if (v := d.pop("wReplyURL", UNSET)) is not UNSET:
            obj.w_reply_url = v
        if (v := d.pop("attributeStatements", UNSET)) is not UNSET:
            obj.attribute_statements = v
        if (v := d.pop("groupFilter", UNSET)) is not UNSET:
            obj.group_filter = v
        if (v := d.pop("groupName", UNSET)) is not UNSET:
            obj.group_name = v
        if (v := d.pop("realm", UNSET)) is not UNSET:
            obj.realm = v
        if (v := d.pop("wReplyOverride", UNSET)) is not UNSET:
            obj.w_reply_override = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
