from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import links_self as _links_self

if TYPE_CHECKING:
    from typing import Self

    from .links_self import LinksSelf


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _links_self.LinksSelf.from_json(v) if lazy else _links_self.LinksSelf.from_dict(v)
    return _convert.parse_model(_links_self.LinksSelf, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class AuthorizationServerJsonWebKey(OktaModel):
    """An Okta `AuthorizationServerJsonWebKey`.

    Attributes:
        alg: The algorithm used with the Key. Valid value: `RS256`
        e (read-only, never sent): RSA key value (public exponent) for Key binding
        kid (read-only, never sent): Unique identifier for the key
        kty (read-only, never sent): Cryptographic algorithm family for the certificate's keypair. Valid value: `RSA`
        n: RSA modulus value that is used by both the public and private keys and provides a link
            between them
        status: An `ACTIVE` Key is used to sign tokens issued by the authorization server. Supported
            values: `ACTIVE`, `NEXT`, or `EXPIRED`<br>
            A `NEXT` Key is the next Key that the authorization server uses to sign tokens when Keys
            are rotated. The `NEXT` Key might not be listed if it hasn't been generated.
            An `EXPIRED` Key is the previous Key that the authorization server used to sign tokens.
            The `EXPIRED` Key might not be listed if no Key has expired or the expired Key was
            deleted.
        use (read-only, never sent): Acceptable use of the key. Valid value: `sig`
        field_links (`_links`, read-only, never sent): Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288))
            available using the [JSON Hypertext Application
            Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification.
            This object is used for dynamic discovery of related resources and lifecycle operations.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "alg": "alg",
        "e": "e",
        "kid": "kid",
        "kty": "kty",
        "n": "n",
        "status": "status",
        "use": "use",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "alg": "str",
        "e": "str",
        "kid": "str",
        "kty": "str",
        "n": "str",
        "status": "str",
        "use": "str",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "alg": ("alg", None),
        "e": ("e", None),
        "kid": ("kid", None),
        "kty": ("kty", None),
        "n": ("n", None),
        "status": ("status", None),
        "use": ("use", None),
        "field_links": ("_links", _parse_field_links),
    }

    alg: str | None = _attrs_field(init=False)
    e: str | None = _attrs_field(init=False)
    kid: str | None = _attrs_field(init=False)
    kty: str | None = _attrs_field(init=False)
    n: str | None = _attrs_field(init=False)
    status: str | None = _attrs_field(init=False)
    use: str | None = _attrs_field(init=False)
    field_links: LinksSelf | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        alg: str | None | Unset = UNSET,
        e: str | None | Unset = UNSET,
        kid: str | None | Unset = UNSET,
        kty: str | None | Unset = UNSET,
        n: str | None | Unset = UNSET,
        status: str | None | Unset = UNSET,
        use: str | None | Unset = UNSET,
        field_links: LinksSelf | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if alg is not UNSET:
            _set_field(self, "alg", alg)
        if e is not UNSET:
            _set_field(self, "e", e)
        if kid is not UNSET:
            _set_field(self, "kid", kid)
        if kty is not UNSET:
            _set_field(self, "kty", kty)
        if n is not UNSET:
            _set_field(self, "n", n)
        if status is not UNSET:
            _set_field(self, "status", status)
        if use is not UNSET:
            _set_field(self, "use", use)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("alg", UNSET)) is not UNSET:
            d["alg"] = v
        if (v := values.get("e", UNSET)) is not UNSET and not omit_read_only:
            d["e"] = v
        if (v := values.get("kid", UNSET)) is not UNSET and not omit_read_only:
            d["kid"] = v
        if (v := values.get("kty", UNSET)) is not UNSET and not omit_read_only:
            d["kty"] = v
        if (v := values.get("n", UNSET)) is not UNSET:
            d["n"] = v
        if (v := values.get("status", UNSET)) is not UNSET:
            d["status"] = v
        if (v := values.get("use", UNSET)) is not UNSET and not omit_read_only:
            d["use"] = v
        if (v := values.get("field_links", UNSET)) is not UNSET and not omit_read_only:
            d["_links"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("alg", UNSET)) is not UNSET:
            obj.alg = v
        if (v := d.pop("e", UNSET)) is not UNSET:
            obj.e = v
        if (v := d.pop("kid", UNSET)) is not UNSET:
            obj.kid = v
        if (v := d.pop("kty", UNSET)) is not UNSET:
            obj.kty = v
        if (v := d.pop("n", UNSET)) is not UNSET:
            obj.n = v
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = v
        if (v := d.pop("use", UNSET)) is not UNSET:
            obj.use = v
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
