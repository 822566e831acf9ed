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
class FCMConfiguration(OktaModel):
    """An Okta `FCMConfiguration`.

    Attributes:
        file_name (`fileName`): (Optional) File name for Admin Console display
        project_id (`projectId`, read-only, never sent): Project ID of FCM configuration
        service_account_json (`serviceAccountJson`): JSON containing the private service account key and service account details. See [Creating
            and managing service account
            keys](https://cloud.google.com/iam/docs/creating-managing-service-account-keys) for more
            information on creating service account keys in JSON.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "fileName": "file_name",
        "projectId": "project_id",
        "serviceAccountJson": "service_account_json",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "file_name": "str",
        "project_id": "str",
        "service_account_json": "dict",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "file_name": ("fileName", None),
        "project_id": ("projectId", None),
        "service_account_json": ("serviceAccountJson", None),
    }

    file_name: str | None = _attrs_field(init=False)
    project_id: str | None = _attrs_field(init=False)
    service_account_json: dict[str, Any] | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        file_name: str | None | Unset = UNSET,
        project_id: str | None | Unset = UNSET,
        service_account_json: dict[str, Any] | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if file_name is not UNSET:
            _set_field(self, "file_name", file_name)
        if project_id is not UNSET:
            _set_field(self, "project_id", project_id)
        if service_account_json is not UNSET:
            _set_field(self, "service_account_json", service_account_json)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("file_name", UNSET)) is not UNSET:
            d["fileName"] = v
        if (v := values.get("project_id", UNSET)) is not UNSET and not omit_read_only:
            d["projectId"] = v
        if (v := values.get("service_account_json", UNSET)) is not UNSET:
            d["serviceAccountJson"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("fileName", UNSET)) is not UNSET:
            obj.file_name = v
        if (v := d.pop("projectId", UNSET)) is not UNSET:
            obj.project_id = v
        if (v := d.pop("serviceAccountJson", UNSET)) is not UNSET:
            obj.service_account_json = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
