from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import links_self as _links_self
from .captcha_type import CAPTCHAType

if TYPE_CHECKING:
    from typing import Self

    from .links_self import LinksSelf


_parse_type_ = _convert.enum_parser(CAPTCHAType)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _links_self.LinksSelf.from_json(v) if lazy else _links_self.LinksSelf.from_dict(v)
    return _convert.parse_model(_links_self.LinksSelf, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class CAPTCHAInstance(OktaModel):
    """CAPTCHAInstance

    Attributes:
        id (read-only, never sent): The unique key for the CAPTCHA instance
        name: The name of the CAPTCHA instance
        secret_key (`secretKey`): The secret key issued from the CAPTCHA provider to perform server-side validation for a
            CAPTCHA token
        site_key (`siteKey`): The site key issued from the CAPTCHA provider to render a CAPTCHA on a page
        type_ (`type`): The type of CAPTCHA provider
        field_links (`_links`, read-only, never sent): Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288))
            available using the [JSON Hypertext Application
            Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification.
            This object is used for dynamic discovery of related resources and lifecycle operations.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name",
        "secretKey": "secret_key",
        "siteKey": "site_key",
        "type": "type_",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "id": "str",
        "name": "str",
        "secret_key": "str",
        "site_key": "str",
        "type_": "enum",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "id": ("id", None),
        "name": ("name", None),
        "secret_key": ("secretKey", None),
        "site_key": ("siteKey", None),
        "type_": ("type", _parse_type_),
        "field_links": ("_links", _parse_field_links),
    }

    id: str | None = _attrs_field(init=False)
    name: str | None = _attrs_field(init=False)
    secret_key: str | None = _attrs_field(init=False)
    site_key: str | None = _attrs_field(init=False)
    type_: CAPTCHAType | None = _attrs_field(init=False)
    field_links: LinksSelf | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        id: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        secret_key: str | None | Unset = UNSET,
        site_key: str | None | Unset = UNSET,
        type_: CAPTCHAType | None | Unset = UNSET,
        field_links: LinksSelf | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if id is not UNSET:
            _set_field(self, "id", id)
        if name is not UNSET:
            _set_field(self, "name", name)
        if secret_key is not UNSET:
            _set_field(self, "secret_key", secret_key)
        if site_key is not UNSET:
            _set_field(self, "site_key", site_key)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if (v := values.get("secret_key", UNSET)) is not UNSET:
            d["secretKey"] = v
        if (v := values.get("site_key", UNSET)) is not UNSET:
            d["siteKey"] = v
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
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
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("secretKey", UNSET)) is not UNSET:
            obj.secret_key = v
        if (v := d.pop("siteKey", UNSET)) is not UNSET:
            obj.site_key = v
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
