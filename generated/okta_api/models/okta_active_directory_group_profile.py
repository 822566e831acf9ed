from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class OktaActiveDirectoryGroupProfile(OktaModel):
    """<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e5d010>

    Attributes:
        description (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e5c3d0>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e5c590>
        dn (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e5c610>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e5c790>
        external_id (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e5c810>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e5c990>
        name (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e5ca10>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e5cb90>
        sam_account_name (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e5cc10>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e5cd90>
        windows_domain_qualified_name (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e5ce10>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e5cf90>
    """

    _json_names: ClassVar[dict[str, str]] = {
        "description": "description",
        "dn": "dn",
        "externalId": "external_id",
        "name": "name",
        "samAccountName": "sam_account_name",
        "windowsDomainQualifiedName": "windows_domain_qualified_name",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "description": "str",
        "dn": "str",
        "external_id": "str",
        "name": "str",
        "sam_account_name": "str",
        "windows_domain_qualified_name": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "description": "description",
        "dn": "dn",
        "external_id": "externalId",
        "name": "name",
        "sam_account_name": "samAccountName",
        "windows_domain_qualified_name": "windowsDomainQualifiedName",
        "additional_properties": lambda d: _convert.undeclared(d, OktaActiveDirectoryGroupProfile._json_names),
    }

    description: str | None | Unset = UNSET
    dn: str | None | Unset = UNSET
    external_id: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    sam_account_name: str | None | Unset = UNSET
    windows_domain_qualified_name: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.description is not UNSET:
            d["description"] = self.description
        if self.dn is not UNSET:
            d["dn"] = self.dn
        if self.external_id is not UNSET:
            d["externalId"] = self.external_id
        if self.name is not UNSET:
            d["name"] = self.name
        if self.sam_account_name is not UNSET:
            d["samAccountName"] = self.sam_account_name
        if self.windows_domain_qualified_name is not UNSET:
            d["windowsDomainQualifiedName"] = self.windows_domain_qualified_name
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.description = d.pop("description", UNSET)
        obj.dn = d.pop("dn", UNSET)
        obj.external_id = d.pop("externalId", UNSET)
        obj.name = d.pop("name", UNSET)
        obj.sam_account_name = d.pop("samAccountName", UNSET)
        obj.windows_domain_qualified_name = d.pop("windowsDomainQualifiedName", UNSET)
        obj.additional_properties = d
        return obj
