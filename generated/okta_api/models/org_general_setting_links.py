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
class OrgGeneralSettingLinks(OktaModel):
    """Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288)) available for
    the org using the [JSON Hypertext Application
    Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification

    Attributes:
        contacts: HrefObject
        logo: HrefObject
        okta_communication (`oktaCommunication`): HrefObject
        okta_support (`oktaSupport`): HrefObject
        preferences: HrefObject
        upload_logo (`uploadLogo`): HrefObject
    """

    _json_names: ClassVar[dict[str, str]] = {
        "contacts": "contacts",
        "logo": "logo",
        "oktaCommunication": "okta_communication",
        "oktaSupport": "okta_support",
        "preferences": "preferences",
        "uploadLogo": "upload_logo",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "contacts": "model",
        "logo": "model",
        "okta_communication": "model",
        "okta_support": "model",
        "preferences": "model",
        "upload_logo": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "contacts": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("contacts", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "logo": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("logo", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "okta_communication": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("oktaCommunication", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "okta_support": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("oktaSupport", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "preferences": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("preferences", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "upload_logo": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("uploadLogo", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, OrgGeneralSettingLinks._json_names),
    }

    contacts: HrefObject | None | Unset = UNSET
    logo: HrefObject | None | Unset = UNSET
    okta_communication: HrefObject | None | Unset = UNSET
    okta_support: HrefObject | None | Unset = UNSET
    preferences: HrefObject | None | Unset = UNSET
    upload_logo: HrefObject | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.contacts is not UNSET:
            d["contacts"] = _convert.dump_model(self.contacts, omit_read_only)
        if self.logo is not UNSET:
            d["logo"] = _convert.dump_model(self.logo, omit_read_only)
        if self.okta_communication is not UNSET:
            d["oktaCommunication"] = _convert.dump_model(self.okta_communication, omit_read_only)
        if self.okta_support is not UNSET:
            d["oktaSupport"] = _convert.dump_model(self.okta_support, omit_read_only)
        if self.preferences is not UNSET:
            d["preferences"] = _convert.dump_model(self.preferences, omit_read_only)
        if self.upload_logo is not UNSET:
            d["uploadLogo"] = _convert.dump_model(self.upload_logo, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.contacts = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("contacts", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.logo = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("logo", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.okta_communication = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("oktaCommunication", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.okta_support = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("oktaSupport", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.preferences = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("preferences", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.upload_logo = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("uploadLogo", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.additional_properties = d
        return obj
