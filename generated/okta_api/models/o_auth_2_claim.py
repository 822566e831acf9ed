from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import links_self as _links_self
from . import o_auth_2_claim_conditions as _o_auth_2_claim_conditions
from .lifecycle_status import LifecycleStatus
from .o_auth_2_claim_group_filter_type import OAuth2ClaimGroupFilterType
from .o_auth_2_claim_type import OAuth2ClaimType
from .o_auth_2_claim_value_type import OAuth2ClaimValueType

if TYPE_CHECKING:
    from typing import Self

    from .links_self import LinksSelf
    from .o_auth_2_claim_conditions import OAuth2ClaimConditions


@_attrs_define(kw_only=True)
class OAuth2Claim(OktaModel):
    """An Okta `OAuth2Claim`.

    Attributes:
        always_include_in_token (`alwaysIncludeInToken`): Specifies whether to include Claims in the token. The value is always `TRUE` for access
            token Claims. If the value is set to `FALSE` for an ID token claim, the Claim isn't
            included in the ID token when the token is requested with the access token or with the
            `authorization_code`. The client instead uses the access token to get Claims from the
            `/userinfo` endpoint.
        claim_type (`claimType`): Specifies whether the Claim is for an access token (`RESOURCE`) or an ID token
            (`IDENTITY`)
        conditions: Specifies the scopes for the Claim
        group_filter_type: Specifies the type of group filter if `valueType` is `GROUPS`

            If `valueType` is `GROUPS`, then the groups returned are filtered according to the value
            of `group_filter_type`.

            If you have complex filters for Groups, you can [create a Groups
            allowlist](https://developer.okta.com/docs/guides/customize-tokens-groups-claim/main/) to
            put them all in a Claim.
        id (read-only, never sent): ID of the Claim
        name: Name of the Claim
        status: LifecycleStatus
        system: When `true`, indicates that Okta created the Claim
        value: Specifies the value of the Claim. This value must be a string literal if `valueType` is
            `GROUPS`, and the string literal is matched with the selected `group_filter_type`. The
            value must be an Okta EL expression if `valueType` is `EXPRESSION`.
        value_type (`valueType`): Specifies whether the Claim is an Okta Expression Language (EL) expression (`EXPRESSION`),
            a set of groups (`GROUPS`), or a system claim (`SYSTEM`)
        field_links (`_links`, read-only, never sent): Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288))
            available using the [JSON Hypertext Application
            Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification.
            This object is used for dynamic discovery of related resources and lifecycle operations.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "alwaysIncludeInToken": "always_include_in_token",
        "claimType": "claim_type",
        "conditions": "conditions",
        "group_filter_type": "group_filter_type",
        "id": "id",
        "name": "name",
        "status": "status",
        "system": "system",
        "value": "value",
        "valueType": "value_type",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "always_include_in_token": "bool",
        "claim_type": "enum",
        "conditions": "model",
        "group_filter_type": "enum",
        "id": "str",
        "name": "str",
        "status": "enum",
        "system": "bool",
        "value": "str",
        "value_type": "enum",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "always_include_in_token": "alwaysIncludeInToken",
        "claim_type": lambda d: (
            _convert.parse_enum(OAuth2ClaimType, v) if (v := d.get("claimType", UNSET)).__class__ is str else v
        ),
        "conditions": lambda d: (
            _o_auth_2_claim_conditions.OAuth2ClaimConditions.from_json(v)
            if (v := d.get("conditions", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_o_auth_2_claim_conditions.OAuth2ClaimConditions, v)
        ),
        "group_filter_type": lambda d: (
            _convert.parse_enum(OAuth2ClaimGroupFilterType, v)
            if (v := d.get("group_filter_type", UNSET)).__class__ is str
            else v
        ),
        "id": "id",
        "name": "name",
        "status": lambda d: (
            _convert.parse_enum(LifecycleStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "system": "system",
        "value": "value",
        "value_type": lambda d: (
            _convert.parse_enum(OAuth2ClaimValueType, v) if (v := d.get("valueType", UNSET)).__class__ is str else v
        ),
        "field_links": lambda d: (
            _links_self.LinksSelf.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self.LinksSelf, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, OAuth2Claim._json_names),
    }

    always_include_in_token: bool | None | Unset = UNSET
    claim_type: OAuth2ClaimType | None | Unset = UNSET
    conditions: OAuth2ClaimConditions | None | Unset = UNSET
    group_filter_type: OAuth2ClaimGroupFilterType | None | Unset = UNSET
    id: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    status: LifecycleStatus | None | Unset = UNSET
    system: bool | None | Unset = UNSET
    value: str | None | Unset = UNSET
    value_type: OAuth2ClaimValueType | None | Unset = UNSET
    field_links: LinksSelf | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.always_include_in_token is not UNSET:
            d["alwaysIncludeInToken"] = self.always_include_in_token
        if self.claim_type is not UNSET:
            d["claimType"] = self.claim_type
        if self.conditions is not UNSET:
            d["conditions"] = _convert.dump_model(self.conditions, omit_read_only)
        if self.group_filter_type is not UNSET:
            d["group_filter_type"] = self.group_filter_type
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.name is not UNSET:
            d["name"] = self.name
        if self.status is not UNSET:
            d["status"] = self.status
        if self.system is not UNSET:
            d["system"] = self.system
        if self.value is not UNSET:
            d["value"] = self.value
        if self.value_type is not UNSET:
            d["valueType"] = self.value_type
        if self.field_links is not UNSET and not omit_read_only:
            d["_links"] = _convert.dump_model(self.field_links, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.always_include_in_token = d.pop("alwaysIncludeInToken", UNSET)
        obj.claim_type = (
            _convert.parse_enum(OAuth2ClaimType, v) if (v := d.pop("claimType", UNSET)).__class__ is str else v
        )
        obj.conditions = (
            _o_auth_2_claim_conditions.OAuth2ClaimConditions.from_dict(v)
            if (v := d.pop("conditions", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_o_auth_2_claim_conditions.OAuth2ClaimConditions, v)
        )
        obj.group_filter_type = (
            _convert.parse_enum(OAuth2ClaimGroupFilterType, v)
            if (v := d.pop("group_filter_type", UNSET)).__class__ is str
            else v
        )
        obj.id = d.pop("id", UNSET)
        obj.name = d.pop("name", UNSET)
        obj.status = _convert.parse_enum(LifecycleStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        obj.system = d.pop("system", UNSET)
        obj.value = d.pop("value", UNSET)
        obj.value_type = (
            _convert.parse_enum(OAuth2ClaimValueType, v) if (v := d.pop("valueType", UNSET)).__class__ is str else v
        )
        obj.field_links = (
            _links_self.LinksSelf.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self.LinksSelf, v)
        )
        obj.additional_properties = d
        return obj
