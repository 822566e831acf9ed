from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from typing import Self


@_attrs_define(kw_only=True)
class JsonWebKey(OktaModel):
    """An Okta `JsonWebKey`.

    Attributes:
        field_links (`_links`, read-only, never sent): dict[str, Any]
        alg: str
        created: datetime.datetime
        e: str
        expires_at (`expiresAt`): datetime.datetime
        key_ops: list[str]
        kid: str
        kty: str
        last_updated (`lastUpdated`): datetime.datetime
        n: str
        status: str
        use: str
        x5c: list[str]
        x5t: str
        x_5_t_s256 (`x5t#S256`): str
        x5u: str
    """

    _json_names: ClassVar[dict[str, str]] = {
        "_links": "field_links",
        "alg": "alg",
        "created": "created",
        "e": "e",
        "expiresAt": "expires_at",
        "key_ops": "key_ops",
        "kid": "kid",
        "kty": "kty",
        "lastUpdated": "last_updated",
        "n": "n",
        "status": "status",
        "use": "use",
        "x5c": "x5c",
        "x5t": "x5t",
        "x5t#S256": "x_5_t_s256",
        "x5u": "x5u",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "field_links": "dict",
        "alg": "str",
        "created": "datetime",
        "e": "str",
        "expires_at": "datetime",
        "key_ops": "list:str",
        "kid": "str",
        "kty": "str",
        "last_updated": "datetime",
        "n": "str",
        "status": "str",
        "use": "str",
        "x5c": "list:str",
        "x5t": "str",
        "x_5_t_s256": "str",
        "x5u": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "field_links": "_links",
        "alg": "alg",
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "e": "e",
        "expires_at": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("expiresAt", UNSET)).__class__ is str else v
        ),
        "key_ops": "key_ops",
        "kid": "kid",
        "kty": "kty",
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "n": "n",
        "status": "status",
        "use": "use",
        "x5c": "x5c",
        "x5t": "x5t",
        "x_5_t_s256": "x5t#S256",
        "x5u": "x5u",
        "additional_properties": lambda d: _convert.undeclared(d, JsonWebKey._json_names),
    }

    field_links: dict[str, Any] | None | Unset = UNSET
    alg: str | None | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    e: str | None | Unset = UNSET
    expires_at: datetime.datetime | None | Unset = UNSET
    key_ops: list[str] | None | Unset = UNSET
    kid: str | None | Unset = UNSET
    kty: str | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    n: str | None | Unset = UNSET
    status: str | None | Unset = UNSET
    use: str | None | Unset = UNSET
    x5c: list[str] | None | Unset = UNSET
    x5t: str | None | Unset = UNSET
    x_5_t_s256: str | None | Unset = UNSET
    x5u: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.field_links is not UNSET and not omit_read_only:
            d["_links"] = self.field_links
        if self.alg is not UNSET:
            d["alg"] = self.alg
        if self.created is not UNSET:
            d["created"] = _convert.dump_datetime(self.created)
        if self.e is not UNSET:
            d["e"] = self.e
        if self.expires_at is not UNSET:
            d["expiresAt"] = _convert.dump_datetime(self.expires_at)
        if self.key_ops is not UNSET:
            d["key_ops"] = self.key_ops
        if self.kid is not UNSET:
            d["kid"] = self.kid
        if self.kty is not UNSET:
            d["kty"] = self.kty
        if self.last_updated is not UNSET:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.n is not UNSET:
            d["n"] = self.n
        if self.status is not UNSET:
            d["status"] = self.status
        if self.use is not UNSET:
            d["use"] = self.use
        if self.x5c is not UNSET:
            d["x5c"] = self.x5c
        if self.x5t is not UNSET:
            d["x5t"] = self.x5t
        if self.x_5_t_s256 is not UNSET:
            d["x5t#S256"] = self.x_5_t_s256
        if self.x5u is not UNSET:
            d["x5u"] = self.x5u
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.field_links = d.pop("_links", UNSET)
        obj.alg = d.pop("alg", UNSET)
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.e = d.pop("e", UNSET)
        obj.expires_at = _convert.parse_datetime_text(v) if (v := d.pop("expiresAt", UNSET)).__class__ is str else v
        obj.key_ops = d.pop("key_ops", UNSET)
        obj.kid = d.pop("kid", UNSET)
        obj.kty = d.pop("kty", UNSET)
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.n = d.pop("n", UNSET)
        obj.status = d.pop("status", UNSET)
        obj.use = d.pop("use", UNSET)
        obj.x5c = d.pop("x5c", UNSET)
        obj.x5t = d.pop("x5t", UNSET)
        obj.x_5_t_s256 = d.pop("x5t#S256", UNSET)
        obj.x5u = d.pop("x5u", UNSET)
        obj.additional_properties = d
        return obj
