from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, _set_field
from ..types import UNSET, Unset
from . import provisioning_connection_token_request_profile as _provisioning_connection_token_request_profile
from .provisioning_connection_request import ProvisioningConnectionRequest

if TYPE_CHECKING:
    from typing import Self

    from .provisioning_connection_token_request_profile import ProvisioningConnectionTokenRequestProfile


def _parse_profile(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _provisioning_connection_token_request_profile.ProvisioningConnectionTokenRequestProfile.from_json(v)
            if lazy
            else _provisioning_connection_token_request_profile.ProvisioningConnectionTokenRequestProfile.from_dict(v)
        )
    return _convert.parse_model(
        _provisioning_connection_token_request_profile.ProvisioningConnectionTokenRequestProfile, v
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class ProvisioningConnectionTokenRequest(ProvisioningConnectionRequest):
    """Token-based connection

    Attributes:
        profile: ProvisioningConnectionTokenRequestProfile
        base_url (`baseUrl`): Only used for the Zscaler 2.0 (`zscalerbyz`) app. The base URL for the Zscaler 2.0 target
            app, which also contains the Zscaler ID.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "profile": "profile",
        "baseUrl": "base_url",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "profile": "model",
        "base_url": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "profile": ("profile", _parse_profile),
        "base_url": ("baseUrl", None),
    }

    profile: ProvisioningConnectionTokenRequestProfile | None = _attrs_field(init=False)
    base_url: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        profile: ProvisioningConnectionTokenRequestProfile | None | Unset,
        base_url: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if profile is not UNSET:
            _set_field(self, "profile", profile)
        if base_url is not UNSET:
            _set_field(self, "base_url", base_url)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("profile", UNSET)) is not UNSET:
            d["profile"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("base_url", UNSET)) is not UNSET:
            d["baseUrl"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("profile", UNSET)) is not UNSET:
            obj.profile = _parse_profile(v, False)
        if (v := d.pop("baseUrl", UNSET)) is not UNSET:
            obj.base_url = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
