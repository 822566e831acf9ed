from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import links_aerial_consent_revoked as _links_aerial_consent_revoked

if TYPE_CHECKING:
    from typing import Self

    from .links_aerial_consent_revoked import LinksAerialConsentRevoked


@_attrs_define(kw_only=True)
class OrgAerialConsentRevoked(OktaModel):
    """An Okta `OrgAerialConsentRevoked`.

    Attributes:
        field_links (`_links`): LinksAerialConsentRevoked
    """

    _json_names: ClassVar[dict[str, str]] = {
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "field_links": lambda d: (
            _links_aerial_consent_revoked.LinksAerialConsentRevoked.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_aerial_consent_revoked.LinksAerialConsentRevoked, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, OrgAerialConsentRevoked._json_names),
    }

    field_links: LinksAerialConsentRevoked | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.field_links is not UNSET:
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
        obj.field_links = (
            _links_aerial_consent_revoked.LinksAerialConsentRevoked.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_aerial_consent_revoked.LinksAerialConsentRevoked, v)
        )
        obj.additional_properties = d
        return obj
