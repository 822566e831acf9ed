from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class IdentityProviderPropertiesIdvMetadata(OktaModel):
    """Metadata about the IDV vendor. Available only for `IDV_STANDARD` IdPs.

    Attributes:
        vendor_display_name (`vendorDisplayName`): The display name of the IDV vendor
        terms_of_use (`termsOfUse`): A URL that links to the terms of use for the IDV vendor
        privacy_policy (`privacyPolicy`): A URL that links to the privacy policy for the IDV vendor
    """

    _json_names: ClassVar[dict[str, str]] = {
        "vendorDisplayName": "vendor_display_name",
        "termsOfUse": "terms_of_use",
        "privacyPolicy": "privacy_policy",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "vendor_display_name": "str",
        "terms_of_use": "str",
        "privacy_policy": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "vendor_display_name": "vendorDisplayName",
        "terms_of_use": "termsOfUse",
        "privacy_policy": "privacyPolicy",
        "additional_properties": lambda d: _convert.undeclared(d, IdentityProviderPropertiesIdvMetadata._json_names),
    }

    vendor_display_name: str | None | Unset = UNSET
    terms_of_use: str | None | Unset = UNSET
    privacy_policy: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.vendor_display_name is not UNSET:
            d["vendorDisplayName"] = self.vendor_display_name
        if self.terms_of_use is not UNSET:
            d["termsOfUse"] = self.terms_of_use
        if self.privacy_policy is not UNSET:
            d["privacyPolicy"] = self.privacy_policy
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.vendor_display_name = d.pop("vendorDisplayName", UNSET)
        obj.terms_of_use = d.pop("termsOfUse", UNSET)
        obj.privacy_policy = d.pop("privacyPolicy", UNSET)
        obj.additional_properties = d
        return obj
