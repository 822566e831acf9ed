from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import api_token_network as _api_token_network
from . import links_self as _links_self

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .api_token_network import ApiTokenNetwork
    from .links_self import LinksSelf


def _parse_network(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _api_token_network.ApiTokenNetwork.from_json(v) if lazy else _api_token_network.ApiTokenNetwork.from_dict(v)
        )
    return _convert.parse_model(_api_token_network.ApiTokenNetwork, v)


def _parse_field_link(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _links_self.LinksSelf.from_json(v) if lazy else _links_self.LinksSelf.from_dict(v)
    return _convert.parse_model(_links_self.LinksSelf, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "name": ("name", None),
        "client_name": ("clientName", None),
        "created": ("created", _convert.parse_datetime),
        "expires_at": ("expiresAt", _convert.parse_datetime),
        "id": ("id", None),
        "last_updated": ("lastUpdated", _convert.parse_datetime),
        "network": ("network", _parse_network),
        "token_window": ("tokenWindow", None),
        "user_id": ("userId", None),
        "field_link": ("_link", _parse_field_link),
    }

    name: str | None = _attrs_field(init=False)
    client_name: str | None = _attrs_field(init=False)
    created: datetime.datetime | None = _attrs_field(init=False)
    expires_at: datetime.datetime | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    last_updated: datetime.datetime | None = _attrs_field(init=False)
    network: ApiTokenNetwork | None = _attrs_field(init=False)
    token_window: str | None = _attrs_field(init=False)
    user_id: str | None = _attrs_field(init=False)
    field_link: LinksSelf | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        name: str | None | Unset,
        client_name: str | None | Unset = UNSET,
        created: datetime.datetime | None | Unset = UNSET,
        expires_at: datetime.datetime | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        last_updated: datetime.datetime | None | Unset = UNSET,
        network: ApiTokenNetwork | None | Unset = UNSET,
        token_window: str | None | Unset = UNSET,
        user_id: str | None | Unset = UNSET,
        field_link: LinksSelf | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if name is not UNSET:
            _set_field(self, "name", name)
        if client_name is not UNSET:
            _set_field(self, "client_name", client_name)
        if created is not UNSET:
            _set_field(self, "created", created)
        if expires_at is not UNSET:
            _set_field(self, "expires_at", expires_at)
        if id is not UNSET:
            _set_field(self, "id", id)
        if last_updated is not UNSET:
            _set_field(self, "last_updated", last_updated)
        if network is not UNSET:
            _set_field(self, "network", network)
        if token_window is not UNSET:
            _set_field(self, "token_window", token_window)
        if user_id is not UNSET:
            _set_field(self, "user_id", user_id)
        if field_link is not UNSET:
            _set_field(self, "field_link", field_link)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if (v := values.get("client_name", UNSET)) is not UNSET and not omit_read_only:
            d["clientName"] = v
        if (v := values.get("created", UNSET)) is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(v)
        if (v := values.get("expires_at", UNSET)) is not UNSET and not omit_read_only:
            d["expiresAt"] = _convert.dump_datetime(v)
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("last_updated", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(v)
        if (v := values.get("network", UNSET)) is not UNSET:
            d["network"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("token_window", UNSET)) is not UNSET:
            d["tokenWindow"] = v
        if (v := values.get("user_id", UNSET)) is not UNSET:
            d["userId"] = v
        if (v := values.get("field_link", UNSET)) is not UNSET and not omit_read_only:
            d["_link"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("clientName", UNSET)) is not UNSET:
            obj.client_name = v
        if (v := d.pop("created", UNSET)) is not UNSET:
            obj.created = _convert.parse_datetime(v, False)
        if (v := d.pop("expiresAt", UNSET)) is not UNSET:
            obj.expires_at = _convert.parse_datetime(v, False)
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("lastUpdated", UNSET)) is not UNSET:
            obj.last_updated = _convert.parse_datetime(v, False)
        if (v := d.pop("network", UNSET)) is not UNSET:
            obj.network = _parse_network(v, False)
        if (v := d.pop("tokenWindow", UNSET)) is not UNSET:
            obj.token_window = v
        if (v := d.pop("userId", UNSET)) is not UNSET:
            obj.user_id = v
        if (v := d.pop("_link", UNSET)) is not UNSET:
            obj.field_link = _parse_field_link(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
