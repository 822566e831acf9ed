from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .provisioning_connection_auth_scheme import ProvisioningConnectionAuthScheme
from .provisioning_connection_status import ProvisioningConnectionStatus

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class ProvisioningConnection(OktaModel):
    """An Okta `ProvisioningConnection`.

    Attributes:
        field_links (`_links`, read-only, never sent): dict[str, Any]
        auth_scheme (`authScheme`): ProvisioningConnectionAuthScheme
        status: ProvisioningConnectionStatus
    """

    _json_names: ClassVar[dict[str, str]] = {
        "_links": "field_links",
        "authScheme": "auth_scheme",
        "status": "status",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "field_links": "dict",
        "auth_scheme": "enum",
        "status": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "field_links": "_links",
        "auth_scheme": lambda d: (
            _convert.parse_enum(ProvisioningConnectionAuthScheme, v)
            if (v := d.get("authScheme", UNSET)).__class__ is str
            else v
        ),
        "status": lambda d: (
            _convert.parse_enum(ProvisioningConnectionStatus, v)
            if (v := d.get("status", UNSET)).__class__ is str
            else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, ProvisioningConnection._json_names),
    }

    field_links: dict[str, Any] | None | Unset = UNSET
    auth_scheme: ProvisioningConnectionAuthScheme | None | Unset = UNSET
    status: ProvisioningConnectionStatus | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.field_links is not UNSET and not omit_read_only:
            d["_links"] = self.field_links
        if self.auth_scheme is not UNSET:
            d["authScheme"] = self.auth_scheme
        if self.status is not UNSET:
            d["status"] = self.status
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.field_links = d.pop("_links", UNSET)
        obj.auth_scheme = (
            _convert.parse_enum(ProvisioningConnectionAuthScheme, v)
            if (v := d.pop("authScheme", UNSET)).__class__ is str
            else v
        )
        obj.status = (
            _convert.parse_enum(ProvisioningConnectionStatus, v)
            if (v := d.pop("status", UNSET)).__class__ is str
            else v
        )
        obj.additional_properties = d
        return obj
