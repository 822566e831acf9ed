from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .realm_profile_realm_type import RealmProfileRealmType

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class RealmProfile(OktaModel):
    """An Okta `RealmProfile`.

    Attributes:
        name: Name of a realm
        domains: Array of allowed domains. No user in this realm can be created or updated unless they have
            a username and email from one of these domains.

            The following characters aren't allowed in the domain name: `!$%^&()=*+,:;<>'[]|/?\\`
        realm_type (`realmType`): Used to store partner users. This property must be set to `PARTNER` to access Okta's
            external partner portal.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "domains": "domains",
        "realmType": "realm_type",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "name": "str",
        "domains": "list:str",
        "realm_type": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "name": "name",
        "domains": "domains",
        "realm_type": lambda d: (
            _convert.parse_enum(RealmProfileRealmType, v) if (v := d.get("realmType", UNSET)).__class__ is str else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, RealmProfile._json_names),
    }

    name: str | None | Unset
    domains: list[str] | None | Unset = UNSET
    realm_type: RealmProfileRealmType | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.name is not UNSET:
            d["name"] = self.name
        if self.domains is not UNSET:
            d["domains"] = self.domains
        if self.realm_type is not UNSET:
            d["realmType"] = self.realm_type
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.name = d.pop("name", UNSET)
        obj.domains = d.pop("domains", UNSET)
        obj.realm_type = (
            _convert.parse_enum(RealmProfileRealmType, v) if (v := d.pop("realmType", UNSET)).__class__ is str else v
        )
        obj.additional_properties = d
        return obj
