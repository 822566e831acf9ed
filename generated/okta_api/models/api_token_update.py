from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import api_token_update_network as _api_token_update_network

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .api_token_update_network import ApiTokenUpdateNetwork


@_attrs_define(kw_only=True)
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
        "client_name": "clientName",
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "name": "name",
        "network": lambda d: (
            _api_token_update_network.ApiTokenUpdateNetwork.from_json(v)
            if (v := d.get("network", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_api_token_update_network.ApiTokenUpdateNetwork, v)
        ),
        "user_id": "userId",
        "additional_properties": lambda d: _convert.undeclared(d, ApiTokenUpdate._json_names),
    }

    client_name: str | None | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    name: str | None | Unset = UNSET
    network: ApiTokenUpdateNetwork | None | Unset = UNSET
    user_id: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.client_name is not UNSET and not omit_read_only:
            d["clientName"] = self.client_name
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.name is not UNSET:
            d["name"] = self.name
        if self.network is not UNSET:
            d["network"] = _convert.dump_model(self.network, omit_read_only)
        if self.user_id is not UNSET:
            d["userId"] = self.user_id
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.client_name = d.pop("clientName", UNSET)
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.name = d.pop("name", UNSET)
        obj.network = (
            _api_token_update_network.ApiTokenUpdateNetwork.from_dict(v)
            if (v := d.pop("network", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_api_token_update_network.ApiTokenUpdateNetwork, v)
        )
        obj.user_id = d.pop("userId", UNSET)
        obj.additional_properties = d
        return obj
