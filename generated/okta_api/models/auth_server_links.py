from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from . import href_object as _href_object
from . import href_object_deactivate_link as _href_object_deactivate_link
from . import href_object_self_link as _href_object_self_link
from .links_self import LinksSelf

if TYPE_CHECKING:
    from typing import Self

    from .href_object import HrefObject
    from .href_object_deactivate_link import HrefObjectDeactivateLink
    from .href_object_self_link import HrefObjectSelfLink


@_attrs_define(kw_only=True)
class AuthServerLinks(LinksSelf):
    """An Okta `AuthServerLinks`.

    Attributes:
        self_ (`self`): HrefObjectSelfLink
        claims: HrefObject
        deactivate: HrefObjectDeactivateLink
        metadata: Link to the authorization server metadata
        policies: HrefObject
        rotate_key (`rotateKey`): HrefObject
        scopes: HrefObject
    """

    _json_names: ClassVar[dict[str, str]] = {
        "self": "self_",
        "claims": "claims",
        "deactivate": "deactivate",
        "metadata": "metadata",
        "policies": "policies",
        "rotateKey": "rotate_key",
        "scopes": "scopes",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "self_": "model",
        "claims": "model",
        "deactivate": "model",
        "metadata": "list:model",
        "policies": "model",
        "rotate_key": "model",
        "scopes": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "self_": lambda d: (
            _href_object_self_link.HrefObjectSelfLink.from_json(v)
            if (v := d.get("self", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_self_link.HrefObjectSelfLink, v)
        ),
        "claims": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("claims", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "deactivate": lambda d: (
            _href_object_deactivate_link.HrefObjectDeactivateLink.from_json(v)
            if (v := d.get("deactivate", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_deactivate_link.HrefObjectDeactivateLink, v)
        ),
        "metadata": lambda d: _convert.parse_model_list(_href_object.HrefObject.from_json, d.get("metadata", UNSET)),
        "policies": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("policies", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "rotate_key": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("rotateKey", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "scopes": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("scopes", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, AuthServerLinks._json_names),
    }

    self_: HrefObjectSelfLink | None | Unset = UNSET
    claims: HrefObject | None | Unset = UNSET
    deactivate: HrefObjectDeactivateLink | None | Unset = UNSET
    metadata: list[HrefObject] | None | Unset = UNSET
    policies: HrefObject | None | Unset = UNSET
    rotate_key: HrefObject | None | Unset = UNSET
    scopes: HrefObject | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.self_ is not UNSET:
            d["self"] = _convert.dump_model(self.self_, omit_read_only)
        if self.claims is not UNSET:
            d["claims"] = _convert.dump_model(self.claims, omit_read_only)
        if self.deactivate is not UNSET:
            d["deactivate"] = _convert.dump_model(self.deactivate, omit_read_only)
        if self.metadata is not UNSET:
            d["metadata"] = _convert.dump_model_list(self.metadata, omit_read_only)
        if self.policies is not UNSET:
            d["policies"] = _convert.dump_model(self.policies, omit_read_only)
        if self.rotate_key is not UNSET:
            d["rotateKey"] = _convert.dump_model(self.rotate_key, omit_read_only)
        if self.scopes is not UNSET:
            d["scopes"] = _convert.dump_model(self.scopes, omit_read_only)
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
        obj.claims = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("claims", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.deactivate = (
            _href_object_deactivate_link.HrefObjectDeactivateLink.from_dict(v)
            if (v := d.pop("deactivate", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_deactivate_link.HrefObjectDeactivateLink, v)
        )
        obj.metadata = _convert.parse_model_list(_href_object.HrefObject.from_dict, d.pop("metadata", UNSET))
        obj.policies = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("policies", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.rotate_key = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("rotateKey", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.scopes = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("scopes", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.additional_properties = d
        return obj
