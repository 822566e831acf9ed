from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import id_p_csr_links as _id_p_csr_links

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .id_p_csr_links import IdPCsrLinks


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _id_p_csr_links.IdPCsrLinks.from_json(v) if lazy else _id_p_csr_links.IdPCsrLinks.from_dict(v)
    return _convert.parse_model(_id_p_csr_links.IdPCsrLinks, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class IdPCsr(OktaModel):
    """Defines a CSR for a signature or decryption credential for an IdP

    Attributes:
        created (read-only, never sent): Timestamp when the object was created
        csr (read-only, never sent): Base64-encoded CSR in DER format
        id (read-only, never sent): Unique identifier for the CSR
        kty: Cryptographic algorithm family for the CSR's keypair
        field_links (`_links`, read-only, never sent): IdPCsrLinks
    """

    _json_names: ClassVar[dict[str, str]] = {
        "created": "created",
        "csr": "csr",
        "id": "id",
        "kty": "kty",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "created": "datetime",
        "csr": "str",
        "id": "str",
        "kty": "str",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "created": ("created", _convert.parse_datetime),
        "csr": ("csr", None),
        "id": ("id", None),
        "kty": ("kty", None),
        "field_links": ("_links", _parse_field_links),
    }

    created: datetime.datetime | None = _attrs_field(init=False)
    csr: str | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    kty: str | None = _attrs_field(init=False)
    field_links: IdPCsrLinks | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        created: datetime.datetime | None | Unset = UNSET,
        csr: str | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        kty: str | None | Unset = UNSET,
        field_links: IdPCsrLinks | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if created is not UNSET:
            _set_field(self, "created", created)
        if csr is not UNSET:
            _set_field(self, "csr", csr)
        if id is not UNSET:
            _set_field(self, "id", id)
        if kty is not UNSET:
            _set_field(self, "kty", kty)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("created", UNSET)) is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(v)
        if (v := values.get("csr", UNSET)) is not UNSET and not omit_read_only:
            d["csr"] = v
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("kty", UNSET)) is not UNSET:
            d["kty"] = v
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
            obj.created = _convert.parse_datetime(v, False)
        if (v := d.pop("csr", UNSET)) is not UNSET:
            obj.csr = v
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("kty", UNSET)) is not UNSET:
            obj.kty = v
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
