from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import href_object_app_link as _href_object_app_link
from . import href_object_group_link as _href_object_group_link
from . import href_object_user_link as _href_object_user_link

if TYPE_CHECKING:
    from typing import Self

    from .href_object_app_link import HrefObjectAppLink
    from .href_object_group_link import HrefObjectGroupLink
    from .href_object_user_link import HrefObjectUserLink


def _parse_app(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _href_object_app_link.HrefObjectAppLink.from_json(v)
            if lazy
            else _href_object_app_link.HrefObjectAppLink.from_dict(v)
        )
    return _convert.parse_model(_href_object_app_link.HrefObjectAppLink, v)


def _parse_group(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _href_object_group_link.HrefObjectGroupLink.from_json(v)
            if lazy
            else _href_object_group_link.HrefObjectGroupLink.from_dict(v)
        )
    return _convert.parse_model(_href_object_group_link.HrefObjectGroupLink, v)


def _parse_user(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _href_object_user_link.HrefObjectUserLink.from_json(v)
            if lazy
            else _href_object_user_link.HrefObjectUserLink.from_dict(v)
        )
    return _convert.parse_model(_href_object_user_link.HrefObjectUserLink, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class LinksAppAndUser(OktaModel):
    """Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288)) available using
    the [JSON Hypertext Application
    Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification. This object
    is used for dynamic discovery of resources related to the application user.

    Attributes:
        app: HrefObjectAppLink
        group: HrefObjectGroupLink
        user: HrefObjectUserLink
    """

    _json_names: ClassVar[dict[str, str]] = {
        "app": "app",
        "group": "group",
        "user": "user",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "app": "model",
        "group": "model",
        "user": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "app": ("app", _parse_app),
        "group": ("group", _parse_group),
        "user": ("user", _parse_user),
    }

    app: HrefObjectAppLink | None = _attrs_field(init=False)
    group: HrefObjectGroupLink | None = _attrs_field(init=False)
    user: HrefObjectUserLink | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        app: HrefObjectAppLink | None | Unset = UNSET,
        group: HrefObjectGroupLink | None | Unset = UNSET,
        user: HrefObjectUserLink | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if app is not UNSET:
            _set_field(self, "app", app)
        if group is not UNSET:
            _set_field(self, "group", group)
        if user is not UNSET:
            _set_field(self, "user", user)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("app", UNSET)) is not UNSET:
            d["app"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("group", UNSET)) is not UNSET:
            d["group"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("user", UNSET)) is not UNSET:
            d["user"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("app", UNSET)) is not UNSET:
            obj.app = _parse_app(v, False)
        if (v := d.pop("group", UNSET)) is not UNSET:
            obj.group = _parse_group(v, False)
        if (v := d.pop("user", UNSET)) is not UNSET:
            obj.user = _parse_user(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
