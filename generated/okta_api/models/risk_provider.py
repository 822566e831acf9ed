from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import links_self as _links_self
from .risk_provider_action import RiskProviderAction

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .links_self import LinksSelf


@_attrs_define(kw_only=True)
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
        "action": lambda d: (
            _convert.parse_enum(RiskProviderAction, v) if (v := d.get("action", UNSET)).__class__ is str else v
        ),
        "client_id": "clientId",
        "id": "id",
        "name": "name",
        "field_links": lambda d: (
            _links_self.LinksSelf.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self.LinksSelf, v)
        ),
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, RiskProvider._json_names),
    }

    action: RiskProviderAction | None | Unset
    client_id: str | None | Unset
    id: str | None | Unset
    name: str | None | Unset
    field_links: LinksSelf | None | Unset
    created: datetime.datetime | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.action is not UNSET:
            d["action"] = self.action
        if self.client_id is not UNSET:
            d["clientId"] = self.client_id
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.name is not UNSET:
            d["name"] = self.name
        if self.field_links is not UNSET and not omit_read_only:
            d["_links"] = _convert.dump_model(self.field_links, omit_read_only)
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.action = _convert.parse_enum(RiskProviderAction, v) if (v := d.pop("action", UNSET)).__class__ is str else v
        obj.client_id = d.pop("clientId", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.name = d.pop("name", UNSET)
        obj.field_links = (
            _links_self.LinksSelf.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self.LinksSelf, v)
        )
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.additional_properties = d
        return obj
