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
class DevicePostureChecksRemediationSettingsLink(OktaModel):
    """An Okta `DevicePostureChecksRemediationSettingsLink`.

    Attributes:
        default_url (`defaultUrl`): Default URL for the link. This property is only relevant if type is set to `BUILTIN`. If
            type is set to `CUSTOM`, this field is ignored.
        custom_url (`customUrl`): Custom URL for the link
    """

    _json_names: ClassVar[dict[str, str]] = {
        "defaultUrl": "default_url",
        "customUrl": "custom_url",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "default_url": "str",
        "custom_url": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "default_url": "defaultUrl",
        "custom_url": "customUrl",
        "additional_properties": lambda d: _convert.undeclared(
            d, DevicePostureChecksRemediationSettingsLink._json_names
        ),
    }

    default_url: str | None | Unset = UNSET
    custom_url: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.default_url is not UNSET:
            d["defaultUrl"] = self.default_url
        if self.custom_url is not UNSET:
            d["customUrl"] = self.custom_url
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.default_url = d.pop("defaultUrl", UNSET)
        obj.custom_url = d.pop("customUrl", UNSET)
        obj.additional_properties = d
        return obj
