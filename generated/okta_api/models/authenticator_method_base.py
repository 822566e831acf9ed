from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import links_self_and_lifecycle as _links_self_and_lifecycle
from .authenticator_method_type import AuthenticatorMethodType
from .lifecycle_status import LifecycleStatus

if TYPE_CHECKING:
    from typing import Self

    from .links_self_and_lifecycle import LinksSelfAndLifecycle


@_attrs_define(kw_only=True)
class AuthenticatorMethodBase(OktaModel):
    """An Okta `AuthenticatorMethodBase`.

    Attributes:
        status: LifecycleStatus
        type_ (`type`): The type of authenticator method
        field_links (`_links`): LinksSelfAndLifecycle
    """

    _json_names: ClassVar[dict[str, str]] = {
        "status": "status",
        "type": "type_",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "status": "enum",
        "type_": "enum",
        "field_links": "model",
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
        "additional_properties": lambda d: _convert.undeclared(d, AuthenticatorMethodBase._json_names),
    }
    _discriminator: ClassVar[str] = "type"
    _subclasses: ClassVar[dict[str, tuple[str, str]]] = {
        "cert": ("authenticator_method_with_verifiable_properties", "AuthenticatorMethodWithVerifiableProperties"),
        "duo": ("authenticator_method_with_verifiable_properties", "AuthenticatorMethodWithVerifiableProperties"),
        "email": ("authenticator_method_simple", "AuthenticatorMethodSimple"),
        "idp": ("authenticator_method_with_verifiable_properties", "AuthenticatorMethodWithVerifiableProperties"),
        "otp": ("authenticator_method_otp", "AuthenticatorMethodOtp"),
        "password": ("authenticator_method_simple", "AuthenticatorMethodSimple"),
        "push": ("authenticator_method_push", "AuthenticatorMethodPush"),
        "security_question": ("authenticator_method_simple", "AuthenticatorMethodSimple"),
        "signed_nonce": ("authenticator_method_signed_nonce", "AuthenticatorMethodSignedNonce"),
        "sms": ("authenticator_method_simple", "AuthenticatorMethodSimple"),
        "totp": ("authenticator_method_totp", "AuthenticatorMethodTotp"),
        "voice": ("authenticator_method_simple", "AuthenticatorMethodSimple"),
        "webauthn": ("authenticator_method_web_authn", "AuthenticatorMethodWebAuthn"),
    }

    status: LifecycleStatus | None | Unset = UNSET
    type_: AuthenticatorMethodType | None | Unset = UNSET
    field_links: LinksSelfAndLifecycle | None | Unset = UNSET

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
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        if cls is AuthenticatorMethodBase:
            subclass = _convert.subclass_for(cls, src_dict)
            if subclass is not None:
                return subclass.from_dict(src_dict)
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
        obj.additional_properties = d
        return obj

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """A model over freshly decoded JSON, of the most specific class (see OktaModel.from_json)."""
        if cls is AuthenticatorMethodBase and data.__class__ is dict:
            subclass = _convert.subclass_for(cls, data)
            if subclass is not None:
                return subclass.from_json(data)
        return super().from_json(data)
