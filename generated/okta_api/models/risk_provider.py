from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import links_self as _links_self
from .risk_provider_action import RiskProviderAction

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .links_self import LinksSelf


_parse_action = _convert.enum_parser(RiskProviderAction)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _links_self.LinksSelf.from_json(v) if lazy else _links_self.LinksSelf.from_dict(v)
    return _convert.parse_model(_links_self.LinksSelf, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class RiskProvider(OktaModel):
    """An Okta `RiskProvider`.

    Attributes:
        action: Action taken by Okta during authentication attempts based on the risk events sent by this
            provider
        client_id (`clientId`): The ID of the [OAuth 2.0 service
            app](https://developer.okta.com/docs/guides/implement-oauth-for-okta-serviceapp/main/#create-a-service-app-and-grant-scopes)
            that's used to send risk events to Okta
        id (read-only, never sent): The ID of the risk provider object
        name: Name of the risk provider
        field_links (`_links`, read-only, never sent): Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288))
            available using the [JSON Hypertext Application
            Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification.
            This object is used for dynamic discovery of related resources and lifecycle operations.
        created (read-only, never sent): Timestamp when the risk provider object was created
        last_updated (`lastUpdated`, read-only, never sent): Timestamp when the risk provider object was last updated
    """

    _json_names: ClassVar[dict[str, str]] = {
        "action": "action",
        "clientId": "client_id",
        "id": "id",
        "name": "name",
        "_links": "field_links",
        "created": "created",
        "lastUpdated": "last_updated",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "action": "enum",
        "client_id": "str",
        "id": "str",
        "name": "str",
        "field_links": "model",
        "created": "datetime",
        "last_updated": "datetime",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "action": ("action", _parse_action),
        "client_id": ("clientId", None),
        "id": ("id", None),
        "name": ("name", None),
        "field_links": ("_links", _parse_field_links),
        "created": ("created", _convert.parse_datetime),
        "last_updated": ("lastUpdated", _convert.parse_datetime),
    }

    action: RiskProviderAction | None = _attrs_field(init=False)
    client_id: str | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    name: str | None = _attrs_field(init=False)
    field_links: LinksSelf | None = _attrs_field(init=False)
    created: datetime.datetime | None = _attrs_field(init=False)
    last_updated: datetime.datetime | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        action: RiskProviderAction | None | Unset,
        client_id: str | None | Unset,
        id: str | None | Unset,
        name: str | None | Unset,
        field_links: LinksSelf | None | Unset,
        created: datetime.datetime | None | Unset = UNSET,
        last_updated: datetime.datetime | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if action is not UNSET:
            _set_field(self, "action", action)
        if client_id is not UNSET:
            _set_field(self, "client_id", client_id)
        if id is not UNSET:
            _set_field(self, "id", id)
        if name is not UNSET:
            _set_field(self, "name", name)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        if created is not UNSET:
            _set_field(self, "created", created)
        if last_updated is not UNSET:
            _set_field(self, "last_updated", last_updated)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("action", UNSET)) is not UNSET:
            d["action"] = v
        if (v := values.get("client_id", UNSET)) is not UNSET:
            d["clientId"] = v
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if (v := values.get("field_links", UNSET)) is not UNSET and not omit_read_only:
            d["_links"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("created", UNSET)) is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(v)
        if (v := values.get("last_updated", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(v)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("action", UNSET)) is not UNSET:
            obj.action = _parse_action(v, False)
        if (v := d.pop("clientId", UNSET)) is not UNSET:
            obj.client_id = v
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        if (v := d.pop("created", UNSET)) is not UNSET:
            obj.created = _convert.parse_datetime(v, False)
        if (v := d.pop("lastUpdated", UNSET)) is not UNSET:
            obj.last_updated = _convert.parse_datetime(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
