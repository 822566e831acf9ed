from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .identity_provider_policy_provider import IdentityProviderPolicyProvider

if TYPE_CHECKING:
    from typing import Self


_parse_provider = _convert.enum_parser(IdentityProviderPolicyProvider)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class IdentityProviderPolicyRuleCondition(OktaModel):
    """Specifies the IdP that's used to sign in

    Attributes:
        idp_ids (`idpIds`): Specifies the IdP ID
        provider: IdentityProviderPolicyProvider
    """

    _json_names: ClassVar[dict[str, str]] = {
        "idpIds": "idp_ids",
        "provider": "provider",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "idp_ids": "list:str",
        "provider": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "idp_ids": ("idpIds", None),
        "provider": ("provider", _parse_provider),
    }

    idp_ids: list[str] | None = _attrs_field(init=False)
    provider: IdentityProviderPolicyProvider | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        idp_ids: list[str] | None | Unset = UNSET,
        provider: IdentityProviderPolicyProvider | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if idp_ids is not UNSET:
            _set_field(self, "idp_ids", idp_ids)
        if provider is not UNSET:
            _set_field(self, "provider", provider)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("idp_ids", UNSET)) is not UNSET:
            d["idpIds"] = v
        if (v := values.get("provider", UNSET)) is not UNSET:
            d["provider"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("idpIds", UNSET)) is not UNSET:
            obj.idp_ids = v
        if (v := d.pop("provider", UNSET)) is not UNSET:
            obj.provider = _parse_provider(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
