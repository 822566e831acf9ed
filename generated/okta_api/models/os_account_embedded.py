from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import account_linked_enrollment as _account_linked_enrollment
from . import user as _user

if TYPE_CHECKING:
    from typing import Self

    from .account_linked_enrollment import AccountLinkedEnrollment
    from .user import User


def _parse_account_linked_enrollments(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _account_linked_enrollment.AccountLinkedEnrollment.from_json
        if lazy
        else _account_linked_enrollment.AccountLinkedEnrollment.from_dict,
        v,
    )


def _parse_users(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(_user.User.from_json if lazy else _user.User.from_dict, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "account_linked_enrollments": ("accountLinkedEnrollments", _parse_account_linked_enrollments),
        "users": ("users", _parse_users),
    }

    account_linked_enrollments: list[AccountLinkedEnrollment] | None = _attrs_field(init=False)
    users: list[User] | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        account_linked_enrollments: list[AccountLinkedEnrollment] | None | Unset = UNSET,
        users: list[User] | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if account_linked_enrollments is not UNSET:
            _set_field(self, "account_linked_enrollments", account_linked_enrollments)
        if users is not UNSET:
            _set_field(self, "users", users)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("account_linked_enrollments", UNSET)) is not UNSET:
            d["accountLinkedEnrollments"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("users", UNSET)) is not UNSET:
            d["users"] = _convert.dump_model_list(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("accountLinkedEnrollments", UNSET)) is not UNSET:
            obj.account_linked_enrollments = _parse_account_linked_enrollments(v, False)
        if (v := d.pop("users", UNSET)) is not UNSET:
            obj.users = _parse_users(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
