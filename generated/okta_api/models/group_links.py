from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import href_object as _href_object
from . import href_object_self_link as _href_object_self_link

if TYPE_CHECKING:
    from typing import Self

    from .href_object import HrefObject
    from .href_object_self_link import HrefObjectSelfLink


def _parse_self_(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _href_object_self_link.HrefObjectSelfLink.from_json(v)
            if lazy
            else _href_object_self_link.HrefObjectSelfLink.from_dict(v)
        )
    return _convert.parse_model(_href_object_self_link.HrefObjectSelfLink, v)


def _parse_apps(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _href_object.HrefObject.from_json(v) if lazy else _href_object.HrefObject.from_dict(v)
    return _convert.parse_model(_href_object.HrefObject, v)


def _parse_logo(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _href_object.HrefObject.from_json if lazy else _href_object.HrefObject.from_dict, v
    )


def _parse_source(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _href_object.HrefObject.from_json(v) if lazy else _href_object.HrefObject.from_dict(v)
    return _convert.parse_model(_href_object.HrefObject, v)


def _parse_users(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _href_object.HrefObject.from_json(v) if lazy else _href_object.HrefObject.from_dict(v)
    return _convert.parse_model(_href_object.HrefObject, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class GroupLinks(OktaModel):
    """[Discoverable
    resources](https://developer.okta.com/docs/api/openapi/okta-management/management/group/listgroups#group/listgroups/t=response&c=200&path=_links/source)
    related to the group

    Attributes:
        self_ (`self`): HrefObjectSelfLink
        apps: HrefObject
        logo: list[HrefObject]
        source: HrefObject
        users: HrefObject
    """

    _json_names: ClassVar[dict[str, str]] = {
        "self": "self_",
        "apps": "apps",
        "logo": "logo",
        "source": "source",
        "users": "users",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "self_": "model",
        "apps": "model",
        "logo": "list:model",
        "source": "model",
        "users": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "self_": ("self", _parse_self_),
        "apps": ("apps", _parse_apps),
        "logo": ("logo", _parse_logo),
        "source": ("source", _parse_source),
        "users": ("users", _parse_users),
    }

    self_: HrefObjectSelfLink | None = _attrs_field(init=False)
    apps: HrefObject | None = _attrs_field(init=False)
    logo: list[HrefObject] | None = _attrs_field(init=False)
    source: HrefObject | None = _attrs_field(init=False)
    users: HrefObject | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        self_: HrefObjectSelfLink | None | Unset = UNSET,
        apps: HrefObject | None | Unset = UNSET,
        logo: list[HrefObject] | None | Unset = UNSET,
        source: HrefObject | None | Unset = UNSET,
        users: HrefObject | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if self_ is not UNSET:
            _set_field(self, "self_", self_)
        if apps is not UNSET:
            _set_field(self, "apps", apps)
        if logo is not UNSET:
            _set_field(self, "logo", logo)
        if source is not UNSET:
            _set_field(self, "source", source)
        if users is not UNSET:
            _set_field(self, "users", users)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("self_", UNSET)) is not UNSET:
            d["self"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("apps", UNSET)) is not UNSET:
            d["apps"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("logo", UNSET)) is not UNSET:
            d["logo"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("source", UNSET)) is not UNSET:
            d["source"] = _convert.dump_model(v, omit_read_only)
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
        if (v := d.pop("self", UNSET)) is not UNSET:
            obj.self_ = _parse_self_(v, False)
        if (v := d.pop("apps", UNSET)) is not UNSET:
            obj.apps = _parse_apps(v, False)
        if (v := d.pop("logo", UNSET)) is not UNSET:
            obj.logo = _parse_logo(v, False)
        if (v := d.pop("source", UNSET)) is not UNSET:
            obj.source = _parse_source(v, False)
        if (v := d.pop("users", UNSET)) is not UNSET:
            obj.users = _parse_users(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
