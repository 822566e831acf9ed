from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from .base_email_server_create import BaseEmailServerCreate
from .smtp_auth_type import SmtpAuthType

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class BASICSMTPAUTHCREATE(BaseEmailServerCreate):
    """BASIC_SMTP_AUTH

    Attributes:
        alias: Human-readable name for your SMTP server
        auth_type (`authType`): <x-lifecycle-container><x-lifecycle class="ea"></x-lifecycle> <x-lifecycle
            class="oie"></x-lifecycle></x-lifecycle-container>The authentication type that's used by
            your SMTP server
        enabled: If `true`, all email traffic is routed through your SMTP server
        host: Hostname or IP address of your SMTP server
        port: Port number of your SMTP server
        username: Username that's used to access your SMTP server
        password: The password of the user account that's used to sign in to your SMTP server
        id (read-only, never sent): ID of your SMTP server
    """

    _json_names: ClassVar[dict[str, str]] = {
        "alias": "alias",
        "authType": "auth_type",
        "enabled": "enabled",
        "host": "host",
        "port": "port",
        "username": "username",
        "password": "password",
        "id": "id",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "alias": "str",
        "auth_type": "enum",
        "enabled": "bool",
        "host": "str",
        "port": "int",
        "username": "str",
        "password": "str",
        "id": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "alias": "alias",
        "auth_type": lambda d: (
            _convert.parse_enum(SmtpAuthType, v) if (v := d.get("authType", UNSET)).__class__ is str else v
        ),
        "enabled": "enabled",
        "host": "host",
        "port": "port",
        "username": "username",
        "password": "password",
        "id": "id",
        "additional_properties": lambda d: _convert.undeclared(d, BASICSMTPAUTHCREATE._json_names),
    }

    alias: str | None | Unset
    enabled: bool | None | Unset
    host: str | None | Unset
    port: int | None | Unset
    username: str | None | Unset
    password: str | None | Unset
    auth_type: SmtpAuthType | None | Unset = SmtpAuthType("BASIC_SMTP_AUTH")
    id: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.alias is not UNSET:
            d["alias"] = self.alias
        if self.auth_type is not UNSET:
            d["authType"] = self.auth_type
        if self.enabled is not UNSET:
            d["enabled"] = self.enabled
        if self.host is not UNSET:
            d["host"] = self.host
        if self.port is not UNSET:
            d["port"] = self.port
        if self.username is not UNSET:
            d["username"] = self.username
        if self.password is not UNSET:
            d["password"] = self.password
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.alias = d.pop("alias", UNSET)
        obj.auth_type = _convert.parse_enum(SmtpAuthType, v) if (v := d.pop("authType", UNSET)).__class__ is str else v
        obj.enabled = d.pop("enabled", UNSET)
        obj.host = d.pop("host", UNSET)
        obj.port = d.pop("port", UNSET)
        obj.username = d.pop("username", UNSET)
        obj.password = d.pop("password", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.additional_properties = d
        return obj
