from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import web_authn_rp_id_domain as _web_authn_rp_id_domain

if TYPE_CHECKING:
    from typing import Self

    from .web_authn_rp_id_domain import WebAuthnRpIdDomain


@_attrs_define(kw_only=True)
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
        "domain": lambda d: (
            _web_authn_rp_id_domain.WebAuthnRpIdDomain.from_json(v)
            if (v := d.get("domain", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_web_authn_rp_id_domain.WebAuthnRpIdDomain, v)
        ),
        "enabled": "enabled",
        "additional_properties": lambda d: _convert.undeclared(d, WebAuthnRpId._json_names),
    }

    domain: WebAuthnRpIdDomain | None | Unset = UNSET
    enabled: bool | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.domain is not UNSET:
            d["domain"] = _convert.dump_model(self.domain, omit_read_only)
        if self.enabled is not UNSET:
            d["enabled"] = self.enabled
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.domain = (
            _web_authn_rp_id_domain.WebAuthnRpIdDomain.from_dict(v)
            if (v := d.pop("domain", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_web_authn_rp_id_domain.WebAuthnRpIdDomain, v)
        )
        obj.enabled = d.pop("enabled", UNSET)
        obj.additional_properties = d
        return obj
