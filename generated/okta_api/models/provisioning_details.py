from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import scim as _scim
from .provisioning_details_features_item import ProvisioningDetailsFeaturesItem

if TYPE_CHECKING:
    from typing import Self

    from .scim import Scim


@_attrs_define(kw_only=True)
class ProvisioningDetails(OktaModel):
    """Supported provisioning configurations for your integration

    Attributes:
        features: List of provisioning features supported in this integration
        scim: SCIM configuration details
    """

    _json_names: ClassVar[dict[str, str]] = {
        "features": "features",
        "scim": "scim",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "features": "list:enum",
        "scim": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "features": lambda d: _convert.parse_enum_list(ProvisioningDetailsFeaturesItem, d.get("features", UNSET)),
        "scim": lambda d: (
            _scim.Scim.from_json(v)
            if (v := d.get("scim", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_scim.Scim, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, ProvisioningDetails._json_names),
    }

    features: list[ProvisioningDetailsFeaturesItem] | None | Unset
    scim: Scim | None | Unset

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.features is not UNSET:
            d["features"] = self.features
        if self.scim is not UNSET:
            d["scim"] = _convert.dump_model(self.scim, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.features = _convert.parse_enum_list(ProvisioningDetailsFeaturesItem, d.pop("features", UNSET))
        obj.scim = (
            _scim.Scim.from_dict(v)
            if (v := d.pop("scim", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_scim.Scim, v)
        )
        obj.additional_properties = d
        return obj
