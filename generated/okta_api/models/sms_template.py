from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import sms_template_translations as _sms_template_translations
from .sms_template_type import SmsTemplateType

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .sms_template_translations import SmsTemplateTranslations


@_attrs_define(kw_only=True)
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
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "id": "id",
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "name": "name",
        "template": "template",
        "translations": lambda d: (
            _sms_template_translations.SmsTemplateTranslations.from_json(v)
            if (v := d.get("translations", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_sms_template_translations.SmsTemplateTranslations, v)
        ),
        "type_": lambda d: (
            _convert.parse_enum(SmsTemplateType, v) if (v := d.get("type", UNSET)).__class__ is str else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, SmsTemplate._json_names),
    }

    created: datetime.datetime | None | Unset = UNSET
    id: str | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    name: str | None | Unset = UNSET
    template: str | None | Unset = UNSET
    translations: SmsTemplateTranslations | None | Unset = UNSET
    type_: SmsTemplateType | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.name is not UNSET:
            d["name"] = self.name
        if self.template is not UNSET:
            d["template"] = self.template
        if self.translations is not UNSET:
            d["translations"] = _convert.dump_model(self.translations, omit_read_only)
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.id = d.pop("id", UNSET)
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.name = d.pop("name", UNSET)
        obj.template = d.pop("template", UNSET)
        obj.translations = (
            _sms_template_translations.SmsTemplateTranslations.from_dict(v)
            if (v := d.pop("translations", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_sms_template_translations.SmsTemplateTranslations, v)
        )
        obj.type_ = _convert.parse_enum(SmsTemplateType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        obj.additional_properties = d
        return obj
