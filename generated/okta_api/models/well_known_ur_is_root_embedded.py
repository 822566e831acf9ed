from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import (
    well_known_ur_is_root_embedded_apple_app_site_association as _well_known_ur_is_root_embedded_apple_app_site_association,
)
from . import well_known_ur_is_root_embedded_assetlinks_json as _well_known_ur_is_root_embedded_assetlinks_json
from . import well_known_ur_is_root_embedded_webauthn as _well_known_ur_is_root_embedded_webauthn

if TYPE_CHECKING:
    from typing import Self

    from .well_known_ur_is_root_embedded_apple_app_site_association import (
        WellKnownURIsRootEmbeddedAppleAppSiteAssociation,
    )
    from .well_known_ur_is_root_embedded_assetlinks_json import WellKnownURIsRootEmbeddedAssetlinksJson
    from .well_known_ur_is_root_embedded_webauthn import WellKnownURIsRootEmbeddedWebauthn


@_attrs_define(kw_only=True)
class WellKnownURIsRootEmbedded(OktaModel):
    """An Okta `WellKnownURIsRootEmbedded`.

    Attributes:
        apple_app_site_association (`apple-app-site-association`): Contains the customized well-known URI content and links
        assetlinks_json (`assetlinks.json`): Contains the customized well-known URI content and links
        webauthn: Contains the customized well-known URI content and links
    """

    _json_names: ClassVar[dict[str, str]] = {
        "apple-app-site-association": "apple_app_site_association",
        "assetlinks.json": "assetlinks_json",
        "webauthn": "webauthn",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "apple_app_site_association": "model",
        "assetlinks_json": "model",
        "webauthn": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "apple_app_site_association": lambda d: (
            _well_known_ur_is_root_embedded_apple_app_site_association.WellKnownURIsRootEmbeddedAppleAppSiteAssociation.from_json(
                v
            )
            if (v := d.get("apple-app-site-association", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _well_known_ur_is_root_embedded_apple_app_site_association.WellKnownURIsRootEmbeddedAppleAppSiteAssociation,
                v,
            )
        ),
        "assetlinks_json": lambda d: (
            _well_known_ur_is_root_embedded_assetlinks_json.WellKnownURIsRootEmbeddedAssetlinksJson.from_json(v)
            if (v := d.get("assetlinks.json", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _well_known_ur_is_root_embedded_assetlinks_json.WellKnownURIsRootEmbeddedAssetlinksJson, v
            )
        ),
        "webauthn": lambda d: (
            _well_known_ur_is_root_embedded_webauthn.WellKnownURIsRootEmbeddedWebauthn.from_json(v)
            if (v := d.get("webauthn", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_well_known_ur_is_root_embedded_webauthn.WellKnownURIsRootEmbeddedWebauthn, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, WellKnownURIsRootEmbedded._json_names),
    }

    apple_app_site_association: WellKnownURIsRootEmbeddedAppleAppSiteAssociation | None | Unset = UNSET
    assetlinks_json: WellKnownURIsRootEmbeddedAssetlinksJson | None | Unset = UNSET
    webauthn: WellKnownURIsRootEmbeddedWebauthn | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
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
        obj.apple_app_site_association = (
            _well_known_ur_is_root_embedded_apple_app_site_association.WellKnownURIsRootEmbeddedAppleAppSiteAssociation.from_dict(
                v
            )
            if (v := d.pop("apple-app-site-association", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _well_known_ur_is_root_embedded_apple_app_site_association.WellKnownURIsRootEmbeddedAppleAppSiteAssociation,
                v,
            )
        )
        obj.assetlinks_json = (
            _well_known_ur_is_root_embedded_assetlinks_json.WellKnownURIsRootEmbeddedAssetlinksJson.from_dict(v)
            if (v := d.pop("assetlinks.json", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _well_known_ur_is_root_embedded_assetlinks_json.WellKnownURIsRootEmbeddedAssetlinksJson, v
            )
        )
        obj.webauthn = (
            _well_known_ur_is_root_embedded_webauthn.WellKnownURIsRootEmbeddedWebauthn.from_dict(v)
            if (v := d.pop("webauthn", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_well_known_ur_is_root_embedded_webauthn.WellKnownURIsRootEmbeddedWebauthn, v)
        )
        obj.additional_properties = d
        return obj
