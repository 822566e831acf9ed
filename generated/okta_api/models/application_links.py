from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
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


def _parse_access_policy(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _access_policy_link.AccessPolicyLink.from_json(v)
            if lazy
            else _access_policy_link.AccessPolicyLink.from_dict(v)
        )
    return _convert.parse_model(_access_policy_link.AccessPolicyLink, v)


def _parse_activate(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _href_object_activate_link.HrefObjectActivateLink.from_json(v)
            if lazy
            else _href_object_activate_link.HrefObjectActivateLink.from_dict(v)
        )
    return _convert.parse_model(_href_object_activate_link.HrefObjectActivateLink, v)


def _parse_app_links(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _href_object.HrefObject.from_json if lazy else _href_object.HrefObject.from_dict, v
    )


def _parse_deactivate(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _href_object_deactivate_link.HrefObjectDeactivateLink.from_json(v)
            if lazy
            else _href_object_deactivate_link.HrefObjectDeactivateLink.from_dict(v)
        )
    return _convert.parse_model(_href_object_deactivate_link.HrefObjectDeactivateLink, v)


def _parse_groups(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _groups_link.GroupsLink.from_json(v) if lazy else _groups_link.GroupsLink.from_dict(v)
    return _convert.parse_model(_groups_link.GroupsLink, v)


def _parse_help_(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _help_link.HelpLink.from_json(v) if lazy else _help_link.HelpLink.from_dict(v)
    return _convert.parse_model(_help_link.HelpLink, v)


def _parse_logo(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _href_object.HrefObject.from_json if lazy else _href_object.HrefObject.from_dict, v
    )


def _parse_metadata(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _metadata_link.MetadataLink.from_json(v) if lazy else _metadata_link.MetadataLink.from_dict(v)
    return _convert.parse_model(_metadata_link.MetadataLink, v)


def _parse_self_(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _href_object_self_link.HrefObjectSelfLink.from_json(v)
            if lazy
            else _href_object_self_link.HrefObjectSelfLink.from_dict(v)
        )
    return _convert.parse_model(_href_object_self_link.HrefObjectSelfLink, v)


def _parse_users(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _users_link.UsersLink.from_json(v) if lazy else _users_link.UsersLink.from_dict(v)
    return _convert.parse_model(_users_link.UsersLink, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "access_policy": ("accessPolicy", _parse_access_policy),
        "activate": ("activate", _parse_activate),
        "app_links": ("appLinks", _parse_app_links),
        "deactivate": ("deactivate", _parse_deactivate),
        "groups": ("groups", _parse_groups),
        "help_": ("help", _parse_help_),
        "logo": ("logo", _parse_logo),
        "metadata": ("metadata", _parse_metadata),
        "self_": ("self", _parse_self_),
        "users": ("users", _parse_users),
    }

    access_policy: AccessPolicyLink | None = _attrs_field(init=False)
    activate: HrefObjectActivateLink | None = _attrs_field(init=False)
    app_links: list[HrefObject] | None = _attrs_field(init=False)
    deactivate: HrefObjectDeactivateLink | None = _attrs_field(init=False)
    groups: GroupsLink | None = _attrs_field(init=False)
    help_: HelpLink | None = _attrs_field(init=False)
    logo: list[HrefObject] | None = _attrs_field(init=False)
    metadata: MetadataLink | None = _attrs_field(init=False)
    self_: HrefObjectSelfLink | None = _attrs_field(init=False)
    users: UsersLink | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        access_policy: AccessPolicyLink | None | Unset = UNSET,
        activate: HrefObjectActivateLink | None | Unset = UNSET,
        app_links: list[HrefObject] | None | Unset = UNSET,
        deactivate: HrefObjectDeactivateLink | None | Unset = UNSET,
        groups: GroupsLink | None | Unset = UNSET,
        help_: HelpLink | None | Unset = UNSET,
        logo: list[HrefObject] | None | Unset = UNSET,
        metadata: MetadataLink | None | Unset = UNSET,
        self_: HrefObjectSelfLink | None | Unset = UNSET,
        users: UsersLink | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if access_policy is not UNSET:
            _set_field(self, "access_policy", access_policy)
        if activate is not UNSET:
            _set_field(self, "activate", activate)
        if app_links is not UNSET:
            _set_field(self, "app_links", app_links)
        if deactivate is not UNSET:
            _set_field(self, "deactivate", deactivate)
        if groups is not UNSET:
            _set_field(self, "groups", groups)
        if help_ is not UNSET:
            _set_field(self, "help_", help_)
        if logo is not UNSET:
            _set_field(self, "logo", logo)
        if metadata is not UNSET:
            _set_field(self, "metadata", metadata)
        if self_ is not UNSET:
            _set_field(self, "self_", self_)
        if users is not UNSET:
            _set_field(self, "users", users)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("access_policy", UNSET)) is not UNSET:
            d["accessPolicy"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("activate", UNSET)) is not UNSET:
            d["activate"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("app_links", UNSET)) is not UNSET:
            d["appLinks"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("deactivate", UNSET)) is not UNSET:
            d["deactivate"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("groups", UNSET)) is not UNSET:
            d["groups"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("help_", UNSET)) is not UNSET:
            d["help"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("logo", UNSET)) is not UNSET:
            d["logo"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("metadata", UNSET)) is not UNSET:
            d["metadata"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("self_", UNSET)) is not UNSET:
            d["self"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("users", UNSET)) is not UNSET:
            d["users"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("accessPolicy", UNSET)) is not UNSET:
            obj.access_policy = _parse_access_policy(v, False)
        if (v := d.pop("activate", UNSET)) is not UNSET:
            obj.activate = _parse_activate(v, False)
        if (v := d.pop("appLinks", UNSET)) is not UNSET:
            obj.app_links = _parse_app_links(v, False)
        if (v := d.pop("deactivate", UNSET)) is not UNSET:
            obj.deactivate = _parse_deactivate(v, False)
        if (v := d.pop("groups", UNSET)) is not UNSET:
            obj.groups = _parse_groups(v, False)
        if (v := d.pop("help", UNSET)) is not UNSET:
            obj.help_ = _parse_help_(v, False)
        if (v := d.pop("logo", UNSET)) is not UNSET:
            obj.logo = _parse_logo(v, False)
        if (v := d.pop("metadata", UNSET)) is not UNSET:
            obj.metadata = _parse_metadata(v, False)
        if (v := d.pop("self", UNSET)) is not UNSET:
            obj.self_ = _parse_self_(v, False)
        if (v := d.pop("users", UNSET)) is not UNSET:
            obj.users = _parse_users(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
