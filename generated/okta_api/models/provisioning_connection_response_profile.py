from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import org_2_org_provisioning_o_auth_signing_settings as _org_2_org_provisioning_o_auth_signing_settings
from .provisioning_connection_auth_scheme import ProvisioningConnectionAuthScheme

if TYPE_CHECKING:
    from typing import Self

    from .org_2_org_provisioning_o_auth_signing_settings import Org2OrgProvisioningOAuthSigningSettings


_parse_auth_scheme = _convert.enum_parser(ProvisioningConnectionAuthScheme)


def _parse_signing(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _org_2_org_provisioning_o_auth_signing_settings.Org2OrgProvisioningOAuthSigningSettings.from_json(v)
            if lazy
            else _org_2_org_provisioning_o_auth_signing_settings.Org2OrgProvisioningOAuthSigningSettings.from_dict(v)
        )
    return _convert.parse_model(
        _org_2_org_provisioning_o_auth_signing_settings.Org2OrgProvisioningOAuthSigningSettings, v
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class ProvisioningConnectionResponseProfile(OktaModel):
    """An Okta `ProvisioningConnectionResponseProfile`.

    Attributes:
        auth_scheme (`authScheme`): Defines the method of authentication
        signing: Only used for the Okta Org2Org (`okta_org2org`) app.

            The signing key rotation setting.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "authScheme": "auth_scheme",
        "signing": "signing",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "auth_scheme": "enum",
        "signing": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "auth_scheme": ("authScheme", _parse_auth_scheme),
        "signing": ("signing", _parse_signing),
    }

    auth_scheme: ProvisioningConnectionAuthScheme | None = _attrs_field(init=False)
    signing: Org2OrgProvisioningOAuthSigningSettings | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        auth_scheme: ProvisioningConnectionAuthScheme | None | Unset,
        signing: Org2OrgProvisioningOAuthSigningSettings | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if auth_scheme is not UNSET:
            _set_field(self, "auth_scheme", auth_scheme)
        if signing is not UNSET:
            _set_field(self, "signing", signing)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("auth_scheme", UNSET)) is not UNSET:
            d["authScheme"] = v
        if (v := values.get("signing", UNSET)) is not UNSET:
            d["signing"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("authScheme", UNSET)) is not UNSET:
            obj.auth_scheme = _parse_auth_scheme(v, False)
        if (v := d.pop("signing", UNSET)) is not UNSET:
            obj.signing = _parse_signing(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
