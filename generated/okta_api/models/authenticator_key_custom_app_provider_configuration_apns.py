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
class AuthenticatorKeyCustomAppProviderConfigurationApns(OktaModel):
    """An Okta `AuthenticatorKeyCustomAppProviderConfigurationApns`.

    Attributes:
        id: ID of the APNs (Apple Push Notification Service)
            [configurations](https://developer.okta.com/docs/reference/api/push-providers/)
        app_bundle_id (`appBundleId`): AppBundleId of the APNs (Apple Push Notification Service)
            [configurations](https://developer.okta.com/docs/reference/api/push-providers/)
        debug_app_bundle_id (`debugAppBundleId`): DebugAppBundleId of the APNs (Apple Push Notification Service)
            [configurations](https://developer.okta.com/docs/reference/api/push-providers/)
    """

    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "appBundleId": "app_bundle_id",
        "debugAppBundleId": "debug_app_bundle_id",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "id": "str",
        "app_bundle_id": "str",
        "debug_app_bundle_id": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "id": "id",
        "app_bundle_id": "appBundleId",
        "debug_app_bundle_id": "debugAppBundleId",
        "additional_properties": lambda d: _convert.undeclared(
            d, AuthenticatorKeyCustomAppProviderConfigurationApns._json_names
        ),
    }

    id: str | None | Unset = UNSET
    app_bundle_id: str | None | Unset = UNSET
    debug_app_bundle_id: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.id is not UNSET:
            d["id"] = self.id
        if self.app_bundle_id is not UNSET:
            d["appBundleId"] = self.app_bundle_id
        if self.debug_app_bundle_id is not UNSET:
            d["debugAppBundleId"] = self.debug_app_bundle_id
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.id = d.pop("id", UNSET)
        obj.app_bundle_id = d.pop("appBundleId", UNSET)
        obj.debug_app_bundle_id = d.pop("debugAppBundleId", UNSET)
        obj.additional_properties = d
        return obj
