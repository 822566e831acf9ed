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
        "app_instance_id": "appInstanceId",
        "app_link_name": "appLinkName",
        "classic_application_uri": "classicApplicationUri",
        "additional_properties": lambda d: _convert.undeclared(d, DefaultApp._json_names),
    }

    app_instance_id: str | None | Unset = UNSET
    app_link_name: str | None | Unset = UNSET
    classic_application_uri: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.app_instance_id is not UNSET:
            d["appInstanceId"] = self.app_instance_id
        if self.app_link_name is not UNSET:
            d["appLinkName"] = self.app_link_name
        if self.classic_application_uri is not UNSET:
            d["classicApplicationUri"] = self.classic_application_uri
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.app_instance_id = d.pop("appInstanceId", UNSET)
        obj.app_link_name = d.pop("appLinkName", UNSET)
        obj.classic_application_uri = d.pop("classicApplicationUri", UNSET)
        obj.additional_properties = d
        return obj
