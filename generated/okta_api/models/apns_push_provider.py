from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, _set_field
from ..types import UNSET, Unset
from . import apns_configuration as _apns_configuration
from . import links_self as _links_self
from .provider_type import ProviderType
from .push_provider import PushProvider

if TYPE_CHECKING:
    from typing import Self

    from .apns_configuration import APNSConfiguration
    from .links_self import LinksSelf


_parse_provider_type = _convert.enum_parser(ProviderType)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _links_self.LinksSelf.from_json(v) if lazy else _links_self.LinksSelf.from_dict(v)
    return _convert.parse_model(_links_self.LinksSelf, v)


def _parse_configuration(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _apns_configuration.APNSConfiguration.from_json(v)
            if lazy
            else _apns_configuration.APNSConfiguration.from_dict(v)
        )
    return _convert.parse_model(_apns_configuration.APNSConfiguration, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class APNSPushProvider(PushProvider):
    """An Okta `APNSPushProvider`.

    Attributes:
        id (read-only, never sent): Unique key for the Push Provider
        last_updated_date (`lastUpdatedDate`, read-only, never sent): Timestamp when the Push Provider was last modified
        name: Display name of the push provider
        provider_type (`providerType`): ProviderType
        field_links (`_links`, read-only, never sent): Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288))
            available using the [JSON Hypertext Application
            Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification.
            This object is used for dynamic discovery of related resources and lifecycle operations.
        configuration: APNSConfiguration
    """

    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "lastUpdatedDate": "last_updated_date",
        "name": "name",
        "providerType": "provider_type",
        "_links": "field_links",
        "configuration": "configuration",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "id": "str",
        "last_updated_date": "str",
        "name": "str",
        "provider_type": "enum",
        "field_links": "model",
        "configuration": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "id": ("id", None),
        "last_updated_date": ("lastUpdatedDate", None),
        "name": ("name", None),
        "provider_type": ("providerType", _parse_provider_type),
        "field_links": ("_links", _parse_field_links),
        "configuration": ("configuration", _parse_configuration),
    }

    id: str | None = _attrs_field(init=False)
    last_updated_date: str | None = _attrs_field(init=False)
    name: str | None = _attrs_field(init=False)
    provider_type: ProviderType | None = _attrs_field(init=False)
    field_links: LinksSelf | None = _attrs_field(init=False)
    configuration: APNSConfiguration | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        id: str | None | Unset = UNSET,
        last_updated_date: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        provider_type: ProviderType | None | Unset = ProviderType("APNS"),
        field_links: LinksSelf | None | Unset = UNSET,
        configuration: APNSConfiguration | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if id is not UNSET:
            _set_field(self, "id", id)
        if last_updated_date is not UNSET:
            _set_field(self, "last_updated_date", last_updated_date)
        if name is not UNSET:
            _set_field(self, "name", name)
        if provider_type is not UNSET:
            _set_field(self, "provider_type", provider_type)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        if configuration is not UNSET:
            _set_field(self, "configuration", configuration)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("last_updated_date", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdatedDate"] = v
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if (v := values.get("provider_type", UNSET)) is not UNSET:
            d["providerType"] = v
        if (v := values.get("field_links", UNSET)) is not UNSET and not omit_read_only:
            d["_links"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("configuration", UNSET)) is not UNSET:
            d["configuration"] = _convert.dump_model(v, omit_read_only)
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
        if (v := d.pop("lastUpdatedDate", UNSET)) is not UNSET:
            obj.last_updated_date = v
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("providerType", UNSET)) is not UNSET:
            obj.provider_type = _parse_provider_type(v, False)
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        if (v := d.pop("configuration", UNSET)) is not UNSET:
            obj.configuration = _parse_configuration(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
