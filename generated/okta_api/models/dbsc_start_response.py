from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import dbsc_credential as _dbsc_credential
from . import dbsc_scope as _dbsc_scope

if TYPE_CHECKING:
    from typing import Self

    from .dbsc_credential import DbscCredential
    from .dbsc_scope import DbscScope


@_attrs_define(kw_only=True)
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
        "credentials": lambda d: _convert.parse_model_list(
            _dbsc_credential.DbscCredential.from_json, d.get("credentials", UNSET)
        ),
        "refresh_url": "refresh_url",
        "scope": lambda d: (
            _dbsc_scope.DbscScope.from_json(v)
            if (v := d.get("scope", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_dbsc_scope.DbscScope, v)
        ),
        "session_identifier": "session_identifier",
        "additional_properties": lambda d: _convert.undeclared(d, DbscStartResponse._json_names),
    }

    credentials: list[DbscCredential] | None | Unset
    refresh_url: str | None | Unset
    scope: DbscScope | None | Unset
    session_identifier: str | None | Unset

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.credentials is not UNSET and not omit_read_only:
            d["credentials"] = _convert.dump_model_list(self.credentials, omit_read_only)
        if self.refresh_url is not UNSET and not omit_read_only:
            d["refresh_url"] = self.refresh_url
        if self.scope is not UNSET:
            d["scope"] = _convert.dump_model(self.scope, omit_read_only)
        if self.session_identifier is not UNSET and not omit_read_only:
            d["session_identifier"] = self.session_identifier
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.credentials = _convert.parse_model_list(
            _dbsc_credential.DbscCredential.from_dict, d.pop("credentials", UNSET)
        )
        obj.refresh_url = d.pop("refresh_url", UNSET)
        obj.scope = (
            _dbsc_scope.DbscScope.from_dict(v)
            if (v := d.pop("scope", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_dbsc_scope.DbscScope, v)
        )
        obj.session_identifier = d.pop("session_identifier", UNSET)
        obj.additional_properties = d
        return obj
