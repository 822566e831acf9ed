from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .global_token_revocation_auth_method import GlobalTokenRevocationAuthMethod
from .global_token_revocation_subject_format import GlobalTokenRevocationSubjectFormat

if TYPE_CHECKING:
    from typing import Self


_parse_auth_method = _convert.enum_parser(GlobalTokenRevocationAuthMethod)

_parse_subject_format = _convert.enum_parser(GlobalTokenRevocationSubjectFormat)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "auth_method": ("authMethod", _parse_auth_method),
        "endpoint": ("endpoint", None),
        "subject_format": ("subjectFormat", _parse_subject_format),
        "partial_logout": ("partialLogout", None),
    }

    auth_method: GlobalTokenRevocationAuthMethod | None = _attrs_field(init=False)
    endpoint: str | None = _attrs_field(init=False)
    subject_format: GlobalTokenRevocationSubjectFormat | None = _attrs_field(init=False)
    partial_logout: bool | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        auth_method: GlobalTokenRevocationAuthMethod | None | Unset,
        endpoint: str | None | Unset,
        subject_format: GlobalTokenRevocationSubjectFormat | None | Unset,
        partial_logout: bool | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if auth_method is not UNSET:
            _set_field(self, "auth_method", auth_method)
        if endpoint is not UNSET:
            _set_field(self, "endpoint", endpoint)
        if subject_format is not UNSET:
            _set_field(self, "subject_format", subject_format)
        if partial_logout is not UNSET:
            _set_field(self, "partial_logout", partial_logout)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("auth_method", UNSET)) is not UNSET:
            d["authMethod"] = v
        if (v := values.get("endpoint", UNSET)) is not UNSET:
            d["endpoint"] = v
        if (v := values.get("subject_format", UNSET)) is not UNSET:
            d["subjectFormat"] = v
        if (v := values.get("partial_logout", UNSET)) is not UNSET:
            d["partialLogout"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("authMethod", UNSET)) is not UNSET:
            obj.auth_method = _parse_auth_method(v, False)
        if (v := d.pop("endpoint", UNSET)) is not UNSET:
            obj.endpoint = v
        if (v := d.pop("subjectFormat", UNSET)) is not UNSET:
            obj.subject_format = _parse_subject_format(v, False)
        if (v := d.pop("partialLogout", UNSET)) is not UNSET:
            obj.partial_logout = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
