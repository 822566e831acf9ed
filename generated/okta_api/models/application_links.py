from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import access_policy_link as _access_policy_link
from . import groups_link as _groups_link
from . import help_link as _help_link
from . import href_object as _href_object
from . import href_object_activate_link as _href_object_activate_link
from . import href_object_deactivate_link as _href_object_deactivate_link
from . import href_object_self_link as _href_object_self_link
from . import metadata_link as _metadata_link
from . import users_link as _users_link

if TYPE_CHECKING:
    from typing import Self

    from .access_policy_link import AccessPolicyLink
    from .groups_link import GroupsLink
    from .help_link import HelpLink
    from .href_object import HrefObject
    from .href_object_activate_link import HrefObjectActivateLink
    from .href_object_deactivate_link import HrefObjectDeactivateLink
    from .href_object_self_link import HrefObjectSelfLink
    from .metadata_link import MetadataLink
    from .users_link import UsersLink


@_attrs_define(kw_only=True)
class ApplicationLinks(OktaModel):
    """Discoverable resources related to the app

    Attributes:
        access_policy (`accessPolicy`): AccessPolicyLink
        activate: HrefObjectActivateLink
        app_links (`appLinks`): List of app link resources
        deactivate: HrefObjectDeactivateLink
        groups: GroupsLink
        help_ (`help`): HelpLink
        logo: List of app logo resources
        metadata: MetadataLink
        self_ (`self`): HrefObjectSelfLink
        users: UsersLink
    """

    _json_names: ClassVar[dict[str, str]] = {
        "accessPolicy": "access_policy",
        "activate": "activate",
        "appLinks": "app_links",
        "deactivate": "deactivate",
        "groups": "groups",
        "help": "help_",
        "logo": "logo",
        "metadata": "metadata",
        "self": "self_",
        "users": "users",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "access_policy": "model",
        "activate": "model",
        "app_links": "list:model",
        "deactivate": "model",
        "groups": "model",
        "help_": "model",
        "logo": "list:model",
        "metadata": "model",
        "self_": "model",
        "users": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "access_policy": lambda d: (
            _access_policy_link.AccessPolicyLink.from_json(v)
            if (v := d.get("accessPolicy", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_access_policy_link.AccessPolicyLink, v)
        ),
        "activate": lambda d: (
            _href_object_activate_link.HrefObjectActivateLink.from_json(v)
            if (v := d.get("activate", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_activate_link.HrefObjectActivateLink, v)
        ),
        "app_links": lambda d: _convert.parse_model_list(_href_object.HrefObject.from_json, d.get("appLinks", UNSET)),
        "deactivate": lambda d: (
            _href_object_deactivate_link.HrefObjectDeactivateLink.from_json(v)
            if (v := d.get("deactivate", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_deactivate_link.HrefObjectDeactivateLink, v)
        ),
        "groups": lambda d: (
            _groups_link.GroupsLink.from_json(v)
            if (v := d.get("groups", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_groups_link.GroupsLink, v)
        ),
        "help_": lambda d: (
            _help_link.HelpLink.from_json(v)
            if (v := d.get("help", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_help_link.HelpLink, v)
        ),
        "logo": lambda d: _convert.parse_model_list(_href_object.HrefObject.from_json, d.get("logo", UNSET)),
        "metadata": lambda d: (
            _metadata_link.MetadataLink.from_json(v)
            if (v := d.get("metadata", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_metadata_link.MetadataLink, v)
        ),
        "self_": lambda d: (
            _href_object_self_link.HrefObjectSelfLink.from_json(v)
            if (v := d.get("self", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_self_link.HrefObjectSelfLink, v)
        ),
        "users": lambda d: (
            _users_link.UsersLink.from_json(v)
            if (v := d.get("users", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_users_link.UsersLink, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, ApplicationLinks._json_names),
    }

    access_policy: AccessPolicyLink | None | Unset = UNSET
    activate: HrefObjectActivateLink | None | Unset = UNSET
    app_links: list[HrefObject] | None | Unset = UNSET
    deactivate: HrefObjectDeactivateLink | None | Unset = UNSET
    groups: GroupsLink | None | Unset = UNSET
    help_: HelpLink | None | Unset = UNSET
    logo: list[HrefObject] | None | Unset = UNSET
    metadata: MetadataLink | None | Unset = UNSET
    self_: HrefObjectSelfLink | None | Unset = UNSET
    users: UsersLink | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.access_policy is not UNSET:
            d["accessPolicy"] = _convert.dump_model(self.access_policy, omit_read_only)
        if self.activate is not UNSET:
            d["activate"] = _convert.dump_model(self.activate, omit_read_only)
        if self.app_links is not UNSET:
            d["appLinks"] = _convert.dump_model_list(self.app_links, omit_read_only)
        if self.deactivate is not UNSET:
            d["deactivate"] = _convert.dump_model(self.deactivate, omit_read_only)
        if self.groups is not UNSET:
            d["groups"] = _convert.dump_model(self.groups, omit_read_only)
        if self.help_ is not UNSET:
            d["help"] = _convert.dump_model(self.help_, omit_read_only)
        if self.logo is not UNSET:
            d["logo"] = _convert.dump_model_list(self.logo, omit_read_only)
        if self.metadata is not UNSET:
            d["metadata"] = _convert.dump_model(self.metadata, omit_read_only)
        if self.self_ is not UNSET:
            d["self"] = _convert.dump_model(self.self_, omit_read_only)
        if self.users is not UNSET:
            d["users"] = _convert.dump_model(self.users, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.access_policy = (
            _access_policy_link.AccessPolicyLink.from_dict(v)
            if (v := d.pop("accessPolicy", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_access_policy_link.AccessPolicyLink, v)
        )
        obj.activate = (
            _href_object_activate_link.HrefObjectActivateLink.from_dict(v)
            if (v := d.pop("activate", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_activate_link.HrefObjectActivateLink, v)
        )
        obj.app_links = _convert.parse_model_list(_href_object.HrefObject.from_dict, d.pop("appLinks", UNSET))
        obj.deactivate = (
            _href_object_deactivate_link.HrefObjectDeactivateLink.from_dict(v)
            if (v := d.pop("deactivate", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_deactivate_link.HrefObjectDeactivateLink, v)
        )
        obj.groups = (
            _groups_link.GroupsLink.from_dict(v)
            if (v := d.pop("groups", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_groups_link.GroupsLink, v)
        )
        obj.help_ = (
            _help_link.HelpLink.from_dict(v)
            if (v := d.pop("help", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_help_link.HelpLink, v)
        )
        obj.logo = _convert.parse_model_list(_href_object.HrefObject.from_dict, d.pop("logo", UNSET))
        obj.metadata = (
            _metadata_link.MetadataLink.from_dict(v)
            if (v := d.pop("metadata", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_metadata_link.MetadataLink, v)
        )
        obj.self_ = (
            _href_object_self_link.HrefObjectSelfLink.from_dict(v)
            if (v := d.pop("self", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_self_link.HrefObjectSelfLink, v)
        )
        obj.users = (
            _users_link.UsersLink.from_dict(v)
            if (v := d.pop("users", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_users_link.UsersLink, v)
        )
        obj.additional_properties = d
        return obj
