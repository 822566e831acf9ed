from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from .application_settings_application import ApplicationSettingsApplication

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class WsFederationApplicationSettingsApplication(ApplicationSettingsApplication):
    """An Okta `WsFederationApplicationSettingsApplication`.

    Attributes:
        acs_url (`acsUrl`): str
        button_field (`buttonField`): str
        login_url_regex (`loginUrlRegex`): str
        org_name (`orgName`): str
        password_field (`passwordField`): str
        url: str
        username_field (`usernameField`): str
        attribute_statements (`attributeStatements`): str
        audience_restriction (`audienceRestriction`): str
        authn_context_class_ref (`authnContextClassRef`): str
        group_filter (`groupFilter`): str
        group_name (`groupName`): str
        group_value_format (`groupValueFormat`): str
        name_id_format (`nameIDFormat`): str
        realm: str
        site_url (`siteURL`): str
        username_attribute (`usernameAttribute`): str
        w_reply_override (`wReplyOverride`): bool
        w_reply_url (`wReplyURL`): str
    """

    _json_names: ClassVar[dict[str, str]] = {
        "acsUrl": "acs_url",
        "buttonField": "button_field",
        "loginUrlRegex": "login_url_regex",
        "orgName": "org_name",
        "passwordField": "password_field",
        "url": "url",
        "usernameField": "username_field",
        "attributeStatements": "attribute_statements",
        "audienceRestriction": "audience_restriction",
        "authnContextClassRef": "authn_context_class_ref",
        "groupFilter": "group_filter",
        "groupName": "group_name",
        "groupValueFormat": "group_value_format",
        "nameIDFormat": "name_id_format",
        "realm": "realm",
        "siteURL": "site_url",
        "usernameAttribute": "username_attribute",
        "wReplyOverride": "w_reply_override",
        "wReplyURL": "w_reply_url",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "acs_url": "str",
        "button_field": "str",
        "login_url_regex": "str",
        "org_name": "str",
        "password_field": "str",
        "url": "str",
        "username_field": "str",
        "attribute_statements": "str",
        "audience_restriction": "str",
        "authn_context_class_ref": "str",
        "group_filter": "str",
        "group_name": "str",
        "group_value_format": "str",
        "name_id_format": "str",
        "realm": "str",
        "site_url": "str",
        "username_attribute": "str",
        "w_reply_override": "bool",
        "w_reply_url": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "acs_url": "acsUrl",
        "button_field": "buttonField",
        "login_url_regex": "loginUrlRegex",
        "org_name": "orgName",
        "password_field": "passwordField",
        "url": "url",
        "username_field": "usernameField",
        "attribute_statements": "attributeStatements",
        "audience_restriction": "audienceRestriction",
        "authn_context_class_ref": "authnContextClassRef",
        "group_filter": "groupFilter",
        "group_name": "groupName",
        "group_value_format": "groupValueFormat",
        "name_id_format": "nameIDFormat",
        "realm": "realm",
        "site_url": "siteURL",
        "username_attribute": "usernameAttribute",
        "w_reply_override": "wReplyOverride",
        "w_reply_url": "wReplyURL",
        "additional_properties": lambda d: _convert.undeclared(
            d, WsFederationApplicationSettingsApplication._json_names
        ),
    }

    acs_url: str | None | Unset = UNSET
    button_field: str | None | Unset = UNSET
    login_url_regex: str | None | Unset = UNSET
    org_name: str | None | Unset = UNSET
    password_field: str | None | Unset = UNSET
    url: str | None | Unset = UNSET
    username_field: str | None | Unset = UNSET
    attribute_statements: str | None | Unset = UNSET
    audience_restriction: str | None | Unset = UNSET
    authn_context_class_ref: str | None | Unset = UNSET
    group_filter: str | None | Unset = UNSET
    group_name: str | None | Unset = UNSET
    group_value_format: str | None | Unset = UNSET
    name_id_format: str | None | Unset = UNSET
    realm: str | None | Unset = UNSET
    site_url: str | None | Unset = UNSET
    username_attribute: str | None | Unset = UNSET
    w_reply_override: bool | None | Unset = UNSET
    w_reply_url: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.acs_url is not UNSET:
            d["acsUrl"] = self.acs_url
        if self.button_field is not UNSET:
            d["buttonField"] = self.button_field
        if self.login_url_regex is not UNSET:
            d["loginUrlRegex"] = self.login_url_regex
        if self.org_name is not UNSET:
            d["orgName"] = self.org_name
        if self.password_field is not UNSET:
            d["passwordField"] = self.password_field
        if self.url is not UNSET:
            d["url"] = self.url
        if self.username_field is not UNSET:
            d["usernameField"] = self.username_field
        if self.attribute_statements is not UNSET:
            d["attributeStatements"] = self.attribute_statements
        if self.audience_restriction is not UNSET:
            d["audienceRestriction"] = self.audience_restriction
        if self.authn_context_class_ref is not UNSET:
            d["authnContextClassRef"] = self.authn_context_class_ref
        if self.group_filter is not UNSET:
            d["groupFilter"] = self.group_filter
        if self.group_name is not UNSET:
            d["groupName"] = self.group_name
        if self.group_value_format is not UNSET:
            d["groupValueFormat"] = self.group_value_format
        if self.name_id_format is not UNSET:
            d["nameIDFormat"] = self.name_id_format
        if self.realm is not UNSET:
            d["realm"] = self.realm
        if self.site_url is not UNSET:
            d["siteURL"] = self.site_url
        if self.username_attribute is not UNSET:
            d["usernameAttribute"] = self.username_attribute
        if self.w_reply_override is not UNSET:
            d["wReplyOverride"] = self.w_reply_override
        if self.w_reply_url is not UNSET:
            d["wReplyURL"] = self.w_reply_url
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.acs_url = d.pop("acsUrl", UNSET)
        obj.button_field = d.pop("buttonField", UNSET)
        obj.login_url_regex = d.pop("loginUrlRegex", UNSET)
        obj.org_name = d.pop("orgName", UNSET)
        obj.password_field = d.pop("passwordField", UNSET)
        obj.url = d.pop("url", UNSET)
        obj.username_field = d.pop("usernameField", UNSET)
        obj.attribute_statements = d.pop("attributeStatements", UNSET)
        obj.audience_restriction = d.pop("audienceRestriction", UNSET)
        obj.authn_context_class_ref = d.pop("authnContextClassRef", UNSET)
        obj.group_filter = d.pop("groupFilter", UNSET)
        obj.group_name = d.pop("groupName", UNSET)
        obj.group_value_format = d.pop("groupValueFormat", UNSET)
        obj.name_id_format = d.pop("nameIDFormat", UNSET)
        obj.realm = d.pop("realm", UNSET)
        obj.site_url = d.pop("siteURL", UNSET)
        obj.username_attribute = d.pop("usernameAttribute", UNSET)
        obj.w_reply_override = d.pop("wReplyOverride", UNSET)
        obj.w_reply_url = d.pop("wReplyURL", UNSET)
        obj.additional_properties = d
        return obj
