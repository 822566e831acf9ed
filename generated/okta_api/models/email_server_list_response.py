from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import base_email_server as _base_email_server

if TYPE_CHECKING:
    from typing import Self

    from .base_email_server import BaseEmailServer


@_attrs_define(kw_only=True)
class EmailServerListResponse(OktaModel):
    """An Okta `EmailServerListResponse`.

    Attributes:
        email_servers (`email-servers`): List of enrolled SMTP servers
    """

    _json_names: ClassVar[dict[str, str]] = {
        "email-servers": "email_servers",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "email_servers": "list:model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "email_servers": lambda d: _convert.parse_model_list(
            _base_email_server.BaseEmailServer.from_json, d.get("email-servers", UNSET)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, EmailServerListResponse._json_names),
    }

    email_servers: list[BaseEmailServer] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.email_servers is not UNSET:
            d["email-servers"] = _convert.dump_model_list(self.email_servers, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.email_servers = _convert.parse_model_list(
            _base_email_server.BaseEmailServer.from_dict, d.pop("email-servers", UNSET)
        )
        obj.additional_properties = d
        return obj
