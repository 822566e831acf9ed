from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .global_token_revocation_auth_method import GlobalTokenRevocationAuthMethod
from .global_token_revocation_subject_format import GlobalTokenRevocationSubjectFormat

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class GlobalTokenRevocation(OktaModel):
    """An Okta `GlobalTokenRevocation`.

    Attributes:
        auth_method (`authMethod`): Authentication method <br> **Note:** Currently, only the `SIGNED_JWT` method is supported
        endpoint: URL of the authorization server's global token revocation endpoint
        subject_format (`subjectFormat`): The format of the subject
        partial_logout (`partialLogout`): Allow partial support for Universal Logout
    """

    _json_names: ClassVar[dict[str, str]] = {
        "authMethod": "auth_method",
        "endpoint": "endpoint",
        "subjectFormat": "subject_format",
        "partialLogout": "partial_logout",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "auth_method": "enum",
        "endpoint": "str",
        "subject_format": "enum",
        "partial_logout": "bool",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "auth_method": lambda d: (
            _convert.parse_enum(GlobalTokenRevocationAuthMethod, v)
            if (v := d.get("authMethod", UNSET)).__class__ is str
            else v
        ),
        "endpoint": "endpoint",
        "subject_format": lambda d: (
            _convert.parse_enum(GlobalTokenRevocationSubjectFormat, v)
            if (v := d.get("subjectFormat", UNSET)).__class__ is str
            else v
        ),
        "partial_logout": "partialLogout",
        "additional_properties": lambda d: _convert.undeclared(d, GlobalTokenRevocation._json_names),
    }

    auth_method: GlobalTokenRevocationAuthMethod | None | Unset
    endpoint: str | None | Unset
    subject_format: GlobalTokenRevocationSubjectFormat | None | Unset
    partial_logout: bool | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.auth_method is not UNSET:
            d["authMethod"] = self.auth_method
        if self.endpoint is not UNSET:
            d["endpoint"] = self.endpoint
        if self.subject_format is not UNSET:
            d["subjectFormat"] = self.subject_format
        if self.partial_logout is not UNSET:
            d["partialLogout"] = self.partial_logout
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.auth_method = (
            _convert.parse_enum(GlobalTokenRevocationAuthMethod, v)
            if (v := d.pop("authMethod", UNSET)).__class__ is str
            else v
        )
        obj.endpoint = d.pop("endpoint", UNSET)
        obj.subject_format = (
            _convert.parse_enum(GlobalTokenRevocationSubjectFormat, v)
            if (v := d.pop("subjectFormat", UNSET)).__class__ is str
            else v
        )
        obj.partial_logout = d.pop("partialLogout", UNSET)
        obj.additional_properties = d
        return obj
