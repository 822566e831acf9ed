from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import saml_acs_item as _saml_acs_item
from . import saml_claims_item as _saml_claims_item

if TYPE_CHECKING:
    from typing import Self

    from .saml_acs_item import SamlAcsItem
    from .saml_claims_item import SamlClaimsItem


def _parse_acs(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _saml_acs_item.SamlAcsItem.from_json if lazy else _saml_acs_item.SamlAcsItem.from_dict, v
    )


def _parse_claims(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _saml_claims_item.SamlClaimsItem.from_json if lazy else _saml_claims_item.SamlClaimsItem.from_dict, v
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class Saml(OktaModel):
    """SAML configuration details

    Attributes:
        acs: List of Assertion Consumer Service (ACS) URLs. The default ACS URL is required and is
            indicated by a null `index` value. You can use the org-level variables you defined in the
            `config` array in the URL. For example: `https://${org.subdomain}.example.com/saml/login`
        doc: The URL to your customer-facing instructions for configuring your SAML integration. See
            [Customer configuration document
            guidelines](https://developer.okta.com/docs/guides/submit-app-prereq/main/#customer-configuration-document-guidelines).
        entity_id (`entityId`): Globally unique name for your SAML entity. For instance, your Identity Provider (IdP) or
            Service Provider (SP) URL.
        claims: Attribute statements to appear in the Okta SAML assertion
        groups: Defines the group attribute names for the SAML assertion statement. Okta inserts the list
            of Okta user groups into the attribute names in the statement.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "acs": "acs",
        "doc": "doc",
        "entityId": "entity_id",
        "claims": "claims",
        "groups": "groups",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "acs": "list:model",
        "doc": "str",
        "entity_id": "str",
        "claims": "list:model",
        "groups": "list:str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "acs": ("acs", _parse_acs),
        "doc": ("doc", None),
        "entity_id": ("entityId", None),
        "claims": ("claims", _parse_claims),
        "groups": ("groups", None),
    }

    acs: list[SamlAcsItem] | None = _attrs_field(init=False)
    doc: str | None = _attrs_field(init=False)
    entity_id: str | None = _attrs_field(init=False)
    claims: list[SamlClaimsItem] | None = _attrs_field(init=False)
    groups: list[str] | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        acs: list[SamlAcsItem] | None | Unset,
        doc: str | None | Unset,
        entity_id: str | None | Unset,
        claims: list[SamlClaimsItem] | None | Unset = UNSET,
        groups: list[str] | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if acs is not UNSET:
            _set_field(self, "acs", acs)
        if doc is not UNSET:
            _set_field(self, "doc", doc)
        if entity_id is not UNSET:
            _set_field(self, "entity_id", entity_id)
        if claims is not UNSET:
            _set_field(self, "claims", claims)
        if groups is not UNSET:
            _set_field(self, "groups", groups)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("acs", UNSET)) is not UNSET:
            d["acs"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("doc", UNSET)) is not UNSET:
            d["doc"] = v
        if (v := values.get("entity_id", UNSET)) is not UNSET:
            d["entityId"] = v
        if (v := values.get("claims", UNSET)) is not UNSET:
            d["claims"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("groups", UNSET)) is not UNSET:
            d["groups"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("acs", UNSET)) is not UNSET:
            obj.acs = _parse_acs(v, False)
        if (v := d.pop("doc", UNSET)) is not UNSET:
            obj.doc = v
        if (v := d.pop("entityId", UNSET)) is not UNSET:
            obj.entity_id = v
        if (v := d.pop("claims", UNSET)) is not UNSET:
            obj.claims = _parse_claims(v, False)
        if (v := d.pop("groups", UNSET)) is not UNSET:
            obj.groups = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
