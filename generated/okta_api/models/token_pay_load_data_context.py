from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import base_context_session as _base_context_session
from . import base_context_user as _base_context_user
from . import inline_hook_request_object as _inline_hook_request_object
from . import token_pay_load_data_context_policy as _token_pay_load_data_context_policy
from . import token_pay_load_data_context_protocol as _token_pay_load_data_context_protocol

if TYPE_CHECKING:
    from typing import Self

    from .base_context_session import BaseContextSession
    from .base_context_user import BaseContextUser
    from .inline_hook_request_object import InlineHookRequestObject
    from .token_pay_load_data_context_policy import TokenPayLoadDataContextPolicy
    from .token_pay_load_data_context_protocol import TokenPayLoadDataContextProtocol


@_attrs_define(kw_only=True)
class TokenPayLoadDataContext(OktaModel):
    """An Okta `TokenPayLoadDataContext`.

    Attributes:
        request: The API request that triggered the inline hook
        session: Details of the user session
        user: Identifies the Okta user that the token was generated to authenticate and provides details
            of their Okta user profile
        protocol: Details of the authentication protocol
        policy: The authorization server policy used to mint the token
    """

    _json_names: ClassVar[dict[str, str]] = {
        "request": "request",
        "session": "session",
        "user": "user",
        "protocol": "protocol",
        "policy": "policy",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "request": "model",
        "session": "model",
        "user": "model",
        "protocol": "model",
        "policy": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "request": lambda d: (
            _inline_hook_request_object.InlineHookRequestObject.from_json(v)
            if (v := d.get("request", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_inline_hook_request_object.InlineHookRequestObject, v)
        ),
        "session": lambda d: (
            _base_context_session.BaseContextSession.from_json(v)
            if (v := d.get("session", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_base_context_session.BaseContextSession, v)
        ),
        "user": lambda d: (
            _base_context_user.BaseContextUser.from_json(v)
            if (v := d.get("user", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_base_context_user.BaseContextUser, v)
        ),
        "protocol": lambda d: (
            _token_pay_load_data_context_protocol.TokenPayLoadDataContextProtocol.from_json(v)
            if (v := d.get("protocol", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_token_pay_load_data_context_protocol.TokenPayLoadDataContextProtocol, v)
        ),
        "policy": lambda d: (
            _token_pay_load_data_context_policy.TokenPayLoadDataContextPolicy.from_json(v)
            if (v := d.get("policy", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_token_pay_load_data_context_policy.TokenPayLoadDataContextPolicy, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, TokenPayLoadDataContext._json_names),
    }

    request: InlineHookRequestObject | None | Unset = UNSET
    session: BaseContextSession | None | Unset = UNSET
    user: BaseContextUser | None | Unset = UNSET
    protocol: TokenPayLoadDataContextProtocol | None | Unset = UNSET
    policy: TokenPayLoadDataContextPolicy | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.request is not UNSET:
            d["request"] = _convert.dump_model(self.request, omit_read_only)
        if self.session is not UNSET:
            d["session"] = _convert.dump_model(self.session, omit_read_only)
        if self.user is not UNSET:
            d["user"] = _convert.dump_model(self.user, omit_read_only)
        if self.protocol is not UNSET:
            d["protocol"] = _convert.dump_model(self.protocol, omit_read_only)
        if self.policy is not UNSET:
            d["policy"] = _convert.dump_model(self.policy, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.request = (
            _inline_hook_request_object.InlineHookRequestObject.from_dict(v)
            if (v := d.pop("request", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_inline_hook_request_object.InlineHookRequestObject, v)
        )
        obj.session = (
            _base_context_session.BaseContextSession.from_dict(v)
            if (v := d.pop("session", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_base_context_session.BaseContextSession, v)
        )
        obj.user = (
            _base_context_user.BaseContextUser.from_dict(v)
            if (v := d.pop("user", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_base_context_user.BaseContextUser, v)
        )
        obj.protocol = (
            _token_pay_load_data_context_protocol.TokenPayLoadDataContextProtocol.from_dict(v)
            if (v := d.pop("protocol", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_token_pay_load_data_context_protocol.TokenPayLoadDataContextProtocol, v)
        )
        obj.policy = (
            _token_pay_load_data_context_policy.TokenPayLoadDataContextPolicy.from_dict(v)
            if (v := d.pop("policy", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_token_pay_load_data_context_policy.TokenPayLoadDataContextPolicy, v)
        )
        obj.additional_properties = d
        return obj
