from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import href_object as _href_object

if TYPE_CHECKING:
    from typing import Self

    from .href_object import HrefObject


@_attrs_define(kw_only=True)
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
        "extend": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("extend", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "revoke": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("revoke", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "grant": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("grant", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "case": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("case", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "cases": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("cases", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, OrgOktaSupportSettingsObjLinks._json_names),
    }

    extend: HrefObject | None | Unset = UNSET
    revoke: HrefObject | None | Unset = UNSET
    grant: HrefObject | None | Unset = UNSET
    case: HrefObject | None | Unset = UNSET
    cases: HrefObject | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.extend is not UNSET:
            d["extend"] = _convert.dump_model(self.extend, omit_read_only)
        if self.revoke is not UNSET:
            d["revoke"] = _convert.dump_model(self.revoke, omit_read_only)
        if self.grant is not UNSET:
            d["grant"] = _convert.dump_model(self.grant, omit_read_only)
        if self.case is not UNSET:
            d["case"] = _convert.dump_model(self.case, omit_read_only)
        if self.cases is not UNSET:
            d["cases"] = _convert.dump_model(self.cases, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.extend = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("extend", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.revoke = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("revoke", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.grant = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("grant", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.case = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("case", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.cases = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("cases", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.additional_properties = d
        return obj
