from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import unconfirmed_user_response_schema_users_item as _unconfirmed_user_response_schema_users_item

if TYPE_CHECKING:
    from typing import Self

    from .unconfirmed_user_response_schema_users_item import UnconfirmedUserResponseSchemaUsersItem


@_attrs_define(kw_only=True)
class UnconfirmedUserResponseSchema(OktaModel):
    """An Okta `UnconfirmedUserResponseSchema`.

    Attributes:
        users: list[UnconfirmedUserResponseSchemaUsersItem]
    """

    _json_names: ClassVar[dict[str, str]] = {
        "users": "users",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "users": "list:model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "users": lambda d: _convert.parse_model_list(
            _unconfirmed_user_response_schema_users_item.UnconfirmedUserResponseSchemaUsersItem.from_json,
            d.get("users", UNSET),
        ),
        "additional_properties": lambda d: _convert.undeclared(d, UnconfirmedUserResponseSchema._json_names),
    }

    users: list[UnconfirmedUserResponseSchemaUsersItem] | None | Unset

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.users is not UNSET:
            d["users"] = _convert.dump_model_list(self.users, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.users = _convert.parse_model_list(
            _unconfirmed_user_response_schema_users_item.UnconfirmedUserResponseSchemaUsersItem.from_dict,
            d.pop("users", UNSET),
        )
        obj.additional_properties = d
        return obj
