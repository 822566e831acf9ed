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
        "file_name": "fileName",
        "project_id": "projectId",
        "service_account_json": "serviceAccountJson",
        "additional_properties": lambda d: _convert.undeclared(d, FCMConfiguration._json_names),
    }

    file_name: str | None | Unset = UNSET
    project_id: str | None | Unset = UNSET
    service_account_json: dict[str, Any] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.file_name is not UNSET:
            d["fileName"] = self.file_name
        if self.project_id is not UNSET and not omit_read_only:
            d["projectId"] = self.project_id
        if self.service_account_json is not UNSET:
            d["serviceAccountJson"] = self.service_account_json
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.file_name = d.pop("fileName", UNSET)
        obj.project_id = d.pop("projectId", UNSET)
        obj.service_account_json = d.pop("serviceAccountJson", UNSET)
        obj.additional_properties = d
        return obj
