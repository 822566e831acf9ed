from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "login": ("login", None),
        "first_name": ("firstName", None),
        "last_name": ("lastName", None),
        "locale": ("locale", None),
        "time_zone": ("timeZone", None),
    }

    login: str | None = _attrs_field(init=False)
    first_name: str | None = _attrs_field(init=False)
    last_name: str | None = _attrs_field(init=False)
    locale: str | None = _attrs_field(init=False)
    time_zone: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        login: str | None | Unset = UNSET,
        first_name: str | None | Unset = UNSET,
        last_name: str | None | Unset = UNSET,
        locale: str | None | Unset = UNSET,
        time_zone: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if login is not UNSET:
            _set_field(self, "login", login)
        if first_name is not UNSET:
            _set_field(self, "first_name", first_name)
        if last_name is not UNSET:
            _set_field(self, "last_name", last_name)
        if locale is not UNSET:
            _set_field(self, "locale", locale)
        if time_zone is not UNSET:
            _set_field(self, "time_zone", time_zone)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("login", UNSET)) is not UNSET:
            d["login"] = v
        if (v := values.get("first_name", UNSET)) is not UNSET:
            d["firstName"] = v
        if (v := values.get("last_name", UNSET)) is not UNSET:
            d["lastName"] = v
        if (v := values.get("locale", UNSET)) is not UNSET:
            d["locale"] = v
        if (v := values.get("time_zone", UNSET)) is not UNSET:
            d["timeZone"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("login", UNSET)) is not UNSET:
            obj.login = v
        if (v := d.pop("firstName", UNSET)) is not UNSET:
            obj.first_name = v
        if (v := d.pop("lastName", UNSET)) is not UNSET:
            obj.last_name = v
        if (v := d.pop("locale", UNSET)) is not UNSET:
            obj.locale = v
        if (v := d.pop("timeZone", UNSET)) is not UNSET:
            obj.time_zone = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
