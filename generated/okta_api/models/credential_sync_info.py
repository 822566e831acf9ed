from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .credential_sync_state import CredentialSyncState

if TYPE_CHECKING:
    import datetime
    from typing import Self


_parse_sync_state = _convert.enum_parser(CredentialSyncState)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "error_code": ("errorCode", None),
        "error_reason": ("errorReason", None),
        "secret_version_id": ("secretVersionId", None),
        "sync_state": ("syncState", _parse_sync_state),
        "sync_time": ("syncTime", _convert.parse_datetime),
    }

    error_code: str | None = _attrs_field(init=False)
    error_reason: str | None = _attrs_field(init=False)
    secret_version_id: str | None = _attrs_field(init=False)
    sync_state: CredentialSyncState | None = _attrs_field(init=False)
    sync_time: datetime.datetime | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        error_code: str | None | Unset = UNSET,
        error_reason: str | None | Unset = UNSET,
        secret_version_id: str | None | Unset = UNSET,
        sync_state: CredentialSyncState | None | Unset = UNSET,
        sync_time: datetime.datetime | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if error_code is not UNSET:
            _set_field(self, "error_code", error_code)
        if error_reason is not UNSET:
            _set_field(self, "error_reason", error_reason)
        if secret_version_id is not UNSET:
            _set_field(self, "secret_version_id", secret_version_id)
        if sync_state is not UNSET:
            _set_field(self, "sync_state", sync_state)
        if sync_time is not UNSET:
            _set_field(self, "sync_time", sync_time)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("error_code", UNSET)) is not UNSET and not omit_read_only:
            d["errorCode"] = v
        if (v := values.get("error_reason", UNSET)) is not UNSET and not omit_read_only:
            d["errorReason"] = v
        if (v := values.get("secret_version_id", UNSET)) is not UNSET:
            d["secretVersionId"] = v
        if (v := values.get("sync_state", UNSET)) is not UNSET and not omit_read_only:
            d["syncState"] = v
        if (v := values.get("sync_time", UNSET)) is not UNSET and not omit_read_only:
            d["syncTime"] = _convert.dump_datetime(v)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("errorCode", UNSET)) is not UNSET:
            obj.error_code = v
        if (v := d.pop("errorReason", UNSET)) is not UNSET:
            obj.error_reason = v
        if (v := d.pop("secretVersionId", UNSET)) is not UNSET:
            obj.secret_version_id = v
        if (v := d.pop("syncState", UNSET)) is not UNSET:
            obj.sync_state = _parse_sync_state(v, False)
        if (v := d.pop("syncTime", UNSET)) is not UNSET:
            obj.sync_time = _convert.parse_datetime(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
