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
class OktaManagedUserAccountRequest(OktaModel):
    """Request body for creating an Okta managed user account

    Attributes:
        name: The user-defined name for the Okta managed user account
        okta_user_id (`oktaUserId`): The ID of the Okta user to manage as a service account.
            This must be an existing user in your Okta org.
        description: The description of the Okta managed user account
        owner_group_ids (`ownerGroupIds`): A list of IDs of the Okta groups who own the Okta managed user account
        owner_user_ids (`ownerUserIds`): A list of IDs of the Okta users who own the Okta managed user account
    """

    _json_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "oktaUserId": "okta_user_id",
        "description": "description",
        "ownerGroupIds": "owner_group_ids",
        "ownerUserIds": "owner_user_ids",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "name": "str",
        "okta_user_id": "str",
        "description": "str",
        "owner_group_ids": "list:str",
        "owner_user_ids": "list:str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "name": ("name", None),
        "okta_user_id": ("oktaUserId", None),
        "description": ("description", None),
        "owner_group_ids": ("ownerGroupIds", None),
        "owner_user_ids": ("ownerUserIds", None),
    }

    name: str | None = _attrs_field(init=False)
    okta_user_id: str | None = _attrs_field(init=False)
    description: str | None = _attrs_field(init=False)
    owner_group_ids: list[str] | None = _attrs_field(init=False)
    owner_user_ids: list[str] | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        name: str | None | Unset,
        okta_user_id: str | None | Unset,
        description: str | None | Unset = UNSET,
        owner_group_ids: list[str] | None | Unset = UNSET,
        owner_user_ids: list[str] | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if name is not UNSET:
            _set_field(self, "name", name)
        if okta_user_id is not UNSET:
            _set_field(self, "okta_user_id", okta_user_id)
        if description is not UNSET:
            _set_field(self, "description", description)
        if owner_group_ids is not UNSET:
            _set_field(self, "owner_group_ids", owner_group_ids)
        if owner_user_ids is not UNSET:
            _set_field(self, "owner_user_ids", owner_user_ids)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if (v := values.get("okta_user_id", UNSET)) is not UNSET:
            d["oktaUserId"] = v
        if (v := values.get("description", UNSET)) is not UNSET:
            d["description"] = v
        if (v := values.get("owner_group_ids", UNSET)) is not UNSET:
            d["ownerGroupIds"] = v
        if (v := values.get("owner_user_ids", UNSET)) is not UNSET:
            d["ownerUserIds"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("oktaUserId", UNSET)) is not UNSET:
            obj.okta_user_id = v
        if (v := d.pop("description", UNSET)) is not UNSET:
            obj.description = v
        if (v := d.pop("ownerGroupIds", UNSET)) is not UNSET:
            obj.owner_group_ids = v
        if (v := d.pop("ownerUserIds", UNSET)) is not UNSET:
            obj.owner_user_ids = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
