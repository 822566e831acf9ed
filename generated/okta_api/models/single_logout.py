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
class SingleLogout(OktaModel):
    """Determines if the app supports Single Logout (SLO)

    Attributes:
        enabled: Whether the application supports SLO
        issuer: The issuer of the Service Provider that generates the SLO request
        logout_url (`logoutUrl`): The location where the logout response is sent
    """

    _json_names: ClassVar[dict[str, str]] = {
        "enabled": "enabled",
        "issuer": "issuer",
        "logoutUrl": "logout_url",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "enabled": "bool",
        "issuer": "str",
        "logout_url": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "enabled": "enabled",
        "issuer": "issuer",
        "logout_url": "logoutUrl",
        "additional_properties": lambda d: _convert.undeclared(d, SingleLogout._json_names),
    }

    enabled: bool | None | Unset = UNSET
    issuer: str | None | Unset = UNSET
    logout_url: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.enabled is not UNSET:
            d["enabled"] = self.enabled
        if self.issuer is not UNSET:
            d["issuer"] = self.issuer
        if self.logout_url is not UNSET:
            d["logoutUrl"] = self.logout_url
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.enabled = d.pop("enabled", UNSET)
        obj.issuer = d.pop("issuer", UNSET)
        obj.logout_url = d.pop("logoutUrl", UNSET)
        obj.additional_properties = d
        return obj
