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


def _parse_contacts(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _href_object.HrefObject.from_json(v) if lazy else _href_object.HrefObject.from_dict(v)
    return _convert.parse_model(_href_object.HrefObject, v)


def _parse_logo(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _href_object.HrefObject.from_json(v) if lazy else _href_object.HrefObject.from_dict(v)
    return _convert.parse_model(_href_object.HrefObject, v)


def _parse_okta_communication(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _href_object.HrefObject.from_json(v) if lazy else _href_object.HrefObject.from_dict(v)
    return _convert.parse_model(_href_object.HrefObject, v)


def _parse_okta_support(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _href_object.HrefObject.from_json(v) if lazy else _href_object.HrefObject.from_dict(v)
    return _convert.parse_model(_href_object.HrefObject, v)


def _parse_preferences(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _href_object.HrefObject.from_json(v) if lazy else _href_object.HrefObject.from_dict(v)
    return _convert.parse_model(_href_object.HrefObject, v)


def _parse_upload_logo(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _href_object.HrefObject.from_json(v) if lazy else _href_object.HrefObject.from_dict(v)
    return _convert.parse_model(_href_object.HrefObject, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "contacts": ("contacts", _parse_contacts),
        "logo": ("logo", _parse_logo),
        "okta_communication": ("oktaCommunication", _parse_okta_communication),
        "okta_support": ("oktaSupport", _parse_okta_support),
        "preferences": ("preferences", _parse_preferences),
        "upload_logo": ("uploadLogo", _parse_upload_logo),
    }

    contacts: HrefObject | None = _attrs_field(init=False)
    logo: HrefObject | None = _attrs_field(init=False)
    okta_communication: HrefObject | None = _attrs_field(init=False)
    okta_support: HrefObject | None = _attrs_field(init=False)
    preferences: HrefObject | None = _attrs_field(init=False)
    upload_logo: HrefObject | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        contacts: HrefObject | None | Unset = UNSET,
        logo: HrefObject | None | Unset = UNSET,
        okta_communication: HrefObject | None | Unset = UNSET,
        okta_support: HrefObject | None | Unset = UNSET,
        preferences: HrefObject | None | Unset = UNSET,
        upload_logo: HrefObject | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if contacts is not UNSET:
            _set_field(self, "contacts", contacts)
        if logo is not UNSET:
            _set_field(self, "logo", logo)
        if okta_communication is not UNSET:
            _set_field(self, "okta_communication", okta_communication)
        if okta_support is not UNSET:
            _set_field(self, "okta_support", okta_support)
        if preferences is not UNSET:
            _set_field(self, "preferences", preferences)
        if upload_logo is not UNSET:
            _set_field(self, "upload_logo", upload_logo)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("contacts", UNSET)) is not UNSET:
            d["contacts"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("logo", UNSET)) is not UNSET:
            d["logo"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("okta_communication", UNSET)) is not UNSET:
            d["oktaCommunication"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("okta_support", UNSET)) is not UNSET:
            d["oktaSupport"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("preferences", UNSET)) is not UNSET:
            d["preferences"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("upload_logo", UNSET)) is not UNSET:
            d["uploadLogo"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("contacts", UNSET)) is not UNSET:
            obj.contacts = _parse_contacts(v, False)
        if (v := d.pop("logo", UNSET)) is not UNSET:
            obj.logo = _parse_logo(v, False)
        if (v := d.pop("oktaCommunication", UNSET)) is not UNSET:
            obj.okta_communication = _parse_okta_communication(v, False)
        if (v := d.pop("oktaSupport", UNSET)) is not UNSET:
            obj.okta_support = _parse_okta_support(v, False)
        if (v := d.pop("preferences", UNSET)) is not UNSET:
            obj.preferences = _parse_preferences(v, False)
        if (v := d.pop("uploadLogo", UNSET)) is not UNSET:
            obj.upload_logo = _parse_upload_logo(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
