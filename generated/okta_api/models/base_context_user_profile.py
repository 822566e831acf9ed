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
class BaseContextUserProfile(OktaModel):
    """An Okta `BaseContextUserProfile`.

    Attributes:
        login: The username used to identify the user. This is often the user's email address.
        first_name (`firstName`): The first name of the user
        last_name (`lastName`): The last name of the user
        locale: The user's default location for purposes of localizing items such as currency, date time
            format, numerical representations, and so on.
            A locale value is a concatenation of the [ISO
            639-1](https://en.wikipedia.org/wiki/List_of_ISO_639_language_codes) two-letter language
            code, an underscore, and the [ISO
            3166-1](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2) two-letter country code. For
            example, `en_US` specifies the language English and country US. This value is `en_US` by
            default.
        time_zone (`timeZone`): The user's timezone
    """

    _json_names: ClassVar[dict[str, str]] = {
        "login": "login",
        "firstName": "first_name",
        "lastName": "last_name",
        "locale": "locale",
        "timeZone": "time_zone",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "login": "str",
        "first_name": "str",
        "last_name": "str",
        "locale": "str",
        "time_zone": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "login": "login",
        "first_name": "firstName",
        "last_name": "lastName",
        "locale": "locale",
        "time_zone": "timeZone",
        "additional_properties": lambda d: _convert.undeclared(d, BaseContextUserProfile._json_names),
    }

    login: str | None | Unset = UNSET
    first_name: str | None | Unset = UNSET
    last_name: str | None | Unset = UNSET
    locale: str | None | Unset = UNSET
    time_zone: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.login is not UNSET:
            d["login"] = self.login
        if self.first_name is not UNSET:
            d["firstName"] = self.first_name
        if self.last_name is not UNSET:
            d["lastName"] = self.last_name
        if self.locale is not UNSET:
            d["locale"] = self.locale
        if self.time_zone is not UNSET:
            d["timeZone"] = self.time_zone
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.login = d.pop("login", UNSET)
        obj.first_name = d.pop("firstName", UNSET)
        obj.last_name = d.pop("lastName", UNSET)
        obj.locale = d.pop("locale", UNSET)
        obj.time_zone = d.pop("timeZone", UNSET)
        obj.additional_properties = d
        return obj
