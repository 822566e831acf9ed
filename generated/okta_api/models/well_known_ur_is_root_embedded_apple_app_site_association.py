from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import well_known_uri_object_response as _well_known_uri_object_response

if TYPE_CHECKING:
    from typing import Self

    from .well_known_uri_object_response import WellKnownURIObjectResponse


@_attrs_define(kw_only=True)
class WellKnownURIsRootEmbeddedAppleAppSiteAssociation(OktaModel):
    """Contains the customized well-known URI content and links

    Attributes:
        customized: WellKnownURIObjectResponse
    """

    _json_names: ClassVar[dict[str, str]] = {
        "customized": "customized",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "customized": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "customized": lambda d: (
            _well_known_uri_object_response.WellKnownURIObjectResponse.from_json(v)
            if (v := d.get("customized", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_well_known_uri_object_response.WellKnownURIObjectResponse, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(
            d, WellKnownURIsRootEmbeddedAppleAppSiteAssociation._json_names
        ),
    }

    customized: WellKnownURIObjectResponse | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.customized is not UNSET:
            d["customized"] = _convert.dump_model(self.customized, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.customized = (
            _well_known_uri_object_response.WellKnownURIObjectResponse.from_dict(v)
            if (v := d.pop("customized", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_well_known_uri_object_response.WellKnownURIObjectResponse, v)
        )
        obj.additional_properties = d
        return obj
