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
class AutoLoginApplicationSettingsSignOn(OktaModel):
    """An Okta `AutoLoginApplicationSettingsSignOn`.

    Attributes:
        login_url (`loginUrl`): Primary URL of the sign-in page for this app
        redirect_url (`redirectUrl`): Secondary URL of the sign-in page for this app
    """

    _json_names: ClassVar[dict[str, str]] = {
        "loginUrl": "login_url",
        "redirectUrl": "redirect_url",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "login_url": "str",
        "redirect_url": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "login_url": "loginUrl",
        "redirect_url": "redirectUrl",
        "additional_properties": lambda d: _convert.undeclared(d, AutoLoginApplicationSettingsSignOn._json_names),
    }

    login_url: str | None | Unset
    redirect_url: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.login_url is not UNSET:
            d["loginUrl"] = self.login_url
        if self.redirect_url is not UNSET:
            d["redirectUrl"] = self.redirect_url
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.login_url = d.pop("loginUrl", UNSET)
        obj.redirect_url = d.pop("redirectUrl", UNSET)
        obj.additional_properties = d
        return obj
