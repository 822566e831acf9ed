from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import offline_access_scope_resource_href_object as _offline_access_scope_resource_href_object

if TYPE_CHECKING:
    from typing import Self

    from .offline_access_scope_resource_href_object import OfflineAccessScopeResourceHrefObject


@_attrs_define(kw_only=True)
class OAuth2RefreshTokenScopeLinks(OktaModel):
    """Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288)) available for
    the current status of an application using the [JSON Hypertext Application
    Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification. This object
    is used for dynamic discovery of related resources and lifecycle operations.

    Attributes:
        scope: OfflineAccessScopeResourceHrefObject
    """

    _json_names: ClassVar[dict[str, str]] = {
        "scope": "scope",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "scope": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "scope": lambda d: (
            _offline_access_scope_resource_href_object.OfflineAccessScopeResourceHrefObject.from_json(v)
            if (v := d.get("scope", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _offline_access_scope_resource_href_object.OfflineAccessScopeResourceHrefObject, v
            )
        ),
        "additional_properties": lambda d: _convert.undeclared(d, OAuth2RefreshTokenScopeLinks._json_names),
    }

    scope: OfflineAccessScopeResourceHrefObject | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.scope is not UNSET:
            d["scope"] = _convert.dump_model(self.scope, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.scope = (
            _offline_access_scope_resource_href_object.OfflineAccessScopeResourceHrefObject.from_dict(v)
            if (v := d.pop("scope", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _offline_access_scope_resource_href_object.OfflineAccessScopeResourceHrefObject, v
            )
        )
        obj.additional_properties = d
        return obj
