from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
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


_parse_claim_type = _convert.enum_parser(OAuth2ClaimType)


def _parse_conditions(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _o_auth_2_claim_conditions.OAuth2ClaimConditions.from_json(v)
            if lazy
            else _o_auth_2_claim_conditions.OAuth2ClaimConditions.from_dict(v)
        )
    return _convert.parse_model(_o_auth_2_claim_conditions.OAuth2ClaimConditions, v)


_parse_group_filter_type = _convert.enum_parser(OAuth2ClaimGroupFilterType)

_parse_status = _convert.enum_parser(LifecycleStatus)

_parse_value_type = _convert.enum_parser(OAuth2ClaimValueType)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _links_self.LinksSelf.from_json(v) if lazy else _links_self.LinksSelf.from_dict(v)
    return _convert.parse_model(_links_self.LinksSelf, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "always_include_in_token": ("alwaysIncludeInToken", None),
        "claim_type": ("claimType", _parse_claim_type),
        "conditions": ("conditions", _parse_conditions),
        "group_filter_type": ("group_filter_type", _parse_group_filter_type),
        "id": ("id", None),
        "name": ("name", None),
        "status": ("status", _parse_status),
        "system": ("system", None),
        "value": ("value", None),
        "value_type": ("valueType", _parse_value_type),
        "field_links": ("_links", _parse_field_links),
    }

    always_include_in_token: bool | None = _attrs_field(init=False)
    claim_type: OAuth2ClaimType | None = _attrs_field(init=False)
    conditions: OAuth2ClaimConditions | None = _attrs_field(init=False)
    group_filter_type: OAuth2ClaimGroupFilterType | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    name: str | None = _attrs_field(init=False)
    status: LifecycleStatus | None = _attrs_field(init=False)
    system: bool | None = _attrs_field(init=False)
    value: str | None = _attrs_field(init=False)
    value_type: OAuth2ClaimValueType | None = _attrs_field(init=False)
    field_links: LinksSelf | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        always_include_in_token: bool | None | Unset = UNSET,
        claim_type: OAuth2ClaimType | None | Unset = UNSET,
        conditions: OAuth2ClaimConditions | None | Unset = UNSET,
        group_filter_type: OAuth2ClaimGroupFilterType | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        status: LifecycleStatus | None | Unset = UNSET,
        system: bool | None | Unset = UNSET,
        value: str | None | Unset = UNSET,
        value_type: OAuth2ClaimValueType | None | Unset = UNSET,
        field_links: LinksSelf | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if always_include_in_token is not UNSET:
            _set_field(self, "always_include_in_token", always_include_in_token)
        if claim_type is not UNSET:
            _set_field(self, "claim_type", claim_type)
        if conditions is not UNSET:
            _set_field(self, "conditions", conditions)
        if group_filter_type is not UNSET:
            _set_field(self, "group_filter_type", group_filter_type)
        if id is not UNSET:
            _set_field(self, "id", id)
        if name is not UNSET:
            _set_field(self, "name", name)
        if status is not UNSET:
            _set_field(self, "status", status)
        if system is not UNSET:
            _set_field(self, "system", system)
        if value is not UNSET:
            _set_field(self, "value", value)
        if value_type is not UNSET:
            _set_field(self, "value_type", value_type)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("always_include_in_token", UNSET)) is not UNSET:
            d["alwaysIncludeInToken"] = v
        if (v := values.get("claim_type", UNSET)) is not UNSET:
            d["claimType"] = v
        if (v := values.get("conditions", UNSET)) is not UNSET:
            d["conditions"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("group_filter_type", UNSET)) is not UNSET:
            d["group_filter_type"] = v
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if (v := values.get("status", UNSET)) is not UNSET:
            d["status"] = v
        if (v := values.get("system", UNSET)) is not UNSET:
            d["system"] = v
        if (v := values.get("value", UNSET)) is not UNSET:
            d["value"] = v
        if (v := values.get("value_type", UNSET)) is not UNSET:
            d["valueType"] = v
        if (v := values.get("field_links", UNSET)) is not UNSET and not omit_read_only:
            d["_links"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("alwaysIncludeInToken", UNSET)) is not UNSET:
            obj.always_include_in_token = v
        if (v := d.pop("claimType", UNSET)) is not UNSET:
            obj.claim_type = _parse_claim_type(v, False)
        if (v := d.pop("conditions", UNSET)) is not UNSET:
            obj.conditions = _parse_conditions(v, False)
        if (v := d.pop("group_filter_type", UNSET)) is not UNSET:
            obj.group_filter_type = _parse_group_filter_type(v, False)
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        if (v := d.pop("system", UNSET)) is not UNSET:
            obj.system = v
        if (v := d.pop("value", UNSET)) is not UNSET:
            obj.value = v
        if (v := d.pop("valueType", UNSET)) is not UNSET:
            obj.value_type = _parse_value_type(v, False)
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
