from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "vendor_display_name": ("vendorDisplayName", None),
        "terms_of_use": ("termsOfUse", None),
        "privacy_policy": ("privacyPolicy", None),
    }

    vendor_display_name: str | None = _attrs_field(init=False)
    terms_of_use: str | None = _attrs_field(init=False)
    privacy_policy: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        vendor_display_name: str | None | Unset = UNSET,
        terms_of_use: str | None | Unset = UNSET,
        privacy_policy: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if vendor_display_name is not UNSET:
            _set_field(self, "vendor_display_name", vendor_display_name)
        if terms_of_use is not UNSET:
            _set_field(self, "terms_of_use", terms_of_use)
        if privacy_policy is not UNSET:
            _set_field(self, "privacy_policy", privacy_policy)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("vendor_display_name", UNSET)) is not UNSET:
            d["vendorDisplayName"] = v
        if (v := values.get("terms_of_use", UNSET)) is not UNSET:
            d["termsOfUse"] = v
        if (v := values.get("privacy_policy", UNSET)) is not UNSET:
            d["privacyPolicy"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("vendorDisplayName", UNSET)) is not UNSET:
            obj.vendor_display_name = v
        if (v := d.pop("termsOfUse", UNSET)) is not UNSET:
            obj.terms_of_use = v
        if (v := d.pop("privacyPolicy", UNSET)) is not UNSET:
            obj.privacy_policy = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
