from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .open_id_connect_application_network_connection import OpenIdConnectApplicationNetworkConnection

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class OpenIdConnectApplicationNetwork(OktaModel):
    """The network restrictions of the client

    Attributes:
        connection: The connection type of the network. Can be `ANYWHERE` or `ZONE`.
        exclude: If `ZONE` is specified as a connection, then specify the excluded IP network zones here.
            Value can be "ALL_IP_ZONES" or an array of zone IDs.
        include: If `ZONE` is specified as a connection, then specify the included IP network zones here.
            Value can be "ALL_IP_ZONES" or an array of zone IDs.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "connection": "connection",
        "exclude": "exclude",
        "include": "include",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "connection": "enum",
        "exclude": "list:str",
        "include": "list:str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "connection": lambda d: (
            _convert.parse_enum(OpenIdConnectApplicationNetworkConnection, v)
            if (v := d.get("connection", UNSET)).__class__ is str
            else v
        ),
        "exclude": "exclude",
        "include": "include",
        "additional_properties": lambda d: _convert.undeclared(d, OpenIdConnectApplicationNetwork._json_names),
    }

    connection: OpenIdConnectApplicationNetworkConnection | None | Unset
    exclude: list[str] | None | Unset = UNSET
    include: list[str] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.connection is not UNSET:
            d["connection"] = self.connection
        if self.exclude is not UNSET:
            d["exclude"] = self.exclude
        if self.include is not UNSET:
            d["include"] = self.include
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.connection = (
            _convert.parse_enum(OpenIdConnectApplicationNetworkConnection, v)
            if (v := d.pop("connection", UNSET)).__class__ is str
            else v
        )
        obj.exclude = d.pop("exclude", UNSET)
        obj.include = d.pop("include", UNSET)
        obj.additional_properties = d
        return obj
