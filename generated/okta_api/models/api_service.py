from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .api_service_authentication_method import ApiServiceAuthenticationMethod

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class ApiService(OktaModel):
    """An Okta `ApiService`.

    Attributes:
        authentication_method (`authenticationMethod`): Specifies the authentication method used by the API service application when requesting an
            access token<br> **Note:** Only the `client_secret_basic` method is supported
        scopes: A list of Okta OAuth 2.0 scopes required for the API service app to function
        setup_instructions_uri (`setupInstructionsUri`): The URL for the API service integration configuration document
    """

    _json_names: ClassVar[dict[str, str]] = {
        "authenticationMethod": "authentication_method",
        "scopes": "scopes",
        "setupInstructionsUri": "setup_instructions_uri",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "authentication_method": "enum",
        "scopes": "list:str",
        "setup_instructions_uri": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "authentication_method": lambda d: (
            _convert.parse_enum(ApiServiceAuthenticationMethod, v)
            if (v := d.get("authenticationMethod", UNSET)).__class__ is str
            else v
        ),
        "scopes": "scopes",
        "setup_instructions_uri": "setupInstructionsUri",
        "additional_properties": lambda d: _convert.undeclared(d, ApiService._json_names),
    }

    authentication_method: ApiServiceAuthenticationMethod | None | Unset = UNSET
    scopes: list[str] | None | Unset = UNSET
    setup_instructions_uri: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.authentication_method is not UNSET:
            d["authenticationMethod"] = self.authentication_method
        if self.scopes is not UNSET:
            d["scopes"] = self.scopes
        if self.setup_instructions_uri is not UNSET:
            d["setupInstructionsUri"] = self.setup_instructions_uri
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.authentication_method = (
            _convert.parse_enum(ApiServiceAuthenticationMethod, v)
            if (v := d.pop("authenticationMethod", UNSET)).__class__ is str
            else v
        )
        obj.scopes = d.pop("scopes", UNSET)
        obj.setup_instructions_uri = d.pop("setupInstructionsUri", UNSET)
        obj.additional_properties = d
        return obj
