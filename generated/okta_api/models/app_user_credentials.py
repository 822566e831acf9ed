from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import app_user_password_credential as _app_user_password_credential

if TYPE_CHECKING:
    from typing import Self

    from .app_user_password_credential import AppUserPasswordCredential


@_attrs_define(kw_only=True)
class AppUserCredentials(OktaModel):
    """<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a64046d0>

    Attributes:
        password (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a6404390>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a6404e90>
        user_name (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a64044d0>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a6404650>
    """

    _json_names: ClassVar[dict[str, str]] = {
        "password": "password",
        "userName": "user_name",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "password": "model",
        "user_name": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "password": lambda d: (
            _app_user_password_credential.AppUserPasswordCredential.from_json(v)
            if (v := d.get("password", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_app_user_password_credential.AppUserPasswordCredential, v)
        ),
        "user_name": "userName",
        "additional_properties": lambda d: _convert.undeclared(d, AppUserCredentials._json_names),
    }

    password: AppUserPasswordCredential | None | Unset = UNSET
    user_name: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.password is not UNSET:
            d["password"] = _convert.dump_model(self.password, omit_read_only)
        if self.user_name is not UNSET:
            d["userName"] = self.user_name
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.password = (
            _app_user_password_credential.AppUserPasswordCredential.from_dict(v)
            if (v := d.pop("password", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_app_user_password_credential.AppUserPasswordCredential, v)
        )
        obj.user_name = d.pop("userName", UNSET)
        obj.additional_properties = d
        return obj
