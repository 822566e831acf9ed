from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import o_auth_resource_server_key_links as _o_auth_resource_server_key_links
from .o_auth_2_resource_server_json_web_key_status import OAuth2ResourceServerJsonWebKeyStatus

if TYPE_CHECKING:
    from typing import Self

    from .o_auth_resource_server_key_links import OAuthResourceServerKeyLinks


_parse_status = _convert.enum_parser(OAuth2ResourceServerJsonWebKeyStatus)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _o_auth_resource_server_key_links.OAuthResourceServerKeyLinks.from_json(v)
            if lazy
            else _o_auth_resource_server_key_links.OAuthResourceServerKeyLinks.from_dict(v)
        )
    return _convert.parse_model(_o_auth_resource_server_key_links.OAuthResourceServerKeyLinks, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class OAuth2ResourceServerJsonWebKey(OktaModel):
    """An Okta `OAuth2ResourceServerJsonWebKey`.

    Attributes:
        created (read-only, never sent): Timestamp when the JSON Web Key was created
        e: RSA key value (exponent) for key binding
        id (read-only, never sent): The unique ID of the JSON Web Key
        kid: Unique identifier of the JSON Web Key in the Custom Authorization Server's Public JWKS
        kty: Cryptographic algorithm family for the certificate's key pair
        last_updated (`lastUpdated`, read-only, never sent): Timestamp when the JSON Web Key was updated
        n: RSA key value (modulus) for key binding
        status: The status of the encryption key. You can use only an `ACTIVE` key to encrypt tokens
            issued by the authorization server.
        use: Acceptable use of the JSON Web Key
        field_links (`_links`, read-only, never sent): Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288))
            available for the current status of a JSON Web Key using the [JSON Hypertext Application
            Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification.
            This object is used for dynamic discovery of related resources and lifecycle operations.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "created": "created",
        "e": "e",
        "id": "id",
        "kid": "kid",
        "kty": "kty",
        "lastUpdated": "last_updated",
        "n": "n",
        "status": "status",
        "use": "use",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "created": "str",
        "e": "str",
        "id": "str",
        "kid": "str",
        "kty": "str",
        "last_updated": "str",
        "n": "str",
        "status": "enum",
        "use": "str",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "created": ("created", None),
        "e": ("e", None),
        "id": ("id", None),
        "kid": ("kid", None),
        "kty": ("kty", None),
        "last_updated": ("lastUpdated", None),
        "n": ("n", None),
        "status": ("status", _parse_status),
        "use": ("use", None),
        "field_links": ("_links", _parse_field_links),
    }

    created: str | None = _attrs_field(init=False)
    e: str | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    kid: str | None = _attrs_field(init=False)
    kty: str | None = _attrs_field(init=False)
    last_updated: str | None = _attrs_field(init=False)
    n: str | None = _attrs_field(init=False)
    status: OAuth2ResourceServerJsonWebKeyStatus | None = _attrs_field(init=False)
    use: str | None = _attrs_field(init=False)
    field_links: OAuthResourceServerKeyLinks | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        created: str | None | Unset = UNSET,
        e: str | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        kid: str | None | Unset = UNSET,
        kty: str | None | Unset = UNSET,
        last_updated: str | None | Unset = UNSET,
        n: str | None | Unset = UNSET,
        status: OAuth2ResourceServerJsonWebKeyStatus | None | Unset = UNSET,
        use: str | None | Unset = UNSET,
        field_links: OAuthResourceServerKeyLinks | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if created is not UNSET:
            _set_field(self, "created", created)
        if e is not UNSET:
            _set_field(self, "e", e)
        if id is not UNSET:
            _set_field(self, "id", id)
        if kid is not UNSET:
            _set_field(self, "kid", kid)
        if kty is not UNSET:
            _set_field(self, "kty", kty)
        if last_updated is not UNSET:
            _set_field(self, "last_updated", last_updated)
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
        if (v := values.get("created", UNSET)) is not UNSET and not omit_read_only:
            d["created"] = v
        if (v := values.get("e", UNSET)) is not UNSET:
            d["e"] = v
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("kid", UNSET)) is not UNSET:
            d["kid"] = v
        if (v := values.get("kty", UNSET)) is not UNSET:
            d["kty"] = v
        if (v := values.get("last_updated", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdated"] = v
        if (v := values.get("n", UNSET)) is not UNSET:
            d["n"] = v
        if (v := values.get("status", UNSET)) is not UNSET:
            d["status"] = v
        if (v := values.get("use", UNSET)) is not UNSET:
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
        if (v := d.pop("created", UNSET)) is not UNSET:
            obj.created = v
        if (v := d.pop("e", UNSET)) is not UNSET:
            obj.e = v
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("kid", UNSET)) is not UNSET:
            obj.kid = v
        if (v := d.pop("kty", UNSET)) is not UNSET:
            obj.kty = v
        if (v := d.pop("lastUpdated", UNSET)) is not UNSET:
            obj.last_updated = v
        if (v := d.pop("n", UNSET)) is not UNSET:
            obj.n = v
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        if (v := d.pop("use", UNSET)) is not UNSET:
            obj.use = v
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
