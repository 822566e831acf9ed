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
        "url": "url",
        "username": "username",
        "password": "password",
        "instructions": "instructions",
        "additional_properties": lambda d: _convert.undeclared(d, TestInfoTestAccount._json_names),
    }

    url: str | None | Unset
    username: str | None | Unset
    password: str | None | Unset
    instructions: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.url is not UNSET:
            d["url"] = self.url
        if self.username is not UNSET:
            d["username"] = self.username
        if self.password is not UNSET:
            d["password"] = self.password
        if self.instructions is not UNSET:
            d["instructions"] = self.instructions
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.url = d.pop("url", UNSET)
        obj.username = d.pop("username", UNSET)
        obj.password = d.pop("password", UNSET)
        obj.instructions = d.pop("instructions", UNSET)
        obj.additional_properties = d
        return obj
