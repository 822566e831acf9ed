from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import account_linked_enrollment as _account_linked_enrollment
from . import user as _user

if TYPE_CHECKING:
    from typing import Self

    from .account_linked_enrollment import AccountLinkedEnrollment
    from .user import User


@_attrs_define(kw_only=True)
class OSAccountEmbedded(OktaModel):
    """Embedded resources related to the OS account

    Attributes:
        account_linked_enrollments (`accountLinkedEnrollments`): Enrollments linked to this OS account
        users: Users associated with this OS account
    """

    _json_names: ClassVar[dict[str, str]] = {
        "accountLinkedEnrollments": "account_linked_enrollments",
        "users": "users",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "account_linked_enrollments": "list:model",
        "users": "list:model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "account_linked_enrollments": lambda d: _convert.parse_model_list(
            _account_linked_enrollment.AccountLinkedEnrollment.from_json, d.get("accountLinkedEnrollments", UNSET)
        ),
        "users": lambda d: _convert.parse_model_list(_user.User.from_json, d.get("users", UNSET)),
        "additional_properties": lambda d: _convert.undeclared(d, OSAccountEmbedded._json_names),
    }

    account_linked_enrollments: list[AccountLinkedEnrollment] | None | Unset = UNSET
    users: list[User] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.account_linked_enrollments is not UNSET:
            d["accountLinkedEnrollments"] = _convert.dump_model_list(self.account_linked_enrollments, omit_read_only)
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
        obj.account_linked_enrollments = _convert.parse_model_list(
            _account_linked_enrollment.AccountLinkedEnrollment.from_dict, d.pop("accountLinkedEnrollments", UNSET)
        )
        obj.users = _convert.parse_model_list(_user.User.from_dict, d.pop("users", UNSET))
        obj.additional_properties = d
        return obj
