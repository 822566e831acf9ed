from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import csr_self_href_hints as _csr_self_href_hints

if TYPE_CHECKING:
    from typing import Self

    from .csr_self_href_hints import CsrSelfHrefHints


@_attrs_define(kw_only=True)
class HrefCsrSelfLink(OktaModel):
    """Link Object

    Link to the resource (self)

    Attributes:
        href: Link URI
        hints: Describes allowed HTTP verbs for the `href`
    """

    _json_names: ClassVar[dict[str, str]] = {
        "href": "href",
        "hints": "hints",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "href": "str",
        "hints": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "href": "href",
        "hints": lambda d: (
            _csr_self_href_hints.CsrSelfHrefHints.from_json(v)
            if (v := d.get("hints", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_csr_self_href_hints.CsrSelfHrefHints, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, HrefCsrSelfLink._json_names),
    }

    href: str | None | Unset
    hints: CsrSelfHrefHints | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.href is not UNSET:
            d["href"] = self.href
        if self.hints is not UNSET:
            d["hints"] = _convert.dump_model(self.hints, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.href = d.pop("href", UNSET)
        obj.hints = (
            _csr_self_href_hints.CsrSelfHrefHints.from_dict(v)
            if (v := d.pop("hints", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_csr_self_href_hints.CsrSelfHrefHints, v)
        )
        obj.additional_properties = d
        return obj
