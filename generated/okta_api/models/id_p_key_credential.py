from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field, unguarded_instance
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from typing import Self


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class IdPKeyCredential(OktaModel):
    """A [JSON Web Key](https://tools.ietf.org/html/rfc7517) for a signature or encryption credential for
    an IdP

    Attributes:
        created (read-only, never sent): Timestamp when the object was created
        e: The exponent value for the RSA public key
        expires_at (`expiresAt`, read-only, never sent): Timestamp when the object expires
        kid: Unique identifier for the key
        kty: Identifies the cryptographic algorithm family used with the key
        last_updated (`lastUpdated`, read-only, never sent): Timestamp when the object was last updated
        n: The modulus value for the RSA public key
        use: Intended use of the public key
        x5c: Base64-encoded X.509 certificate chain with DER encoding
        x_5_t_s256 (`x5t#S256`): Base64url-encoded SHA-256 thumbprint of the DER encoding of an X.509 certificate
    """

    _json_names: ClassVar[dict[str, str]] = {
        "created": "created",
        "e": "e",
        "expiresAt": "expires_at",
        "kid": "kid",
        "kty": "kty",
        "lastUpdated": "last_updated",
        "n": "n",
        "use": "use",
        "x5c": "x5c",
        "x5t#S256": "x_5_t_s256",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "created": "datetime",
        "e": "str",
        "expires_at": "datetime",
        "kid": "str",
        "kty": "str",
        "last_updated": "datetime",
        "n": "str",
        "use": "str",
        "x5c": "list:str",
        "x_5_t_s256": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "created": ("created", _convert.parse_datetime),
        "e": ("e", None),
        "expires_at": ("expiresAt", _convert.parse_datetime),
        "kid": ("kid", None),
        "kty": ("kty", None),
        "last_updated": ("lastUpdated", _convert.parse_datetime),
        "n": ("n", None),
        "use": ("use", None),
        "x5c": ("x5c", None),
        "x_5_t_s256": ("x5t#S256", None),
    }
    _extensible: ClassVar[bool] = True

    created: datetime.datetime | None = _attrs_field(init=False)
    e: str | None = _attrs_field(init=False)
    expires_at: datetime.datetime | None = _attrs_field(init=False)
    kid: str | None = _attrs_field(init=False)
    kty: str | None = _attrs_field(init=False)
    last_updated: datetime.datetime | None = _attrs_field(init=False)
    n: str | None = _attrs_field(init=False)
    use: str | None = _attrs_field(init=False)
    x5c: list[str] | None = _attrs_field(init=False)
    x_5_t_s256: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        created: datetime.datetime | None | Unset = UNSET,
        e: str | None | Unset = UNSET,
        expires_at: datetime.datetime | None | Unset = UNSET,
        kid: str | None | Unset = UNSET,
        kty: str | None | Unset = UNSET,
        last_updated: datetime.datetime | None | Unset = UNSET,
        n: str | None | Unset = UNSET,
        use: str | None | Unset = UNSET,
        x5c: list[str] | None | Unset = UNSET,
        x_5_t_s256: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if created is not UNSET:
            _set_field(self, "created", created)
        if e is not UNSET:
            _set_field(self, "e", e)
        if expires_at is not UNSET:
            _set_field(self, "expires_at", expires_at)
        if kid is not UNSET:
            _set_field(self, "kid", kid)
        if kty is not UNSET:
            _set_field(self, "kty", kty)
        if last_updated is not UNSET:
            _set_field(self, "last_updated", last_updated)
        if n is not UNSET:
            _set_field(self, "n", n)
        if use is not UNSET:
            _set_field(self, "use", use)
        if x5c is not UNSET:
            _set_field(self, "x5c", x5c)
        if x_5_t_s256 is not UNSET:
            _set_field(self, "x_5_t_s256", x_5_t_s256)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("created", UNSET)) is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(v)
        if (v := values.get("e", UNSET)) is not UNSET:
            d["e"] = v
        if (v := values.get("expires_at", UNSET)) is not UNSET and not omit_read_only:
            d["expiresAt"] = _convert.dump_datetime(v)
        if (v := values.get("kid", UNSET)) is not UNSET:
            d["kid"] = v
        if (v := values.get("kty", UNSET)) is not UNSET:
            d["kty"] = v
        if (v := values.get("last_updated", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(v)
        if (v := values.get("n", UNSET)) is not UNSET:
            d["n"] = v
        if (v := values.get("use", UNSET)) is not UNSET:
            d["use"] = v
        if (v := values.get("x5c", UNSET)) is not UNSET:
            d["x5c"] = v
        if (v := values.get("x_5_t_s256", UNSET)) is not UNSET:
            d["x5t#S256"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        # Of a subclass without this class's name-checking __setattr__ until every field is in.
        obj = unguarded_instance(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("created", UNSET)) is not UNSET:
            obj.created = _convert.parse_datetime(v, False)
        if (v := d.pop("e", UNSET)) is not UNSET:
            obj.e = v
        if (v := d.pop("expiresAt", UNSET)) is not UNSET:
            obj.expires_at = _convert.parse_datetime(v, False)
        if (v := d.pop("kid", UNSET)) is not UNSET:
            obj.kid = v
        if (v := d.pop("kty", UNSET)) is not UNSET:
            obj.kty = v
        if (v := d.pop("lastUpdated", UNSET)) is not UNSET:
            obj.last_updated = _convert.parse_datetime(v, False)
        if (v := d.pop("n", UNSET)) is not UNSET:
            obj.n = v
        if (v := d.pop("use", UNSET)) is not UNSET:
            obj.use = v
        if (v := d.pop("x5c", UNSET)) is not UNSET:
            obj.x5c = v
        if (v := d.pop("x5t#S256", UNSET)) is not UNSET:
            obj.x_5_t_s256 = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        obj.__class__ = cls  # same layout; attribute writes from here on go through __setattr__ again
        return obj

    if TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            """An undeclared attribute (`profile.employeeStartDate`), from `additional_properties`."""

    def __setattr__(self, name: str, value: Any) -> None:
        # Custom profile attributes set by attribute go where Okta expects them: into the profile.
        if name in _FIELDS or name.startswith("_"):
            object.__setattr__(self, name, value)
        else:
            self.additional_properties[name] = value


_FIELDS = frozenset(
    {
        "additional_properties",
        "created",
        "e",
        "expires_at",
        "kid",
        "kty",
        "last_updated",
        "n",
        "use",
        "x5c",
        "x_5_t_s256",
    }
)
