from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import opt_in_status_response_links as _opt_in_status_response_links
from .opt_in_status_response_opt_in_status import OptInStatusResponseOptInStatus

if TYPE_CHECKING:
    from typing import Self

    from .opt_in_status_response_links import OptInStatusResponseLinks


_parse_opt_in_status = _convert.enum_parser(OptInStatusResponseOptInStatus)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _opt_in_status_response_links.OptInStatusResponseLinks.from_json(v)
            if lazy
            else _opt_in_status_response_links.OptInStatusResponseLinks.from_dict(v)
        )
    return _convert.parse_model(_opt_in_status_response_links.OptInStatusResponseLinks, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "opt_in_status": ("optInStatus", _parse_opt_in_status),
        "field_links": ("_links", _parse_field_links),
    }

    opt_in_status: OptInStatusResponseOptInStatus | None = _attrs_field(init=False)
    field_links: OptInStatusResponseLinks | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        opt_in_status: OptInStatusResponseOptInStatus | None | Unset = UNSET,
        field_links: OptInStatusResponseLinks | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if opt_in_status is not UNSET:
            _set_field(self, "opt_in_status", opt_in_status)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("opt_in_status", UNSET)) is not UNSET:
            d["optInStatus"] = v
        if (v := values.get("field_links", UNSET)) is not UNSET:
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
        if (v := d.pop("optInStatus", UNSET)) is not UNSET:
            obj.opt_in_status = _parse_opt_in_status(v, False)
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
