from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import links_self_lifecycle_and_authorize as _links_self_lifecycle_and_authorize
from . import provisioning_connection_response_profile as _provisioning_connection_response_profile
from .provisioning_connection_status import ProvisioningConnectionStatus
from .provisioning_connection_token_auth_scheme import ProvisioningConnectionTokenAuthScheme

if TYPE_CHECKING:
    from typing import Self

    from .links_self_lifecycle_and_authorize import LinksSelfLifecycleAndAuthorize
    from .provisioning_connection_response_profile import ProvisioningConnectionResponseProfile


def _parse_profile(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _provisioning_connection_response_profile.ProvisioningConnectionResponseProfile.from_json(v)
            if lazy
            else _provisioning_connection_response_profile.ProvisioningConnectionResponseProfile.from_dict(v)
        )
    return _convert.parse_model(_provisioning_connection_response_profile.ProvisioningConnectionResponseProfile, v)


_parse_status = _convert.enum_parser(ProvisioningConnectionStatus)

_parse_auth_scheme = _convert.enum_parser(ProvisioningConnectionTokenAuthScheme)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _links_self_lifecycle_and_authorize.LinksSelfLifecycleAndAuthorize.from_json(v)
            if lazy
            else _links_self_lifecycle_and_authorize.LinksSelfLifecycleAndAuthorize.from_dict(v)
        )
    return _convert.parse_model(_links_self_lifecycle_and_authorize.LinksSelfLifecycleAndAuthorize, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class ProvisioningConnectionResponse(OktaModel):
    """An Okta `ProvisioningConnectionResponse`.

    Attributes:
        profile: ProvisioningConnectionResponseProfile
        status: Provisioning connection status
        auth_scheme (`authScheme`): A token is used to authenticate with the app. This property is only returned for the
            `TOKEN` authentication scheme.
        base_url (`baseUrl`): Base URL
        field_links (`_links`): LinksSelfLifecycleAndAuthorize
    """

    _json_names: ClassVar[dict[str, str]] = {
        "profile": "profile",
        "status": "status",
        "authScheme": "auth_scheme",
        "baseUrl": "base_url",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "profile": "model",
        "status": "enum",
        "auth_scheme": "enum",
        "base_url": "str",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "profile": ("profile", _parse_profile),
        "status": ("status", _parse_status),
        "auth_scheme": ("authScheme", _parse_auth_scheme),
        "base_url": ("baseUrl", None),
        "field_links": ("_links", _parse_field_links),
    }

    profile: ProvisioningConnectionResponseProfile | None = _attrs_field(init=False)
    status: ProvisioningConnectionStatus | None = _attrs_field(init=False)
    auth_scheme: ProvisioningConnectionTokenAuthScheme | None = _attrs_field(init=False)
    base_url: str | None = _attrs_field(init=False)
    field_links: LinksSelfLifecycleAndAuthorize | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        profile: ProvisioningConnectionResponseProfile | None | Unset,
        status: ProvisioningConnectionStatus | None | Unset,
        auth_scheme: ProvisioningConnectionTokenAuthScheme | None | Unset = UNSET,
        base_url: str | None | Unset = UNSET,
        field_links: LinksSelfLifecycleAndAuthorize | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if profile is not UNSET:
            _set_field(self, "profile", profile)
        if status is not UNSET:
            _set_field(self, "status", status)
        if auth_scheme is not UNSET:
            _set_field(self, "auth_scheme", auth_scheme)
        if base_url is not UNSET:
            _set_field(self, "base_url", base_url)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("profile", UNSET)) is not UNSET:
            d["profile"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("status", UNSET)) is not UNSET:
            d["status"] = v
        if (v := values.get("auth_scheme", UNSET)) is not UNSET:
            d["authScheme"] = v
        if (v := values.get("base_url", UNSET)) is not UNSET:
            d["baseUrl"] = v
        if (v := values.get("field_links", UNSET)) is not UNSET:
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
        if (v := d.pop("profile", UNSET)) is not UNSET:
            obj.profile = _parse_profile(v, False)
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        if (v := d.pop("authScheme", UNSET)) is not UNSET:
            obj.auth_scheme = _parse_auth_scheme(v, False)
        if (v := d.pop("baseUrl", UNSET)) is not UNSET:
            obj.base_url = v
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
