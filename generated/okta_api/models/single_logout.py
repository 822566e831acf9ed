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
        "enabled": ("enabled", None),
        "issuer": ("issuer", None),
        "logout_url": ("logoutUrl", None),
    }

    enabled: bool | None = _attrs_field(init=False)
    issuer: str | None = _attrs_field(init=False)
    logout_url: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        enabled: bool | None | Unset = UNSET,
        issuer: str | None | Unset = UNSET,
        logout_url: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if enabled is not UNSET:
            _set_field(self, "enabled", enabled)
        if issuer is not UNSET:
            _set_field(self, "issuer", issuer)
        if logout_url is not UNSET:
            _set_field(self, "logout_url", logout_url)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("enabled", UNSET)) is not UNSET:
            d["enabled"] = v
        if (v := values.get("issuer", UNSET)) is not UNSET:
            d["issuer"] = v
        if (v := values.get("logout_url", UNSET)) is not UNSET:
            d["logoutUrl"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("enabled", UNSET)) is not UNSET:
            obj.enabled = v
        if (v := d.pop("issuer", UNSET)) is not UNSET:
            obj.issuer = v
        if (v := d.pop("logoutUrl", UNSET)) is not UNSET:
            obj.logout_url = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
