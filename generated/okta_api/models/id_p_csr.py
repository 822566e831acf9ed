from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import id_p_csr_links as _id_p_csr_links

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .id_p_csr_links import IdPCsrLinks


@_attrs_define(kw_only=True)
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
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "csr": "csr",
        "id": "id",
        "kty": "kty",
        "field_links": lambda d: (
            _id_p_csr_links.IdPCsrLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_id_p_csr_links.IdPCsrLinks, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, IdPCsr._json_names),
    }

    created: datetime.datetime | None | Unset = UNSET
    csr: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    kty: str | None | Unset = UNSET
    field_links: IdPCsrLinks | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.csr is not UNSET and not omit_read_only:
            d["csr"] = self.csr
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.kty is not UNSET:
            d["kty"] = self.kty
        if self.field_links is not UNSET and not omit_read_only:
            d["_links"] = _convert.dump_model(self.field_links, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.csr = d.pop("csr", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.kty = d.pop("kty", UNSET)
        obj.field_links = (
            _id_p_csr_links.IdPCsrLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_id_p_csr_links.IdPCsrLinks, v)
        )
        obj.additional_properties = d
        return obj
