from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import org_okta_support_settings_obj_links as _org_okta_support_settings_obj_links
from .org_okta_support_setting import OrgOktaSupportSetting

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .org_okta_support_settings_obj_links import OrgOktaSupportSettingsObjLinks


@_attrs_define(kw_only=True)
class OrgOktaSupportSettingsObj(OktaModel):
    """An Okta `OrgOktaSupportSettingsObj`.

    Attributes:
        case_number (`caseNumber`, read-only, never sent): Support case number for the Okta Support access grant
        expiration (read-only, never sent): Expiration of Okta Support
        support: Status of Okta Support Settings
        field_links (`_links`, read-only, never sent): Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288))
            available for the Okta Support Settings object using the [JSON Hypertext Application
            Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification
    """

    _json_names: ClassVar[dict[str, str]] = {
        "caseNumber": "case_number",
        "expiration": "expiration",
        "support": "support",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "case_number": "str",
        "expiration": "datetime",
        "support": "enum",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "case_number": "caseNumber",
        "expiration": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("expiration", UNSET)).__class__ is str else v
        ),
        "support": lambda d: (
            _convert.parse_enum(OrgOktaSupportSetting, v) if (v := d.get("support", UNSET)).__class__ is str else v
        ),
        "field_links": lambda d: (
            _org_okta_support_settings_obj_links.OrgOktaSupportSettingsObjLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_org_okta_support_settings_obj_links.OrgOktaSupportSettingsObjLinks, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, OrgOktaSupportSettingsObj._json_names),
    }

    case_number: str | None | Unset = UNSET
    expiration: datetime.datetime | None | Unset = UNSET
    support: OrgOktaSupportSetting | None | Unset = UNSET
    field_links: OrgOktaSupportSettingsObjLinks | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.case_number is not UNSET and not omit_read_only:
            d["caseNumber"] = self.case_number
        if self.expiration is not UNSET and not omit_read_only:
            d["expiration"] = _convert.dump_datetime(self.expiration)
        if self.support is not UNSET:
            d["support"] = self.support
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
        obj.case_number = d.pop("caseNumber", UNSET)
        obj.expiration = _convert.parse_datetime_text(v) if (v := d.pop("expiration", UNSET)).__class__ is str else v
        obj.support = (
            _convert.parse_enum(OrgOktaSupportSetting, v) if (v := d.pop("support", UNSET)).__class__ is str else v
        )
        obj.field_links = (
            _org_okta_support_settings_obj_links.OrgOktaSupportSettingsObjLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_org_okta_support_settings_obj_links.OrgOktaSupportSettingsObjLinks, v)
        )
        obj.additional_properties = d
        return obj
