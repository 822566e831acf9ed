from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .smtp_auth_type import SmtpAuthType

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class BaseEmailServer(OktaModel):
    """An Okta `BaseEmailServer`.

    Attributes:
        auth_type (`authType`): <x-lifecycle-container><x-lifecycle class="ea"></x-lifecycle> <x-lifecycle
            class="oie"></x-lifecycle></x-lifecycle-container>The authentication type that's used by
            your SMTP server
        alias: Human-readable name for your SMTP server
        enabled: If `true`, all email traffic is routed through your SMTP server
        host: Hostname or IP address of your SMTP server
        id (read-only, never sent): ID of your SMTP server
        port: Port number of your SMTP server
        username: Username that's used to access your SMTP server
    """

    _json_names: ClassVar[dict[str, str]] = {
        "authType": "auth_type",
        "alias": "alias",
        "enabled": "enabled",
        "host": "host",
        "id": "id",
        "port": "port",
        "username": "username",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "auth_type": "enum",
        "alias": "str",
        "enabled": "bool",
        "host": "str",
        "id": "str",
        "port": "int",
        "username": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "auth_type": lambda d: (
            _convert.parse_enum(SmtpAuthType, v) if (v := d.get("authType", UNSET)).__class__ is str else v
        ),
        "alias": "alias",
        "enabled": "enabled",
        "host": "host",
        "id": "id",
        "port": "port",
        "username": "username",
        "additional_properties": lambda d: _convert.undeclared(d, BaseEmailServer._json_names),
    }
    _discriminator: ClassVar[str] = "authType"
    _subclasses: ClassVar[dict[str, tuple[str, str]]] = {
        "BASIC_SMTP_AUTH": ("basicsmtpauth", "BASICSMTPAUTH"),
        "OAUTH2_CLIENT_CREDENTIALS": ("oauth2clientcredentials", "OAUTH2CLIENTCREDENTIALS"),
        "OAUTH2_JWT_BEARER_GRANT": ("oauth2jwtbearergrant", "OAUTH2JWTBEARERGRANT"),
    }

    auth_type: SmtpAuthType | None | Unset
    alias: str | None | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    host: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    port: int | None | Unset = UNSET
    username: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.auth_type is not UNSET:
            d["authType"] = self.auth_type
        if self.alias is not UNSET:
            d["alias"] = self.alias
        if self.enabled is not UNSET:
            d["enabled"] = self.enabled
        if self.host is not UNSET:
            d["host"] = self.host
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.port is not UNSET:
            d["port"] = self.port
        if self.username is not UNSET:
            d["username"] = self.username
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        if cls is BaseEmailServer:
            subclass = _convert.subclass_for(cls, src_dict)
            if subclass is not None:
                return subclass.from_dict(src_dict)
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.auth_type = _convert.parse_enum(SmtpAuthType, v) if (v := d.pop("authType", UNSET)).__class__ is str else v
        obj.alias = d.pop("alias", UNSET)
        obj.enabled = d.pop("enabled", UNSET)
        obj.host = d.pop("host", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.port = d.pop("port", UNSET)
        obj.username = d.pop("username", UNSET)
        obj.additional_properties = d
        return obj

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """A model over freshly decoded JSON, of the most specific class (see OktaModel.from_json)."""
        if cls is BaseEmailServer and data.__class__ is dict:
            subclass = _convert.subclass_for(cls, data)
            if subclass is not None:
                return subclass.from_json(data)
        return super().from_json(data)
