from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import saml_acs_item as _saml_acs_item
from . import saml_claims_item as _saml_claims_item

if TYPE_CHECKING:
    from typing import Self

    from .saml_acs_item import SamlAcsItem
    from .saml_claims_item import SamlClaimsItem


@_attrs_define(kw_only=True)
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
        "acs": lambda d: _convert.parse_model_list(_saml_acs_item.SamlAcsItem.from_json, d.get("acs", UNSET)),
        "doc": "doc",
        "entity_id": "entityId",
        "claims": lambda d: _convert.parse_model_list(
            _saml_claims_item.SamlClaimsItem.from_json, d.get("claims", UNSET)
        ),
        "groups": "groups",
        "additional_properties": lambda d: _convert.undeclared(d, Saml._json_names),
    }

    acs: list[SamlAcsItem] | None | Unset
    doc: str | None | Unset
    entity_id: str | None | Unset
    claims: list[SamlClaimsItem] | None | Unset = UNSET
    groups: list[str] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.acs is not UNSET:
            d["acs"] = _convert.dump_model_list(self.acs, omit_read_only)
        if self.doc is not UNSET:
            d["doc"] = self.doc
        if self.entity_id is not UNSET:
            d["entityId"] = self.entity_id
        if self.claims is not UNSET:
            d["claims"] = _convert.dump_model_list(self.claims, omit_read_only)
        if self.groups is not UNSET:
            d["groups"] = self.groups
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.acs = _convert.parse_model_list(_saml_acs_item.SamlAcsItem.from_dict, d.pop("acs", UNSET))
        obj.doc = d.pop("doc", UNSET)
        obj.entity_id = d.pop("entityId", UNSET)
        obj.claims = _convert.parse_model_list(_saml_claims_item.SamlClaimsItem.from_dict, d.pop("claims", UNSET))
        obj.groups = d.pop("groups", UNSET)
        obj.additional_properties = d
        return obj
