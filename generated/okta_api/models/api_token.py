from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import api_token_network as _api_token_network
from . import links_self as _links_self

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .api_token_network import ApiTokenNetwork
    from .links_self import LinksSelf


@_attrs_define(kw_only=True)
class ApiToken(OktaModel):
    """API Token

    An API token for an Okta User. This token is NOT scoped any further and can be used for any API the
    user has permissions to call.

    Attributes:
        name: str
        client_name (`clientName`, read-only, never sent): str
        created (read-only, never sent): datetime.datetime
        expires_at (`expiresAt`, read-only, never sent): datetime.datetime
        id (read-only, never sent): str
        last_updated (`lastUpdated`, read-only, never sent): datetime.datetime
        network: The Network Condition of the API Token
        token_window (`tokenWindow`): A time duration specified as an [ISO 8601
            duration](https://en.wikipedia.org/wiki/ISO_8601#Durations).
        user_id (`userId`): str
        field_link (`_link`, read-only, never sent): Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288))
            available using the [JSON Hypertext Application
            Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification.
            This object is used for dynamic discovery of related resources and lifecycle operations.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "clientName": "client_name",
        "created": "created",
        "expiresAt": "expires_at",
        "id": "id",
        "lastUpdated": "last_updated",
        "network": "network",
        "tokenWindow": "token_window",
        "userId": "user_id",
        "_link": "field_link",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "name": "str",
        "client_name": "str",
        "created": "datetime",
        "expires_at": "datetime",
        "id": "str",
        "last_updated": "datetime",
        "network": "model",
        "token_window": "str",
        "user_id": "str",
        "field_link": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "name": "name",
        "client_name": "clientName",
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "expires_at": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("expiresAt", UNSET)).__class__ is str else v
        ),
        "id": "id",
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "network": lambda d: (
            _api_token_network.ApiTokenNetwork.from_json(v)
            if (v := d.get("network", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_api_token_network.ApiTokenNetwork, v)
        ),
        "token_window": "tokenWindow",
        "user_id": "userId",
        "field_link": lambda d: (
            _links_self.LinksSelf.from_json(v)
            if (v := d.get("_link", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self.LinksSelf, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, ApiToken._json_names),
    }

    name: str | None | Unset
    client_name: str | None | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    expires_at: datetime.datetime | None | Unset = UNSET
    id: str | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    network: ApiTokenNetwork | None | Unset = UNSET
    token_window: str | None | Unset = UNSET
    user_id: str | None | Unset = UNSET
    field_link: LinksSelf | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.name is not UNSET:
            d["name"] = self.name
        if self.client_name is not UNSET and not omit_read_only:
            d["clientName"] = self.client_name
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.expires_at is not UNSET and not omit_read_only:
            d["expiresAt"] = _convert.dump_datetime(self.expires_at)
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.network is not UNSET:
            d["network"] = _convert.dump_model(self.network, omit_read_only)
        if self.token_window is not UNSET:
            d["tokenWindow"] = self.token_window
        if self.user_id is not UNSET:
            d["userId"] = self.user_id
        if self.field_link is not UNSET and not omit_read_only:
            d["_link"] = _convert.dump_model(self.field_link, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.name = d.pop("name", UNSET)
        obj.client_name = d.pop("clientName", UNSET)
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.expires_at = _convert.parse_datetime_text(v) if (v := d.pop("expiresAt", UNSET)).__class__ is str else v
        obj.id = d.pop("id", UNSET)
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.network = (
            _api_token_network.ApiTokenNetwork.from_dict(v)
            if (v := d.pop("network", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_api_token_network.ApiTokenNetwork, v)
        )
        obj.token_window = d.pop("tokenWindow", UNSET)
        obj.user_id = d.pop("userId", UNSET)
        obj.field_link = (
            _links_self.LinksSelf.from_dict(v)
            if (v := d.pop("_link", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self.LinksSelf, v)
        )
        obj.additional_properties = d
        return obj
