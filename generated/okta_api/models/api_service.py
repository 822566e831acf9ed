from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .api_service_authentication_method import ApiServiceAuthenticationMethod

if TYPE_CHECKING:
    from typing import Self


_parse_authentication_method = _convert.enum_parser(ApiServiceAuthenticationMethod)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "authentication_method": ("authenticationMethod", _parse_authentication_method),
        "scopes": ("scopes", None),
        "setup_instructions_uri": ("setupInstructionsUri", None),
    }

    authentication_method: ApiServiceAuthenticationMethod | None = _attrs_field(init=False)
    scopes: list[str] | None = _attrs_field(init=False)
    setup_instructions_uri: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        authentication_method: ApiServiceAuthenticationMethod | None | Unset = UNSET,
        scopes: list[str] | None | Unset = UNSET,
        setup_instructions_uri: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if authentication_method is not UNSET:
            _set_field(self, "authentication_method", authentication_method)
        if scopes is not UNSET:
            _set_field(self, "scopes", scopes)
        if setup_instructions_uri is not UNSET:
            _set_field(self, "setup_instructions_uri", setup_instructions_uri)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("authentication_method", UNSET)) is not UNSET:
            d["authenticationMethod"] = v
        if (v := values.get("scopes", UNSET)) is not UNSET:
            d["scopes"] = v
        if (v := values.get("setup_instructions_uri", UNSET)) is not UNSET:
            d["setupInstructionsUri"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("authenticationMethod", UNSET)) is not UNSET:
            obj.authentication_method = _parse_authentication_method(v, False)
        if (v := d.pop("scopes", UNSET)) is not UNSET:
            obj.scopes = v
        if (v := d.pop("setupInstructionsUri", UNSET)) is not UNSET:
            obj.setup_instructions_uri = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
