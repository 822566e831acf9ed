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
        "file_name": "fileName",
        "key_id": "keyId",
        "team_id": "teamId",
        "token_signing_key": "tokenSigningKey",
        "additional_properties": lambda d: _convert.undeclared(d, APNSConfiguration._json_names),
    }

    file_name: str | None | Unset = UNSET
    key_id: str | None | Unset = UNSET
    team_id: str | None | Unset = UNSET
    token_signing_key: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.file_name is not UNSET:
            d["fileName"] = self.file_name
        if self.key_id is not UNSET:
            d["keyId"] = self.key_id
        if self.team_id is not UNSET:
            d["teamId"] = self.team_id
        if self.token_signing_key is not UNSET:
            d["tokenSigningKey"] = self.token_signing_key
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
        obj.key_id = d.pop("keyId", UNSET)
        obj.team_id = d.pop("teamId", UNSET)
        obj.token_signing_key = d.pop("tokenSigningKey", UNSET)
        obj.additional_properties = d
        return obj
