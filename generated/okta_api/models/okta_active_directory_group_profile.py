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
    """Profile for a group that is imported from Active Directory.

    The `objectClass` for such groups is `okta:windows_security_principal`.

    You can extend group profiles with custom properties, but you must first add the properties to the
    group profile schema before you can reference them. Use the Profile Editor in the Admin Console or
    the [Schemas
    API](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/Schema/) to manage
    schema extensions.

    Custom properties can contain HTML tags. It is the client's responsibility to escape or encode this
    data before displaying it. Use
    [best-practices](https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html)
    to prevent cross-site scripting.

    Attributes:
        description: Description of the Windows group
        dn: The distinguished name of the Windows group
        external_id (`externalId`): Base-64 encoded GUID (`objectGUID`) of the Windows group
        name: Name of the Windows group
        sam_account_name (`samAccountName`): Pre-Windows 2000 name of the Windows group
        windows_domain_qualified_name (`windowsDomainQualifiedName`): Fully qualified name of the Windows group
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
