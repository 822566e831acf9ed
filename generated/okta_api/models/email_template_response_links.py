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


def _parse_settings(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _href_object.HrefObject.from_json(v) if lazy else _href_object.HrefObject.from_dict(v)
    return _convert.parse_model(_href_object.HrefObject, v)


def _parse_default_content(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _href_object.HrefObject.from_json(v) if lazy else _href_object.HrefObject.from_dict(v)
    return _convert.parse_model(_href_object.HrefObject, v)


def _parse_customizations(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _href_object.HrefObject.from_json(v) if lazy else _href_object.HrefObject.from_dict(v)
    return _convert.parse_model(_href_object.HrefObject, v)


def _parse_test(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _href_object.HrefObject.from_json(v) if lazy else _href_object.HrefObject.from_dict(v)
    return _convert.parse_model(_href_object.HrefObject, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class EmailTemplateResponseLinks(OktaModel):
    """An Okta `EmailTemplateResponseLinks`.

    Attributes:
        self_ (`self`): HrefObjectSelfLink
        settings: HrefObject
        default_content (`defaultContent`): HrefObject
        customizations: HrefObject
        test: HrefObject
    """

    _json_names: ClassVar[dict[str, str]] = {
        "self": "self_",
        "settings": "settings",
        "defaultContent": "default_content",
        "customizations": "customizations",
        "test": "test",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "self_": "model",
        "settings": "model",
        "default_content": "model",
        "customizations": "model",
        "test": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "self_": ("self", _parse_self_),
        "settings": ("settings", _parse_settings),
        "default_content": ("defaultContent", _parse_default_content),
        "customizations": ("customizations", _parse_customizations),
        "test": ("test", _parse_test),
    }

    self_: HrefObjectSelfLink | None = _attrs_field(init=False)
    settings: HrefObject | None = _attrs_field(init=False)
    default_content: HrefObject | None = _attrs_field(init=False)
    customizations: HrefObject | None = _attrs_field(init=False)
    test: HrefObject | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        self_: HrefObjectSelfLink | None | Unset = UNSET,
        settings: HrefObject | None | Unset = UNSET,
        default_content: HrefObject | None | Unset = UNSET,
        customizations: HrefObject | None | Unset = UNSET,
        test: HrefObject | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if self_ is not UNSET:
            _set_field(self, "self_", self_)
        if settings is not UNSET:
            _set_field(self, "settings", settings)
        if default_content is not UNSET:
            _set_field(self, "default_content", default_content)
        if customizations is not UNSET:
            _set_field(self, "customizations", customizations)
        if test is not UNSET:
            _set_field(self, "test", test)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("self_", UNSET)) is not UNSET:
            d["self"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("settings", UNSET)) is not UNSET:
            d["settings"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("default_content", UNSET)) is not UNSET:
            d["defaultContent"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("customizations", UNSET)) is not UNSET:
            d["customizations"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("test", UNSET)) is not UNSET:
            d["test"] = _convert.dump_model(v, omit_read_only)
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
        if (v := d.pop("settings", UNSET)) is not UNSET:
            obj.settings = _parse_settings(v, False)
        if (v := d.pop("defaultContent", UNSET)) is not UNSET:
            obj.default_content = _parse_default_content(v, False)
        if (v := d.pop("customizations", UNSET)) is not UNSET:
            obj.customizations = _parse_customizations(v, False)
        if (v := d.pop("test", UNSET)) is not UNSET:
            obj.test = _parse_test(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
