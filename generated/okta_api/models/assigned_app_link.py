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
        "app_assignment_id": ("appAssignmentId", None),
        "app_instance_id": ("appInstanceId", None),
        "app_name": ("appName", None),
        "credentials_setup": ("credentialsSetup", None),
        "hidden": ("hidden", None),
        "id": ("id", None),
        "label": ("label", None),
        "link_url": ("linkUrl", None),
        "logo_url": ("logoUrl", None),
        "sort_order": ("sortOrder", None),
    }

    app_assignment_id: str | None = _attrs_field(init=False)
    app_instance_id: str | None = _attrs_field(init=False)
    app_name: str | None = _attrs_field(init=False)
    credentials_setup: bool | None = _attrs_field(init=False)
    hidden: bool | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    label: str | None = _attrs_field(init=False)
    link_url: str | None = _attrs_field(init=False)
    logo_url: str | None = _attrs_field(init=False)
    sort_order: int | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        app_assignment_id: str | None | Unset = UNSET,
        app_instance_id: str | None | Unset = UNSET,
        app_name: str | None | Unset = UNSET,
        credentials_setup: bool | None | Unset = UNSET,
        hidden: bool | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        label: str | None | Unset = UNSET,
        link_url: str | None | Unset = UNSET,
        logo_url: str | None | Unset = UNSET,
        sort_order: int | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if app_assignment_id is not UNSET:
            _set_field(self, "app_assignment_id", app_assignment_id)
        if app_instance_id is not UNSET:
            _set_field(self, "app_instance_id", app_instance_id)
        if app_name is not UNSET:
            _set_field(self, "app_name", app_name)
        if credentials_setup is not UNSET:
            _set_field(self, "credentials_setup", credentials_setup)
        if hidden is not UNSET:
            _set_field(self, "hidden", hidden)
        if id is not UNSET:
            _set_field(self, "id", id)
        if label is not UNSET:
            _set_field(self, "label", label)
        if link_url is not UNSET:
            _set_field(self, "link_url", link_url)
        if logo_url is not UNSET:
            _set_field(self, "logo_url", logo_url)
        if sort_order is not UNSET:
            _set_field(self, "sort_order", sort_order)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("app_assignment_id", UNSET)) is not UNSET and not omit_read_only:
            d["appAssignmentId"] = v
        if (v := values.get("app_instance_id", UNSET)) is not UNSET and not omit_read_only:
            d["appInstanceId"] = v
        if (v := values.get("app_name", UNSET)) is not UNSET and not omit_read_only:
            d["appName"] = v
        if (v := values.get("credentials_setup", UNSET)) is not UNSET and not omit_read_only:
            d["credentialsSetup"] = v
        if (v := values.get("hidden", UNSET)) is not UNSET and not omit_read_only:
            d["hidden"] = v
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("label", UNSET)) is not UNSET and not omit_read_only:
            d["label"] = v
        if (v := values.get("link_url", UNSET)) is not UNSET and not omit_read_only:
            d["linkUrl"] = v
        if (v := values.get("logo_url", UNSET)) is not UNSET and not omit_read_only:
            d["logoUrl"] = v
        if (v := values.get("sort_order", UNSET)) is not UNSET and not omit_read_only:
            d["sortOrder"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("appAssignmentId", UNSET)) is not UNSET:
            obj.app_assignment_id = v
        if (v := d.pop("appInstanceId", UNSET)) is not UNSET:
            obj.app_instance_id = v
        if (v := d.pop("appName", UNSET)) is not UNSET:
            obj.app_name = v
        if (v := d.pop("credentialsSetup", UNSET)) is not UNSET:
            obj.credentials_setup = v
        if (v := d.pop("hidden", UNSET)) is not UNSET:
            obj.hidden = v
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("label", UNSET)) is not UNSET:
            obj.label = v
        if (v := d.pop("linkUrl", UNSET)) is not UNSET:
            obj.link_url = v
        if (v := d.pop("logoUrl", UNSET)) is not UNSET:
            obj.logo_url = v
        if (v := d.pop("sortOrder", UNSET)) is not UNSET:
            obj.sort_order = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
