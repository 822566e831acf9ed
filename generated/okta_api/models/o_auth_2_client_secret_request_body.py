from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .o_auth_2_client_secret_request_body_status import OAuth2ClientSecretRequestBodyStatus

if TYPE_CHECKING:
    from typing import Self


_parse_status = _convert.enum_parser(OAuth2ClientSecretRequestBodyStatus)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class OAuth2ClientSecretRequestBody(OktaModel):
    """An Okta `OAuth2ClientSecretRequestBody`.

    Attributes:
        client_secret: The OAuth 2.0 client secret string
        status: Status of the OAuth 2.0 client secret
    """

    _json_names: ClassVar[dict[str, str]] = {
        "client_secret": "client_secret",
        "status": "status",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "client_secret": "str",
        "status": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "client_secret": ("client_secret", None),
        "status": ("status", _parse_status),
    }

    client_secret: str | None = _attrs_field(init=False, repr=_convert.masked)
    status: OAuth2ClientSecretRequestBodyStatus | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        client_secret: str | None | Unset = UNSET,
        status: OAuth2ClientSecretRequestBodyStatus | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if client_secret is not UNSET:
            _set_field(self, "client_secret", client_secret)
        if status is not UNSET:
            _set_field(self, "status", status)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("client_secret", UNSET)) is not UNSET:
            d["client_secret"] = v
        if (v := values.get("status", UNSET)) is not UNSET:
            d["status"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("client_secret", UNSET)) is not UNSET:
            obj.client_secret = v
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
