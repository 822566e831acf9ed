from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "description": ("description", None),
        "dn": ("dn", None),
        "external_id": ("externalId", None),
        "name": ("name", None),
        "sam_account_name": ("samAccountName", None),
        "windows_domain_qualified_name": ("windowsDomainQualifiedName", None),
    }

    description: str | None = _attrs_field(init=False)
    dn: str | None = _attrs_field(init=False)
    external_id: str | None = _attrs_field(init=False)
    name: str | None = _attrs_field(init=False)
    sam_account_name: str | None = _attrs_field(init=False)
    windows_domain_qualified_name: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        description: str | None | Unset = UNSET,
        dn: str | None | Unset = UNSET,
        external_id: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        sam_account_name: str | None | Unset = UNSET,
        windows_domain_qualified_name: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if description is not UNSET:
            _set_field(self, "description", description)
        if dn is not UNSET:
            _set_field(self, "dn", dn)
        if external_id is not UNSET:
            _set_field(self, "external_id", external_id)
        if name is not UNSET:
            _set_field(self, "name", name)
        if sam_account_name is not UNSET:
            _set_field(self, "sam_account_name", sam_account_name)
        if windows_domain_qualified_name is not UNSET:
            _set_field(self, "windows_domain_qualified_name", windows_domain_qualified_name)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("description", UNSET)) is not UNSET:
            d["description"] = v
        if (v := values.get("dn", UNSET)) is not UNSET:
            d["dn"] = v
        if (v := values.get("external_id", UNSET)) is not UNSET:
            d["externalId"] = v
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if (v := values.get("sam_account_name", UNSET)) is not UNSET:
            d["samAccountName"] = v
        if (v := values.get("windows_domain_qualified_name", UNSET)) is not UNSET:
            d["windowsDomainQualifiedName"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("description", UNSET)) is not UNSET:
            obj.description = v
        if (v := d.pop("dn", UNSET)) is not UNSET:
            obj.dn = v
        if (v := d.pop("externalId", UNSET)) is not UNSET:
            obj.external_id = v
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("samAccountName", UNSET)) is not UNSET:
            obj.sam_account_name = v
        if (v := d.pop("windowsDomainQualifiedName", UNSET)) is not UNSET:
            obj.windows_domain_qualified_name = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
