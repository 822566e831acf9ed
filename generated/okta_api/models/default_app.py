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
class DefaultApp(OktaModel):
    """An Okta `DefaultApp`.

    Attributes:
        app_instance_id (`appInstanceId`): ID for the App instance
        app_link_name (`appLinkName`): Name for the app instance
        classic_application_uri (`classicApplicationUri`): Application URI for classic Orgs
    """

    _json_names: ClassVar[dict[str, str]] = {
        "appInstanceId": "app_instance_id",
        "appLinkName": "app_link_name",
        "classicApplicationUri": "classic_application_uri",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "app_instance_id": "str",
        "app_link_name": "str",
        "classic_application_uri": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "app_instance_id": ("appInstanceId", None),
        "app_link_name": ("appLinkName", None),
        "classic_application_uri": ("classicApplicationUri", None),
    }

    app_instance_id: str | None = _attrs_field(init=False)
    app_link_name: str | None = _attrs_field(init=False)
    classic_application_uri: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        app_instance_id: str | None | Unset = UNSET,
        app_link_name: str | None | Unset = UNSET,
        classic_application_uri: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if app_instance_id is not UNSET:
            _set_field(self, "app_instance_id", app_instance_id)
        if app_link_name is not UNSET:
            _set_field(self, "app_link_name", app_link_name)
        if classic_application_uri is not UNSET:
            _set_field(self, "classic_application_uri", classic_application_uri)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("app_instance_id", UNSET)) is not UNSET:
            d["appInstanceId"] = v
        if (v := values.get("app_link_name", UNSET)) is not UNSET:
            d["appLinkName"] = v
        if (v := values.get("classic_application_uri", UNSET)) is not UNSET:
            d["classicApplicationUri"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("appInstanceId", UNSET)) is not UNSET:
            obj.app_instance_id = v
        if (v := d.pop("appLinkName", UNSET)) is not UNSET:
            obj.app_link_name = v
        if (v := d.pop("classicApplicationUri", UNSET)) is not UNSET:
            obj.classic_application_uri = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
