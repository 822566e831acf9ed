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
class TestInfoTestAccount(OktaModel):
    """An account on a test instance of your app with admin privileges. A test admin account is required by
    Okta for integration testing. During OIN QA testing, an Okta analyst uses this admin account to
    configure your app for the various test case flows.

    Attributes:
        url: The sign-in URL to a test instance of your app
        username: The username for your app admin account
        password: The password for your app admin account
        instructions: Additional instructions to test the app integration, including instructions for obtaining
            test accounts
    """

    _json_names: ClassVar[dict[str, str]] = {
        "url": "url",
        "username": "username",
        "password": "password",
        "instructions": "instructions",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "url": "str",
        "username": "str",
        "password": "str",
        "instructions": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "url": ("url", None),
        "username": ("username", None),
        "password": ("password", None),
        "instructions": ("instructions", None),
    }

    url: str | None = _attrs_field(init=False)
    username: str | None = _attrs_field(init=False)
    password: str | None = _attrs_field(init=False)
    instructions: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        url: str | None | Unset,
        username: str | None | Unset,
        password: str | None | Unset,
        instructions: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if url is not UNSET:
            _set_field(self, "url", url)
        if username is not UNSET:
            _set_field(self, "username", username)
        if password is not UNSET:
            _set_field(self, "password", password)
        if instructions is not UNSET:
            _set_field(self, "instructions", instructions)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("url", UNSET)) is not UNSET:
            d["url"] = v
        if (v := values.get("username", UNSET)) is not UNSET:
            d["username"] = v
        if (v := values.get("password", UNSET)) is not UNSET:
            d["password"] = v
        if (v := values.get("instructions", UNSET)) is not UNSET:
            d["instructions"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("url", UNSET)) is not UNSET:
            obj.url = v
        if (v := d.pop("username", UNSET)) is not UNSET:
            obj.username = v
        if (v := d.pop("password", UNSET)) is not UNSET:
            obj.password = v
        if (v := d.pop("instructions", UNSET)) is not UNSET:
            obj.instructions = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
