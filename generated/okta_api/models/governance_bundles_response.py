from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import governance_bundle as _governance_bundle
from . import governance_bundles_response_links as _governance_bundles_response_links

if TYPE_CHECKING:
    from typing import Self

    from .governance_bundle import GovernanceBundle
    from .governance_bundles_response_links import GovernanceBundlesResponseLinks


@_attrs_define(kw_only=True)
class GovernanceBundlesResponse(OktaModel):
    """An Okta `GovernanceBundlesResponse`.

    Attributes:
        bundles: List of governance bundles
        field_links (`_links`, read-only, never sent): GovernanceBundlesResponseLinks
    """

    _json_names: ClassVar[dict[str, str]] = {
        "bundles": "bundles",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "bundles": "list:model",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "bundles": lambda d: _convert.parse_model_list(
            _governance_bundle.GovernanceBundle.from_json, d.get("bundles", UNSET)
        ),
        "field_links": lambda d: (
            _governance_bundles_response_links.GovernanceBundlesResponseLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_governance_bundles_response_links.GovernanceBundlesResponseLinks, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, GovernanceBundlesResponse._json_names),
    }

    bundles: list[GovernanceBundle] | None | Unset = UNSET
    field_links: GovernanceBundlesResponseLinks | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.bundles is not UNSET:
            d["bundles"] = _convert.dump_model_list(self.bundles, omit_read_only)
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
        obj.bundles = _convert.parse_model_list(_governance_bundle.GovernanceBundle.from_dict, d.pop("bundles", UNSET))
        obj.field_links = (
            _governance_bundles_response_links.GovernanceBundlesResponseLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_governance_bundles_response_links.GovernanceBundlesResponseLinks, v)
        )
        obj.additional_properties = d
        return obj
