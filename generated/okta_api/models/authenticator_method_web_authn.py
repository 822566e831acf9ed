from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from . import authenticator_method_web_authn_settings as _authenticator_method_web_authn_settings
from . import links_self_and_lifecycle as _links_self_and_lifecycle
from .authenticator_method_base import AuthenticatorMethodBase
from .authenticator_method_type import AuthenticatorMethodType
from .lifecycle_status import LifecycleStatus

if TYPE_CHECKING:
    from typing import Self

    from .authenticator_method_web_authn_settings import AuthenticatorMethodWebAuthnSettings
    from .links_self_and_lifecycle import LinksSelfAndLifecycle


@_attrs_define(kw_only=True)
class AuthenticatorMethodWebAuthn(AuthenticatorMethodBase):
    """An Okta `AuthenticatorMethodWebAuthn`.

    Attributes:
        status: LifecycleStatus
        type_ (`type`): The type of authenticator method
        field_links (`_links`): LinksSelfAndLifecycle
        settings: The settings for the Passkey (FIDO2 WebAuthn) authenticator method
    """

    _json_names: ClassVar[dict[str, str]] = {
        "status": "status",
        "type": "type_",
        "_links": "field_links",
        "settings": "settings",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "status": "enum",
        "type_": "enum",
        "field_links": "model",
        "settings": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "status": lambda d: (
            _convert.parse_enum(LifecycleStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "type_": lambda d: (
            _convert.parse_enum(AuthenticatorMethodType, v) if (v := d.get("type", UNSET)).__class__ is str else v
        ),
        "field_links": lambda d: (
            _links_self_and_lifecycle.LinksSelfAndLifecycle.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self_and_lifecycle.LinksSelfAndLifecycle, v)
        ),
        "settings": lambda d: (
            _authenticator_method_web_authn_settings.AuthenticatorMethodWebAuthnSettings.from_json(v)
            if (v := d.get("settings", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_authenticator_method_web_authn_settings.AuthenticatorMethodWebAuthnSettings, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, AuthenticatorMethodWebAuthn._json_names),
    }

    status: LifecycleStatus | None | Unset = UNSET
    type_: AuthenticatorMethodType | None | Unset = AuthenticatorMethodType("webauthn")
    field_links: LinksSelfAndLifecycle | None | Unset = UNSET
    settings: AuthenticatorMethodWebAuthnSettings | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.status is not UNSET:
            d["status"] = self.status
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.field_links is not UNSET:
            d["_links"] = _convert.dump_model(self.field_links, omit_read_only)
        if self.settings is not UNSET:
            d["settings"] = _convert.dump_model(self.settings, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.status = _convert.parse_enum(LifecycleStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        obj.type_ = (
            _convert.parse_enum(AuthenticatorMethodType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        )
        obj.field_links = (
            _links_self_and_lifecycle.LinksSelfAndLifecycle.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self_and_lifecycle.LinksSelfAndLifecycle, v)
        )
        obj.settings = (
            _authenticator_method_web_authn_settings.AuthenticatorMethodWebAuthnSettings.from_dict(v)
            if (v := d.pop("settings", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_authenticator_method_web_authn_settings.AuthenticatorMethodWebAuthnSettings, v)
        )
        obj.additional_properties = d
        return obj
