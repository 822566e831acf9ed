from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .iframe_embed_scope_allowed_apps import IframeEmbedScopeAllowedApps
from .trusted_origin_scope_type import TrustedOriginScopeType

if TYPE_CHECKING:
    from typing import Self


def _parse_allowed_okta_apps(v: Any, lazy: bool) -> Any:
    return _convert.parse_enum_list(IframeEmbedScopeAllowedApps, v)


_parse_type_ = _convert.enum_parser(TrustedOriginScopeType)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "allowed_okta_apps": ("allowedOktaApps", _parse_allowed_okta_apps),
        "type_": ("type", _parse_type_),
    }

    allowed_okta_apps: list[IframeEmbedScopeAllowedApps] | None = _attrs_field(init=False)
    type_: TrustedOriginScopeType | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        allowed_okta_apps: list[IframeEmbedScopeAllowedApps] | None | Unset = UNSET,
        type_: TrustedOriginScopeType | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if allowed_okta_apps is not UNSET:
            _set_field(self, "allowed_okta_apps", allowed_okta_apps)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("allowed_okta_apps", UNSET)) is not UNSET:
            d["allowedOktaApps"] = v
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("allowedOktaApps", UNSET)) is not UNSET:
            obj.allowed_okta_apps = _parse_allowed_okta_apps(v, False)
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
