from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import app_properties as _app_properties

if TYPE_CHECKING:
    from typing import Self

    from .app_properties import AppProperties


def _parse_properties(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _app_properties.AppProperties.from_json(v) if lazy else _app_properties.AppProperties.from_dict(v)
    return _convert.parse_model(_app_properties.AppProperties, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class PostAPIServiceIntegrationInstanceRequest(OktaModel):
    """An Okta `PostAPIServiceIntegrationInstanceRequest`.

    Attributes:
        granted_scopes (`grantedScopes`): The list of Okta management scopes granted to the API Service Integration instance. See
            [Okta management OAuth 2.0
            scopes](https://developer.okta.com/docs/api/oauth2/#okta-admin-management).
        type_ (`type`): The type of the API service integration. This string is an underscore-concatenated,
            lowercased API service integration name. For example, `my_api_log_integration`.
        properties: App instance properties
    """

    _json_names: ClassVar[dict[str, str]] = {
        "grantedScopes": "granted_scopes",
        "type": "type_",
        "properties": "properties",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "granted_scopes": "list:str",
        "type_": "str",
        "properties": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "granted_scopes": ("grantedScopes", None),
        "type_": ("type", None),
        "properties": ("properties", _parse_properties),
    }

    granted_scopes: list[str] | None = _attrs_field(init=False)
    type_: str | None = _attrs_field(init=False)
    properties: AppProperties | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        granted_scopes: list[str] | None | Unset,
        type_: str | None | Unset,
        properties: AppProperties | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if granted_scopes is not UNSET:
            _set_field(self, "granted_scopes", granted_scopes)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        if properties is not UNSET:
            _set_field(self, "properties", properties)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("granted_scopes", UNSET)) is not UNSET:
            d["grantedScopes"] = v
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if (v := values.get("properties", UNSET)) is not UNSET:
            d["properties"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("grantedScopes", UNSET)) is not UNSET:
            obj.granted_scopes = v
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = v
        if (v := d.pop("properties", UNSET)) is not UNSET:
            obj.properties = _parse_properties(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
