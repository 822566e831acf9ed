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
class APNSConfiguration(OktaModel):
    """An Okta `APNSConfiguration`.

    Attributes:
        file_name (`fileName`): (Optional) File name for Admin Console display
        key_id (`keyId`): 10-character Key ID obtained from the Apple developer account
        team_id (`teamId`): 10-character Team ID used to develop the iOS app
        token_signing_key (`tokenSigningKey`): APNs private authentication token signing key
    """

    _json_names: ClassVar[dict[str, str]] = {
        "fileName": "file_name",
        "keyId": "key_id",
        "teamId": "team_id",
        "tokenSigningKey": "token_signing_key",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "file_name": "str",
        "key_id": "str",
        "team_id": "str",
        "token_signing_key": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "file_name": ("fileName", None),
        "key_id": ("keyId", None),
        "team_id": ("teamId", None),
        "token_signing_key": ("tokenSigningKey", None),
    }

    file_name: str | None = _attrs_field(init=False)
    key_id: str | None = _attrs_field(init=False)
    team_id: str | None = _attrs_field(init=False)
    token_signing_key: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        file_name: str | None | Unset = UNSET,
        key_id: str | None | Unset = UNSET,
        team_id: str | None | Unset = UNSET,
        token_signing_key: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if file_name is not UNSET:
            _set_field(self, "file_name", file_name)
        if key_id is not UNSET:
            _set_field(self, "key_id", key_id)
        if team_id is not UNSET:
            _set_field(self, "team_id", team_id)
        if token_signing_key is not UNSET:
            _set_field(self, "token_signing_key", token_signing_key)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("file_name", UNSET)) is not UNSET:
            d["fileName"] = v
        if (v := values.get("key_id", UNSET)) is not UNSET:
            d["keyId"] = v
        if (v := values.get("team_id", UNSET)) is not UNSET:
            d["teamId"] = v
        if (v := values.get("token_signing_key", UNSET)) is not UNSET:
            d["tokenSigningKey"] = v
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
        if (v := d.pop("keyId", UNSET)) is not UNSET:
            obj.key_id = v
        if (v := d.pop("teamId", UNSET)) is not UNSET:
            obj.team_id = v
        if (v := d.pop("tokenSigningKey", UNSET)) is not UNSET:
            obj.token_signing_key = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
