from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import href_object as _href_object
from . import href_object_self_link as _href_object_self_link

if TYPE_CHECKING:
    from typing import Self

    from .href_object import HrefObject
    from .href_object_self_link import HrefObjectSelfLink


@_attrs_define(kw_only=True)
class WellKnownURIsRootLinks(OktaModel):
    """An Okta `WellKnownURIsRootLinks`.

    Attributes:
        self_ (`self`): HrefObjectSelfLink
        apple_app_site_association (`apple-app-site-association`): HrefObject
        assetlinks_json (`assetlinks.json`): HrefObject
        webauthn: HrefObject
    """

    _json_names: ClassVar[dict[str, str]] = {
        "self": "self_",
        "apple-app-site-association": "apple_app_site_association",
        "assetlinks.json": "assetlinks_json",
        "webauthn": "webauthn",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "self_": "model",
        "apple_app_site_association": "model",
        "assetlinks_json": "model",
        "webauthn": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "self_": lambda d: (
            _href_object_self_link.HrefObjectSelfLink.from_json(v)
            if (v := d.get("self", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_self_link.HrefObjectSelfLink, v)
        ),
        "apple_app_site_association": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("apple-app-site-association", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "assetlinks_json": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("assetlinks.json", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "webauthn": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("webauthn", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, WellKnownURIsRootLinks._json_names),
    }

    self_: HrefObjectSelfLink | None | Unset = UNSET
    apple_app_site_association: HrefObject | None | Unset = UNSET
    assetlinks_json: HrefObject | None | Unset = UNSET
    webauthn: HrefObject | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.self_ is not UNSET:
            d["self"] = _convert.dump_model(self.self_, omit_read_only)
        if self.apple_app_site_association is not UNSET:
            d["apple-app-site-association"] = _convert.dump_model(self.apple_app_site_association, omit_read_only)
        if self.assetlinks_json is not UNSET:
            d["assetlinks.json"] = _convert.dump_model(self.assetlinks_json, omit_read_only)
        if self.webauthn is not UNSET:
            d["webauthn"] = _convert.dump_model(self.webauthn, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.self_ = (
            _href_object_self_link.HrefObjectSelfLink.from_dict(v)
            if (v := d.pop("self", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_self_link.HrefObjectSelfLink, v)
        )
        obj.apple_app_site_association = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("apple-app-site-association", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.assetlinks_json = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("assetlinks.json", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.webauthn = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("webauthn", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.additional_properties = d
        return obj
