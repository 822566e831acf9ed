from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import web_authn_rp_id_domain as _web_authn_rp_id_domain

if TYPE_CHECKING:
    from typing import Self

    from .web_authn_rp_id_domain import WebAuthnRpIdDomain


def _parse_domain(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _web_authn_rp_id_domain.WebAuthnRpIdDomain.from_json(v)
            if lazy
            else _web_authn_rp_id_domain.WebAuthnRpIdDomain.from_dict(v)
        )
    return _convert.parse_model(_web_authn_rp_id_domain.WebAuthnRpIdDomain, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class WebAuthnRpId(OktaModel):
    """The [RP ID](https://www.w3.org/TR/webauthn/#relying-party-identifier) object for WebAuthn
    configuration

    > **Note:** Changing the RP ID `domain` invalidates all existing passkeys for all users. You must
    notify your users that they need to re-enroll their passkeys if you replace an existing RP ID.

    Attributes:
        domain: The RP domain object for the WebAuthn configuration
        enabled: Indicates whether the RP ID is active and is used for WebAuthn operations. It can only be
            set to `true` once the `validationStatus` of the `domain` object is `VERIFIED`. `enabled`
            can only be `true` for this same `domain`. Its value must be `false` to be able to
            configure the `domain`.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "domain": "domain",
        "enabled": "enabled",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "domain": "model",
        "enabled": "bool",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "domain": ("domain", _parse_domain),
        "enabled": ("enabled", None),
    }

    domain: WebAuthnRpIdDomain | None = _attrs_field(init=False)
    enabled: bool | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        domain: WebAuthnRpIdDomain | None | Unset = UNSET,
        enabled: bool | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if domain is not UNSET:
            _set_field(self, "domain", domain)
        if enabled is not UNSET:
            _set_field(self, "enabled", enabled)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("domain", UNSET)) is not UNSET:
            d["domain"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("enabled", UNSET)) is not UNSET:
            d["enabled"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("domain", UNSET)) is not UNSET:
            obj.domain = _parse_domain(v, False)
        if (v := d.pop("enabled", UNSET)) is not UNSET:
            obj.enabled = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
