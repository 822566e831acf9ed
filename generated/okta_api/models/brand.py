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
class Brand(OktaModel):
    """An Okta `Brand`.

    Attributes:
        field_links (`_links`, read-only, never sent): dict[str, Any]
        agree_to_custom_privacy_policy (`agreeToCustomPrivacyPolicy`): bool
        custom_privacy_policy_url (`customPrivacyPolicyUrl`): str
        id (read-only, never sent): str
        remove_powered_by_okta (`removePoweredByOkta`): bool
    """

    _json_names: ClassVar[dict[str, str]] = {
        "_links": "field_links",
        "agreeToCustomPrivacyPolicy": "agree_to_custom_privacy_policy",
        "customPrivacyPolicyUrl": "custom_privacy_policy_url",
        "id": "id",
        "removePoweredByOkta": "remove_powered_by_okta",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "field_links": "dict",
        "agree_to_custom_privacy_policy": "bool",
        "custom_privacy_policy_url": "str",
        "id": "str",
        "remove_powered_by_okta": "bool",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "field_links": "_links",
        "agree_to_custom_privacy_policy": "agreeToCustomPrivacyPolicy",
        "custom_privacy_policy_url": "customPrivacyPolicyUrl",
        "id": "id",
        "remove_powered_by_okta": "removePoweredByOkta",
        "additional_properties": lambda d: _convert.undeclared(d, Brand._json_names),
    }

    field_links: dict[str, Any] | None | Unset = UNSET
    agree_to_custom_privacy_policy: bool | None | Unset = UNSET
    custom_privacy_policy_url: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    remove_powered_by_okta: bool | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.field_links is not UNSET and not omit_read_only:
            d["_links"] = self.field_links
        if self.agree_to_custom_privacy_policy is not UNSET:
            d["agreeToCustomPrivacyPolicy"] = self.agree_to_custom_privacy_policy
        if self.custom_privacy_policy_url is not UNSET:
            d["customPrivacyPolicyUrl"] = self.custom_privacy_policy_url
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.remove_powered_by_okta is not UNSET:
            d["removePoweredByOkta"] = self.remove_powered_by_okta
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
        obj.agree_to_custom_privacy_policy = d.pop("agreeToCustomPrivacyPolicy", UNSET)
        obj.custom_privacy_policy_url = d.pop("customPrivacyPolicyUrl", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.remove_powered_by_okta = d.pop("removePoweredByOkta", UNSET)
        obj.additional_properties = d
        return obj
