from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import api_token_update_network as _api_token_update_network

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .api_token_update_network import ApiTokenUpdateNetwork


def _parse_network(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _api_token_update_network.ApiTokenUpdateNetwork.from_json(v)
            if lazy
            else _api_token_update_network.ApiTokenUpdateNetwork.from_dict(v)
        )
    return _convert.parse_model(_api_token_update_network.ApiTokenUpdateNetwork, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class ApiTokenUpdate(OktaModel):
    """API Token Update

    An API Token Update Object for an Okta user. This token is NOT scoped any further and can be used
    for any API that the user has permissions to call.

    Attributes:
        client_name (`clientName`, read-only, never sent): The client name associated with the API Token
        created (read-only, never sent): The creation date of the API Token
        name: The name associated with the API Token
        network: The Network Condition of the API Token
        user_id (`userId`): The userId of the user who created the API Token
    """

    _json_names: ClassVar[dict[str, str]] = {
        "clientName": "client_name",
        "created": "created",
        "name": "name",
        "network": "network",
        "userId": "user_id",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "client_name": "str",
        "created": "datetime",
        "name": "str",
        "network": "model",
        "user_id": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "client_name": ("clientName", None),
        "created": ("created", _convert.parse_datetime),
        "name": ("name", None),
        "network": ("network", _parse_network),
        "user_id": ("userId", None),
    }

    client_name: str | None = _attrs_field(init=False)
    created: datetime.datetime | None = _attrs_field(init=False)
    name: str | None = _attrs_field(init=False)
    network: ApiTokenUpdateNetwork | None = _attrs_field(init=False)
    user_id: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        client_name: str | None | Unset = UNSET,
        created: datetime.datetime | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        network: ApiTokenUpdateNetwork | None | Unset = UNSET,
        user_id: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if client_name is not UNSET:
            _set_field(self, "client_name", client_name)
        if created is not UNSET:
            _set_field(self, "created", created)
        if name is not UNSET:
            _set_field(self, "name", name)
        if network is not UNSET:
            _set_field(self, "network", network)
        if user_id is not UNSET:
            _set_field(self, "user_id", user_id)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("client_name", UNSET)) is not UNSET and not omit_read_only:
            d["clientName"] = v
        if (v := values.get("created", UNSET)) is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(v)
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if (v := values.get("network", UNSET)) is not UNSET:
            d["network"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("user_id", UNSET)) is not UNSET:
            d["userId"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("clientName", UNSET)) is not UNSET:
            obj.client_name = v
        if (v := d.pop("created", UNSET)) is not UNSET:
            obj.created = _convert.parse_datetime(v, False)
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("network", UNSET)) is not UNSET:
            obj.network = _parse_network(v, False)
        if (v := d.pop("userId", UNSET)) is not UNSET:
            obj.user_id = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
