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
class SlackApplicationSettingsApplication(OktaModel):
    """Slack app instance properties

    Attributes:
        domain: The Slack app domain name
        user_email_value (`userEmailValue`): The `User.Email` attribute value
    """

    _json_names: ClassVar[dict[str, str]] = {
        "domain": "domain",
        "userEmailValue": "user_email_value",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "domain": "str",
        "user_email_value": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "domain": "domain",
        "user_email_value": "userEmailValue",
        "additional_properties": lambda d: _convert.undeclared(d, SlackApplicationSettingsApplication._json_names),
    }

    domain: str | None | Unset
    user_email_value: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.domain is not UNSET:
            d["domain"] = self.domain
        if self.user_email_value is not UNSET:
            d["userEmailValue"] = self.user_email_value
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.domain = d.pop("domain", UNSET)
        obj.user_email_value = d.pop("userEmailValue", UNSET)
        obj.additional_properties = d
        return obj
