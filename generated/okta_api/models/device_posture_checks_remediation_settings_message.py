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
class DevicePostureChecksRemediationSettingsMessage(OktaModel):
    """An Okta `DevicePostureChecksRemediationSettingsMessage`.

    Attributes:
        default_i18_n_key (`defaultI18nKey`): Default i18n key for the message. This property is only relevant if type is set to
            `BUILTIN`. If type is set to `CUSTOM`, this field is ignored.
        custom_text (`customText`): Custom text for the message
    """

    _json_names: ClassVar[dict[str, str]] = {
        "defaultI18nKey": "default_i18_n_key",
        "customText": "custom_text",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "default_i18_n_key": "str",
        "custom_text": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "default_i18_n_key": "defaultI18nKey",
        "custom_text": "customText",
        "additional_properties": lambda d: _convert.undeclared(
            d, DevicePostureChecksRemediationSettingsMessage._json_names
        ),
    }

    default_i18_n_key: str | None | Unset = UNSET
    custom_text: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.default_i18_n_key is not UNSET:
            d["defaultI18nKey"] = self.default_i18_n_key
        if self.custom_text is not UNSET:
            d["customText"] = self.custom_text
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.default_i18_n_key = d.pop("defaultI18nKey", UNSET)
        obj.custom_text = d.pop("customText", UNSET)
        obj.additional_properties = d
        return obj
