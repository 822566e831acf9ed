from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import href_object as _href_object

if TYPE_CHECKING:
    from typing import Self

    from .href_object import HrefObject


def _parse_extend(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _href_object.HrefObject.from_json(v) if lazy else _href_object.HrefObject.from_dict(v)
    return _convert.parse_model(_href_object.HrefObject, v)


def _parse_revoke(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _href_object.HrefObject.from_json(v) if lazy else _href_object.HrefObject.from_dict(v)
    return _convert.parse_model(_href_object.HrefObject, v)


def _parse_grant(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _href_object.HrefObject.from_json(v) if lazy else _href_object.HrefObject.from_dict(v)
    return _convert.parse_model(_href_object.HrefObject, v)


def _parse_case(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _href_object.HrefObject.from_json(v) if lazy else _href_object.HrefObject.from_dict(v)
    return _convert.parse_model(_href_object.HrefObject, v)


def _parse_cases(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _href_object.HrefObject.from_json(v) if lazy else _href_object.HrefObject.from_dict(v)
    return _convert.parse_model(_href_object.HrefObject, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class OrgOktaSupportSettingsObjLinks(OktaModel):
    """Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288)) available for
    the Okta Support Settings object using the [JSON Hypertext Application
    Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification

    Attributes:
        extend: HrefObject
        revoke: HrefObject
        grant: HrefObject
        case: HrefObject
        cases: HrefObject
    """

    _json_names: ClassVar[dict[str, str]] = {
        "extend": "extend",
        "revoke": "revoke",
        "grant": "grant",
        "case": "case",
        "cases": "cases",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "extend": "model",
        "revoke": "model",
        "grant": "model",
        "case": "model",
        "cases": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "extend": ("extend", _parse_extend),
        "revoke": ("revoke", _parse_revoke),
        "grant": ("grant", _parse_grant),
        "case": ("case", _parse_case),
        "cases": ("cases", _parse_cases),
    }

    extend: HrefObject | None = _attrs_field(init=False)
    revoke: HrefObject | None = _attrs_field(init=False)
    grant: HrefObject | None = _attrs_field(init=False)
    case: HrefObject | None = _attrs_field(init=False)
    cases: HrefObject | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        extend: HrefObject | None | Unset = UNSET,
        revoke: HrefObject | None | Unset = UNSET,
        grant: HrefObject | None | Unset = UNSET,
        case: HrefObject | None | Unset = UNSET,
        cases: HrefObject | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if extend is not UNSET:
            _set_field(self, "extend", extend)
        if revoke is not UNSET:
            _set_field(self, "revoke", revoke)
        if grant is not UNSET:
            _set_field(self, "grant", grant)
        if case is not UNSET:
            _set_field(self, "case", case)
        if cases is not UNSET:
            _set_field(self, "cases", cases)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("extend", UNSET)) is not UNSET:
            d["extend"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("revoke", UNSET)) is not UNSET:
            d["revoke"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("grant", UNSET)) is not UNSET:
            d["grant"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("case", UNSET)) is not UNSET:
            d["case"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("cases", UNSET)) is not UNSET:
            d["cases"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("extend", UNSET)) is not UNSET:
            obj.extend = _parse_extend(v, False)
        if (v := d.pop("revoke", UNSET)) is not UNSET:
            obj.revoke = _parse_revoke(v, False)
        if (v := d.pop("grant", UNSET)) is not UNSET:
            obj.grant = _parse_grant(v, False)
        if (v := d.pop("case", UNSET)) is not UNSET:
            obj.case = _parse_case(v, False)
        if (v := d.pop("cases", UNSET)) is not UNSET:
            obj.cases = _parse_cases(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
