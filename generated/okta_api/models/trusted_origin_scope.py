from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .iframe_embed_scope_allowed_apps import IframeEmbedScopeAllowedApps
from .trusted_origin_scope_type import TrustedOriginScopeType

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class TrustedOriginScope(OktaModel):
    """An Okta `TrustedOriginScope`.

    Attributes:
        allowed_okta_apps (`allowedOktaApps`): The allowed Okta apps for the trusted origin scope
        type_ (`type`): The scope type. Supported values: When you use `IFRAME_EMBED` as the scope type, leave the
            `allowedOktaApps` property empty to allow iFrame embedding of only Okta sign-in pages.
            Include `OKTA_ENDUSER` as a value for the `allowedOktaApps` property to allow iFrame
            embedding of both Okta sign-in pages and the Okta End-User Dashboard.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "allowedOktaApps": "allowed_okta_apps",
        "type": "type_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "allowed_okta_apps": "list:enum",
        "type_": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "allowed_okta_apps": lambda d: _convert.parse_enum_list(
            IframeEmbedScopeAllowedApps, d.get("allowedOktaApps", UNSET)
        ),
        "type_": lambda d: (
            _convert.parse_enum(TrustedOriginScopeType, v) if (v := d.get("type", UNSET)).__class__ is str else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, TrustedOriginScope._json_names),
    }

    allowed_okta_apps: list[IframeEmbedScopeAllowedApps] | None | Unset = UNSET
    type_: TrustedOriginScopeType | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.allowed_okta_apps is not UNSET:
            d["allowedOktaApps"] = self.allowed_okta_apps
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.allowed_okta_apps = _convert.parse_enum_list(IframeEmbedScopeAllowedApps, d.pop("allowedOktaApps", UNSET))
        obj.type_ = (
            _convert.parse_enum(TrustedOriginScopeType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        )
        obj.additional_properties = d
        return obj
