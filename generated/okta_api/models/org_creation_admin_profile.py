from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class OrgCreationAdminProfile(OktaModel):
    """Specifies the profile attributes for the first super admin user. The minimal set of required
    attributes are `email`, `firstName`, `lastName`, and `login`.
    See
    [profile](https://developer.okta.com/docs/api/openapi/okta-management/management/user/getuser#user/getuser/t=response&c=200&path=profile)
    for additional profile attributes.

    Attributes:
        first_name (`firstName`): Given name of the User (`givenName`)
        last_name (`lastName`): The family name of the User (`familyName`)
        email: The primary email address of the User. For validation, see [RFC 5322 Section
            3.2.3](https://datatracker.ietf.org/doc/html/rfc5322#section-3.2.3).
        login: The unique identifier for the User (`username`)
    """

    _json_names: ClassVar[dict[str, str]] = {
        "firstName": "first_name",
        "lastName": "last_name",
        "email": "email",
        "login": "login",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "first_name": "str",
        "last_name": "str",
        "email": "str",
        "login": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "first_name": "firstName",
        "last_name": "lastName",
        "email": "email",
        "login": "login",
        "additional_properties": lambda d: _convert.undeclared(d, OrgCreationAdminProfile._json_names),
    }

    first_name: str | None | Unset
    last_name: str | None | Unset
    email: str | None | Unset
    login: str | None | Unset

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.first_name is not UNSET:
            d["firstName"] = self.first_name
        if self.last_name is not UNSET:
            d["lastName"] = self.last_name
        if self.email is not UNSET:
            d["email"] = self.email
        if self.login is not UNSET:
            d["login"] = self.login
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.first_name = d.pop("firstName", UNSET)
        obj.last_name = d.pop("lastName", UNSET)
        obj.email = d.pop("email", UNSET)
        obj.login = d.pop("login", UNSET)
        obj.additional_properties = d
        return obj
