from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .smtp_auth_type import SmtpAuthType

if TYPE_CHECKING:
    from typing import Self


_parse_auth_type = _convert.enum_parser(SmtpAuthType)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class BaseEmailServerCreate(OktaModel):
    """An Okta `BaseEmailServerCreate`.

    Attributes:
        alias: Human-readable name for your SMTP server
        auth_type (`authType`): <x-lifecycle-container><x-lifecycle class="ea"></x-lifecycle> <x-lifecycle
            class="oie"></x-lifecycle></x-lifecycle-container>The authentication type that's used by
            your SMTP server
        enabled: If `true`, all email traffic is routed through your SMTP server
        host: Hostname or IP address of your SMTP server
        port: Port number of your SMTP server
        username: Username that's used to access your SMTP server
        id (read-only, never sent): ID of your SMTP server
    """

    _json_names: ClassVar[dict[str, str]] = {
        "alias": "alias",
        "authType": "auth_type",
        "enabled": "enabled",
        "host": "host",
        "port": "port",
        "username": "username",
        "id": "id",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "alias": "str",
        "auth_type": "enum",
        "enabled": "bool",
        "host": "str",
        "port": "int",
        "username": "str",
        "id": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "alias": ("alias", None),
        "auth_type": ("authType", _parse_auth_type),
        "enabled": ("enabled", None),
        "host": ("host", None),
        "port": ("port", None),
        "username": ("username", None),
        "id": ("id", None),
    }
    _discriminator: ClassVar[str] = "authType"
    _subclasses: ClassVar[dict[str, tuple[str, str]]] = {
        "BASIC_SMTP_AUTH": ("basicsmtpauthcreate", "BASICSMTPAUTHCREATE"),
        "OAUTH2_CLIENT_CREDENTIALS": ("oauth2clientcredentialscreate", "OAUTH2CLIENTCREDENTIALSCREATE"),
        "OAUTH2_JWT_BEARER_GRANT": ("oauth2jwtbearergrantcreate", "OAUTH2JWTBEARERGRANTCREATE"),
    }

    alias: str | None = _attrs_field(init=False)
    auth_type: SmtpAuthType | None = _attrs_field(init=False)
    enabled: bool | None = _attrs_field(init=False)
    host: str | None = _attrs_field(init=False)
    port: int | None = _attrs_field(init=False)
    username: str | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        alias: str | None | Unset,
        auth_type: SmtpAuthType | None | Unset,
        enabled: bool | None | Unset,
        host: str | None | Unset,
        port: int | None | Unset,
        username: str | None | Unset,
        id: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if alias is not UNSET:
            _set_field(self, "alias", alias)
        if auth_type is not UNSET:
            _set_field(self, "auth_type", auth_type)
        if enabled is not UNSET:
            _set_field(self, "enabled", enabled)
        if host is not UNSET:
            _set_field(self, "host", host)
        if port is not UNSET:
            _set_field(self, "port", port)
        if username is not UNSET:
            _set_field(self, "username", username)
        if id is not UNSET:
            _set_field(self, "id", id)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("alias", UNSET)) is not UNSET:
            d["alias"] = v
        if (v := values.get("auth_type", UNSET)) is not UNSET:
            d["authType"] = v
        if (v := values.get("enabled", UNSET)) is not UNSET:
            d["enabled"] = v
        if (v := values.get("host", UNSET)) is not UNSET:
            d["host"] = v
        if (v := values.get("port", UNSET)) is not UNSET:
            d["port"] = v
        if (v := values.get("username", UNSET)) is not UNSET:
            d["username"] = v
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        if cls is BaseEmailServerCreate:
            subclass = _convert.subclass_for(cls, src_dict)
            if subclass is not None:
                return subclass.from_dict(src_dict)
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("alias", UNSET)) is not UNSET:
            obj.alias = v
        if (v := d.pop("authType", UNSET)) is not UNSET:
            obj.auth_type = _parse_auth_type(v, False)
        if (v := d.pop("enabled", UNSET)) is not UNSET:
            obj.enabled = v
        if (v := d.pop("host", UNSET)) is not UNSET:
            obj.host = v
        if (v := d.pop("port", UNSET)) is not UNSET:
            obj.port = v
        if (v := d.pop("username", UNSET)) is not UNSET:
            obj.username = v
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """A model over freshly decoded JSON, of the most specific class (see OktaModel.from_json)."""
        if cls is BaseEmailServerCreate and data.__class__ is dict:
            subclass = _convert.subclass_for(cls, data)
            if subclass is not None:
                return subclass.from_json(data)
        return super().from_json(data)
