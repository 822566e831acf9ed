from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import grant_resources_href_object as _grant_resources_href_object
from . import href_object_self_link as _href_object_self_link
from . import token_resources_href_object as _token_resources_href_object

if TYPE_CHECKING:
    from typing import Self

    from .grant_resources_href_object import GrantResourcesHrefObject
    from .href_object_self_link import HrefObjectSelfLink
    from .token_resources_href_object import TokenResourcesHrefObject


@_attrs_define(kw_only=True)
class OAuth2ClientLinks(OktaModel):
    """An Okta `OAuth2ClientLinks`.

    Attributes:
        self_ (`self`): HrefObjectSelfLink
        grants: GrantResourcesHrefObject
        tokens: TokenResourcesHrefObject
    """

    _json_names: ClassVar[dict[str, str]] = {
        "self": "self_",
        "grants": "grants",
        "tokens": "tokens",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "self_": "model",
        "grants": "model",
        "tokens": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "self_": lambda d: (
            _href_object_self_link.HrefObjectSelfLink.from_json(v)
            if (v := d.get("self", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_self_link.HrefObjectSelfLink, v)
        ),
        "grants": lambda d: (
            _grant_resources_href_object.GrantResourcesHrefObject.from_json(v)
            if (v := d.get("grants", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_grant_resources_href_object.GrantResourcesHrefObject, v)
        ),
        "tokens": lambda d: (
            _token_resources_href_object.TokenResourcesHrefObject.from_json(v)
            if (v := d.get("tokens", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_token_resources_href_object.TokenResourcesHrefObject, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, OAuth2ClientLinks._json_names),
    }

    self_: HrefObjectSelfLink | None | Unset = UNSET
    grants: GrantResourcesHrefObject | None | Unset = UNSET
    tokens: TokenResourcesHrefObject | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.self_ is not UNSET:
            d["self"] = _convert.dump_model(self.self_, omit_read_only)
        if self.grants is not UNSET:
            d["grants"] = _convert.dump_model(self.grants, omit_read_only)
        if self.tokens is not UNSET:
            d["tokens"] = _convert.dump_model(self.tokens, omit_read_only)
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
        obj.grants = (
            _grant_resources_href_object.GrantResourcesHrefObject.from_dict(v)
            if (v := d.pop("grants", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_grant_resources_href_object.GrantResourcesHrefObject, v)
        )
        obj.tokens = (
            _token_resources_href_object.TokenResourcesHrefObject.from_dict(v)
            if (v := d.pop("tokens", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_token_resources_href_object.TokenResourcesHrefObject, v)
        )
        obj.additional_properties = d
        return obj
