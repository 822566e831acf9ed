from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import opt_in_status_response_links as _opt_in_status_response_links
from .opt_in_status_response_opt_in_status import OptInStatusResponseOptInStatus

if TYPE_CHECKING:
    from typing import Self

    from .opt_in_status_response_links import OptInStatusResponseLinks


@_attrs_define(kw_only=True)
class OptInStatusResponse(OktaModel):
    """An Okta `OptInStatusResponse`.

    Attributes:
        opt_in_status (`optInStatus`): The entitlement management opt-in status for the Admin Console
        field_links (`_links`): Link relations available
    """

    _json_names: ClassVar[dict[str, str]] = {
        "optInStatus": "opt_in_status",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "opt_in_status": "enum",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "opt_in_status": lambda d: (
            _convert.parse_enum(OptInStatusResponseOptInStatus, v)
            if (v := d.get("optInStatus", UNSET)).__class__ is str
            else v
        ),
        "field_links": lambda d: (
            _opt_in_status_response_links.OptInStatusResponseLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_opt_in_status_response_links.OptInStatusResponseLinks, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, OptInStatusResponse._json_names),
    }

    opt_in_status: OptInStatusResponseOptInStatus | None | Unset = UNSET
    field_links: OptInStatusResponseLinks | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.opt_in_status is not UNSET:
            d["optInStatus"] = self.opt_in_status
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
        obj.opt_in_status = (
            _convert.parse_enum(OptInStatusResponseOptInStatus, v)
            if (v := d.pop("optInStatus", UNSET)).__class__ is str
            else v
        )
        obj.field_links = (
            _opt_in_status_response_links.OptInStatusResponseLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_opt_in_status_response_links.OptInStatusResponseLinks, v)
        )
        obj.additional_properties = d
        return obj
