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
class IdentityProviderLinks(OktaModel):
    """An Okta `IdentityProviderLinks`.

    Attributes:
        self_ (`self`): HrefObjectSelfLink
        acs: HrefObject
        authorize: HrefObject
        client_redirect_uri (`clientRedirectUri`): HrefObject
        metadata: HrefObject
        users: HrefObject
        deactivate: HrefObject
        activate: HrefObject
        keys: HrefObject
    """

    _json_names: ClassVar[dict[str, str]] = {
        "self": "self_",
        "acs": "acs",
        "authorize": "authorize",
        "clientRedirectUri": "client_redirect_uri",
        "metadata": "metadata",
        "users": "users",
        "deactivate": "deactivate",
        "activate": "activate",
        "keys": "keys",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "self_": "model",
        "acs": "model",
        "authorize": "model",
        "client_redirect_uri": "model",
        "metadata": "model",
        "users": "model",
        "deactivate": "model",
        "activate": "model",
        "keys": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "self_": lambda d: (
            _href_object_self_link.HrefObjectSelfLink.from_json(v)
            if (v := d.get("self", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_self_link.HrefObjectSelfLink, v)
        ),
        "acs": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("acs", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "authorize": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("authorize", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "client_redirect_uri": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("clientRedirectUri", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "metadata": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("metadata", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "users": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("users", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "deactivate": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("deactivate", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "activate": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("activate", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "keys": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("keys", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, IdentityProviderLinks._json_names),
    }

    self_: HrefObjectSelfLink | None | Unset = UNSET
    acs: HrefObject | None | Unset = UNSET
    authorize: HrefObject | None | Unset = UNSET
    client_redirect_uri: HrefObject | None | Unset = UNSET
    metadata: HrefObject | None | Unset = UNSET
    users: HrefObject | None | Unset = UNSET
    deactivate: HrefObject | None | Unset = UNSET
    activate: HrefObject | None | Unset = UNSET
    keys: HrefObject | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.self_ is not UNSET:
            d["self"] = _convert.dump_model(self.self_, omit_read_only)
        if self.acs is not UNSET:
            d["acs"] = _convert.dump_model(self.acs, omit_read_only)
        if self.authorize is not UNSET:
            d["authorize"] = _convert.dump_model(self.authorize, omit_read_only)
        if self.client_redirect_uri is not UNSET:
            d["clientRedirectUri"] = _convert.dump_model(self.client_redirect_uri, omit_read_only)
        if self.metadata is not UNSET:
            d["metadata"] = _convert.dump_model(self.metadata, omit_read_only)
        if self.users is not UNSET:
            d["users"] = _convert.dump_model(self.users, omit_read_only)
        if self.deactivate is not UNSET:
            d["deactivate"] = _convert.dump_model(self.deactivate, omit_read_only)
        if self.activate is not UNSET:
            d["activate"] = _convert.dump_model(self.activate, omit_read_only)
        if self.keys is not UNSET:
            d["keys"] = _convert.dump_model(self.keys, omit_read_only)
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
        obj.acs = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("acs", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.authorize = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("authorize", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.client_redirect_uri = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("clientRedirectUri", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.metadata = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("metadata", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.users = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("users", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.deactivate = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("deactivate", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.activate = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("activate", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.keys = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("keys", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.additional_properties = d
        return obj
