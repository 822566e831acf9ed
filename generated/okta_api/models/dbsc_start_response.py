from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import dbsc_credential as _dbsc_credential
from . import dbsc_scope as _dbsc_scope

if TYPE_CHECKING:
    from typing import Self

    from .dbsc_credential import DbscCredential
    from .dbsc_scope import DbscScope


def _parse_credentials(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _dbsc_credential.DbscCredential.from_json if lazy else _dbsc_credential.DbscCredential.from_dict, v
    )


def _parse_scope(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _dbsc_scope.DbscScope.from_json(v) if lazy else _dbsc_scope.DbscScope.from_dict(v)
    return _convert.parse_model(_dbsc_scope.DbscScope, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class DbscStartResponse(OktaModel):
    """An Okta `DbscStartResponse`.

    Attributes:
        credentials (read-only, never sent): list[DbscCredential]
        refresh_url (read-only, never sent): URL to call for cookie refresh
        scope: DbscScope
        session_identifier (read-only, never sent): The session identifier for this DBSC binding. Use this value in the
            `Sec-Secure-Session-Id` header for refresh requests.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "credentials": "credentials",
        "refresh_url": "refresh_url",
        "scope": "scope",
        "session_identifier": "session_identifier",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "credentials": "list:model",
        "refresh_url": "str",
        "scope": "model",
        "session_identifier": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "credentials": ("credentials", _parse_credentials),
        "refresh_url": ("refresh_url", None),
        "scope": ("scope", _parse_scope),
        "session_identifier": ("session_identifier", None),
    }

    credentials: list[DbscCredential] | None = _attrs_field(init=False)
    refresh_url: str | None = _attrs_field(init=False)
    scope: DbscScope | None = _attrs_field(init=False)
    session_identifier: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        credentials: list[DbscCredential] | None | Unset,
        refresh_url: str | None | Unset,
        scope: DbscScope | None | Unset,
        session_identifier: str | None | Unset,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if credentials is not UNSET:
            _set_field(self, "credentials", credentials)
        if refresh_url is not UNSET:
            _set_field(self, "refresh_url", refresh_url)
        if scope is not UNSET:
            _set_field(self, "scope", scope)
        if session_identifier is not UNSET:
            _set_field(self, "session_identifier", session_identifier)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("credentials", UNSET)) is not UNSET and not omit_read_only:
            d["credentials"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("refresh_url", UNSET)) is not UNSET and not omit_read_only:
            d["refresh_url"] = v
        if (v := values.get("scope", UNSET)) is not UNSET:
            d["scope"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("session_identifier", UNSET)) is not UNSET and not omit_read_only:
            d["session_identifier"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("credentials", UNSET)) is not UNSET:
            obj.credentials = _parse_credentials(v, False)
        if (v := d.pop("refresh_url", UNSET)) is not UNSET:
            obj.refresh_url = v
        if (v := d.pop("scope", UNSET)) is not UNSET:
            obj.scope = _parse_scope(v, False)
        if (v := d.pop("session_identifier", UNSET)) is not UNSET:
            obj.session_identifier = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
