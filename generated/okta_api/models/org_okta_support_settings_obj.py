from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .org_okta_support_setting import OrgOktaSupportSetting

if TYPE_CHECKING:
    import datetime
    from typing import Self


@_attrs_define(kw_only=True)
class OrgOktaSupportSettingsObj(OktaModel):
    """An Okta `OrgOktaSupportSettingsObj`.

    Attributes:
        field_links (`_links`): dict[str, Any]
        expiration (read-only, never sent): datetime.datetime
        support: OrgOktaSupportSetting
    """

    _json_names: ClassVar[dict[str, str]] = {
        "_links": "field_links",
        "expiration": "expiration",
        "support": "support",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "field_links": "dict",
        "expiration": "datetime",
        "support": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "field_links": "_links",
        "expiration": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("expiration", UNSET)).__class__ is str else v
        ),
        "support": lambda d: (
            _convert.parse_enum(OrgOktaSupportSetting, v) if (v := d.get("support", UNSET)).__class__ is str else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, OrgOktaSupportSettingsObj._json_names),
    }

    field_links: dict[str, Any] | None | Unset = UNSET
    expiration: datetime.datetime | None | Unset = UNSET
    support: OrgOktaSupportSetting | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.field_links is not UNSET:
            d["_links"] = self.field_links
        if self.expiration is not UNSET and not omit_read_only:
            d["expiration"] = _convert.dump_datetime(self.expiration)
        if self.support is not UNSET:
            d["support"] = self.support
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.field_links = d.pop("_links", UNSET)
        obj.expiration = _convert.parse_datetime_text(v) if (v := d.pop("expiration", UNSET)).__class__ is str else v
        obj.support = (
            _convert.parse_enum(OrgOktaSupportSetting, v) if (v := d.pop("support", UNSET)).__class__ is str else v
        )
        obj.additional_properties = d
        return obj
