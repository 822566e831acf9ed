from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import password_policy_delegation_settings_options as _password_policy_delegation_settings_options

if TYPE_CHECKING:
    from typing import Self

    from .password_policy_delegation_settings_options import PasswordPolicyDelegationSettingsOptions


@_attrs_define(kw_only=True)
class PasswordPolicyDelegationSettings(OktaModel):
    """Specifies how to handle password delegation

    Attributes:
        options: PasswordPolicyDelegationSettingsOptions
    """

    _json_names: ClassVar[dict[str, str]] = {
        "options": "options",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "options": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "options": lambda d: (
            _password_policy_delegation_settings_options.PasswordPolicyDelegationSettingsOptions.from_json(v)
            if (v := d.get("options", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _password_policy_delegation_settings_options.PasswordPolicyDelegationSettingsOptions, v
            )
        ),
        "additional_properties": lambda d: _convert.undeclared(d, PasswordPolicyDelegationSettings._json_names),
    }

    options: PasswordPolicyDelegationSettingsOptions | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.options is not UNSET:
            d["options"] = _convert.dump_model(self.options, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.options = (
            _password_policy_delegation_settings_options.PasswordPolicyDelegationSettingsOptions.from_dict(v)
            if (v := d.pop("options", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _password_policy_delegation_settings_options.PasswordPolicyDelegationSettingsOptions, v
            )
        )
        obj.additional_properties = d
        return obj
