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
class AssignedAppLink(OktaModel):
    """An Okta `AssignedAppLink`.

    Attributes:
        app_assignment_id (`appAssignmentId`, read-only, never sent): str
        app_instance_id (`appInstanceId`, read-only, never sent): str
        app_name (`appName`, read-only, never sent): str
        credentials_setup (`credentialsSetup`, read-only, never sent): bool
        hidden (read-only, never sent): bool
        id (read-only, never sent): str
        label (read-only, never sent): str
        link_url (`linkUrl`, read-only, never sent): str
        logo_url (`logoUrl`, read-only, never sent): str
        sort_order (`sortOrder`, read-only, never sent): int
    """

    _json_names: ClassVar[dict[str, str]] = {
        "appAssignmentId": "app_assignment_id",
        "appInstanceId": "app_instance_id",
        "appName": "app_name",
        "credentialsSetup": "credentials_setup",
        "hidden": "hidden",
        "id": "id",
        "label": "label",
        "linkUrl": "link_url",
        "logoUrl": "logo_url",
        "sortOrder": "sort_order",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "app_assignment_id": "str",
        "app_instance_id": "str",
        "app_name": "str",
        "credentials_setup": "bool",
        "hidden": "bool",
        "id": "str",
        "label": "str",
        "link_url": "str",
        "logo_url": "str",
        "sort_order": "int",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "app_assignment_id": "appAssignmentId",
        "app_instance_id": "appInstanceId",
        "app_name": "appName",
        "credentials_setup": "credentialsSetup",
        "hidden": "hidden",
        "id": "id",
        "label": "label",
        "link_url": "linkUrl",
        "logo_url": "logoUrl",
        "sort_order": "sortOrder",
        "additional_properties": lambda d: _convert.undeclared(d, AssignedAppLink._json_names),
    }

    app_assignment_id: str | None | Unset = UNSET
    app_instance_id: str | None | Unset = UNSET
    app_name: str | None | Unset = UNSET
    credentials_setup: bool | None | Unset = UNSET
    hidden: bool | None | Unset = UNSET
    id: str | None | Unset = UNSET
    label: str | None | Unset = UNSET
    link_url: str | None | Unset = UNSET
    logo_url: str | None | Unset = UNSET
    sort_order: int | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.app_assignment_id is not UNSET and not omit_read_only:
            d["appAssignmentId"] = self.app_assignment_id
        if self.app_instance_id is not UNSET and not omit_read_only:
            d["appInstanceId"] = self.app_instance_id
        if self.app_name is not UNSET and not omit_read_only:
            d["appName"] = self.app_name
        if self.credentials_setup is not UNSET and not omit_read_only:
            d["credentialsSetup"] = self.credentials_setup
        if self.hidden is not UNSET and not omit_read_only:
            d["hidden"] = self.hidden
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.label is not UNSET and not omit_read_only:
            d["label"] = self.label
        if self.link_url is not UNSET and not omit_read_only:
            d["linkUrl"] = self.link_url
        if self.logo_url is not UNSET and not omit_read_only:
            d["logoUrl"] = self.logo_url
        if self.sort_order is not UNSET and not omit_read_only:
            d["sortOrder"] = self.sort_order
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.app_assignment_id = d.pop("appAssignmentId", UNSET)
        obj.app_instance_id = d.pop("appInstanceId", UNSET)
        obj.app_name = d.pop("appName", UNSET)
        obj.credentials_setup = d.pop("credentialsSetup", UNSET)
        obj.hidden = d.pop("hidden", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.label = d.pop("label", UNSET)
        obj.link_url = d.pop("linkUrl", UNSET)
        obj.logo_url = d.pop("logoUrl", UNSET)
        obj.sort_order = d.pop("sortOrder", UNSET)
        obj.additional_properties = d
        return obj
