from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .credential_sync_state import CredentialSyncState

if TYPE_CHECKING:
    import datetime
    from typing import Self


@_attrs_define(kw_only=True)
class CredentialSyncInfo(OktaModel):
    """An Okta `CredentialSyncInfo`.

    Attributes:
        error_code (`errorCode`, read-only, never sent): The error code for the type of error
        error_reason (`errorReason`, read-only, never sent): A short description of the error
        secret_version_id (`secretVersionId`): The version ID of the password secret from the OPA vault.
        sync_state (`syncState`, read-only, never sent): Current credential sync status of the privileged resource
        sync_time (`syncTime`, read-only, never sent): Timestamp when the credential was changed
    """

    _json_names: ClassVar[dict[str, str]] = {
        "errorCode": "error_code",
        "errorReason": "error_reason",
        "secretVersionId": "secret_version_id",
        "syncState": "sync_state",
        "syncTime": "sync_time",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "error_code": "str",
        "error_reason": "str",
        "secret_version_id": "str",
        "sync_state": "enum",
        "sync_time": "datetime",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "error_code": "errorCode",
        "error_reason": "errorReason",
        "secret_version_id": "secretVersionId",
        "sync_state": lambda d: (
            _convert.parse_enum(CredentialSyncState, v) if (v := d.get("syncState", UNSET)).__class__ is str else v
        ),
        "sync_time": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("syncTime", UNSET)).__class__ is str else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, CredentialSyncInfo._json_names),
    }

    error_code: str | None | Unset = UNSET
    error_reason: str | None | Unset = UNSET
    secret_version_id: str | None | Unset = UNSET
    sync_state: CredentialSyncState | None | Unset = UNSET
    sync_time: datetime.datetime | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.error_code is not UNSET and not omit_read_only:
            d["errorCode"] = self.error_code
        if self.error_reason is not UNSET and not omit_read_only:
            d["errorReason"] = self.error_reason
        if self.secret_version_id is not UNSET:
            d["secretVersionId"] = self.secret_version_id
        if self.sync_state is not UNSET and not omit_read_only:
            d["syncState"] = self.sync_state
        if self.sync_time is not UNSET and not omit_read_only:
            d["syncTime"] = _convert.dump_datetime(self.sync_time)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.error_code = d.pop("errorCode", UNSET)
        obj.error_reason = d.pop("errorReason", UNSET)
        obj.secret_version_id = d.pop("secretVersionId", UNSET)
        obj.sync_state = (
            _convert.parse_enum(CredentialSyncState, v) if (v := d.pop("syncState", UNSET)).__class__ is str else v
        )
        obj.sync_time = _convert.parse_datetime_text(v) if (v := d.pop("syncTime", UNSET)).__class__ is str else v
        obj.additional_properties = d
        return obj
