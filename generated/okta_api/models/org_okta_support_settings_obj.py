from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import org_okta_support_settings_obj_links as _org_okta_support_settings_obj_links
from .org_okta_support_setting import OrgOktaSupportSetting

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .org_okta_support_settings_obj_links import OrgOktaSupportSettingsObjLinks


_parse_support = _convert.enum_parser(OrgOktaSupportSetting)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _org_okta_support_settings_obj_links.OrgOktaSupportSettingsObjLinks.from_json(v)
            if lazy
            else _org_okta_support_settings_obj_links.OrgOktaSupportSettingsObjLinks.from_dict(v)
        )
    return _convert.parse_model(_org_okta_support_settings_obj_links.OrgOktaSupportSettingsObjLinks, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "case_number": ("caseNumber", None),
        "expiration": ("expiration", _convert.parse_datetime),
        "support": ("support", _parse_support),
        "field_links": ("_links", _parse_field_links),
    }

    case_number: str | None = _attrs_field(init=False)
    expiration: datetime.datetime | None = _attrs_field(init=False)
    support: OrgOktaSupportSetting | None = _attrs_field(init=False)
    field_links: OrgOktaSupportSettingsObjLinks | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        case_number: str | None | Unset = UNSET,
        expiration: datetime.datetime | None | Unset = UNSET,
        support: OrgOktaSupportSetting | None | Unset = UNSET,
        field_links: OrgOktaSupportSettingsObjLinks | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if case_number is not UNSET:
            _set_field(self, "case_number", case_number)
        if expiration is not UNSET:
            _set_field(self, "expiration", expiration)
        if support is not UNSET:
            _set_field(self, "support", support)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("case_number", UNSET)) is not UNSET and not omit_read_only:
            d["caseNumber"] = v
        if (v := values.get("expiration", UNSET)) is not UNSET and not omit_read_only:
            d["expiration"] = _convert.dump_datetime(v)
        if (v := values.get("support", UNSET)) is not UNSET:
            d["support"] = v
        if (v := values.get("field_links", UNSET)) is not UNSET and not omit_read_only:
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
        if (v := d.pop("caseNumber", UNSET)) is not UNSET:
            obj.case_number = v
        if (v := d.pop("expiration", UNSET)) is not UNSET:
            obj.expiration = _convert.parse_datetime(v, False)
        if (v := d.pop("support", UNSET)) is not UNSET:
            obj.support = _parse_support(v, False)
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
