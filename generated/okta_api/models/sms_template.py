from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import sms_template_translations as _sms_template_translations
from .sms_template_type import SmsTemplateType

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .sms_template_translations import SmsTemplateTranslations


def _parse_translations(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _sms_template_translations.SmsTemplateTranslations.from_json(v)
            if lazy
            else _sms_template_translations.SmsTemplateTranslations.from_dict(v)
        )
    return _convert.parse_model(_sms_template_translations.SmsTemplateTranslations, v)


_parse_type_ = _convert.enum_parser(SmsTemplateType)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class SmsTemplate(OktaModel):
    """An Okta `SmsTemplate`.

    Attributes:
        created (read-only, never sent): datetime.datetime
        id (read-only, never sent): str
        last_updated (`lastUpdated`, read-only, never sent): datetime.datetime
        name: Human-readable name of the Template
        template: Text of the Template, including any
            [macros](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/Template/)
        translations: - Template translations are optionally provided when you want to localize the SMS
            messages. Translations are provided as an object that contains `key:value` pairs: the
            language and the translated Template text. The key portion is a two-letter country code
            that conforms to [ISO 639-1](https://www.loc.gov/standards/iso639-2/php/code_list.php).
            The value is the translated SMS Template.
            - Just like with regular SMS Templates, the length of the SMS message can't exceed 160
            characters.
        type_ (`type`): Type of the Template
    """

    _json_names: ClassVar[dict[str, str]] = {
        "created": "created",
        "id": "id",
        "lastUpdated": "last_updated",
        "name": "name",
        "template": "template",
        "translations": "translations",
        "type": "type_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "created": "datetime",
        "id": "str",
        "last_updated": "datetime",
        "name": "str",
        "template": "str",
        "translations": "model",
        "type_": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "created": ("created", _convert.parse_datetime),
        "id": ("id", None),
        "last_updated": ("lastUpdated", _convert.parse_datetime),
        "name": ("name", None),
        "template": ("template", None),
        "translations": ("translations", _parse_translations),
        "type_": ("type", _parse_type_),
    }

    created: datetime.datetime | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    last_updated: datetime.datetime | None = _attrs_field(init=False)
    name: str | None = _attrs_field(init=False)
    template: str | None = _attrs_field(init=False)
    translations: SmsTemplateTranslations | None = _attrs_field(init=False)
    type_: SmsTemplateType | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        created: datetime.datetime | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        last_updated: datetime.datetime | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        template: str | None | Unset = UNSET,
        translations: SmsTemplateTranslations | None | Unset = UNSET,
        type_: SmsTemplateType | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if created is not UNSET:
            _set_field(self, "created", created)
        if id is not UNSET:
            _set_field(self, "id", id)
        if last_updated is not UNSET:
            _set_field(self, "last_updated", last_updated)
        if name is not UNSET:
            _set_field(self, "name", name)
        if template is not UNSET:
            _set_field(self, "template", template)
        if translations is not UNSET:
            _set_field(self, "translations", translations)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("created", UNSET)) is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(v)
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("last_updated", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(v)
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if (v := values.get("template", UNSET)) is not UNSET:
            d["template"] = v
        if (v := values.get("translations", UNSET)) is not UNSET:
            d["translations"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("created", UNSET)) is not UNSET:
            obj.created = _convert.parse_datetime(v, False)
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("lastUpdated", UNSET)) is not UNSET:
            obj.last_updated = _convert.parse_datetime(v, False)
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("template", UNSET)) is not UNSET:
            obj.template = v
        if (v := d.pop("translations", UNSET)) is not UNSET:
            obj.translations = _parse_translations(v, False)
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
