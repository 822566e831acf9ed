from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import scim as _scim
from .provisioning_details_features_item import ProvisioningDetailsFeaturesItem

if TYPE_CHECKING:
    from typing import Self

    from .scim import Scim


def _parse_features(v: Any, lazy: bool) -> Any:
    return _convert.parse_enum_list(ProvisioningDetailsFeaturesItem, v)


def _parse_scim(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _scim.Scim.from_json(v) if lazy else _scim.Scim.from_dict(v)
    return _convert.parse_model(_scim.Scim, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "features": ("features", _parse_features),
        "scim": ("scim", _parse_scim),
    }

    features: list[ProvisioningDetailsFeaturesItem] | None = _attrs_field(init=False)
    scim: Scim | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        features: list[ProvisioningDetailsFeaturesItem] | None | Unset,
        scim: Scim | None | Unset,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if features is not UNSET:
            _set_field(self, "features", features)
        if scim is not UNSET:
            _set_field(self, "scim", scim)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("features", UNSET)) is not UNSET:
            d["features"] = v
        if (v := values.get("scim", UNSET)) is not UNSET:
            d["scim"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("features", UNSET)) is not UNSET:
            obj.features = _parse_features(v, False)
        if (v := d.pop("scim", UNSET)) is not UNSET:
            obj.scim = _parse_scim(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
