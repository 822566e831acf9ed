from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import authentication_method as _authentication_method
from . import authentication_method_chain_next_item as _authentication_method_chain_next_item

if TYPE_CHECKING:
    from typing import Self

    from .authentication_method import AuthenticationMethod
    from .authentication_method_chain_next_item import AuthenticationMethodChainNextItem


def _parse_authentication_methods(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _authentication_method.AuthenticationMethod.from_json
        if lazy
        else _authentication_method.AuthenticationMethod.from_dict,
        v,
    )


def _parse_next_(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _authentication_method_chain_next_item.AuthenticationMethodChainNextItem.from_json
        if lazy
        else _authentication_method_chain_next_item.AuthenticationMethodChainNextItem.from_dict,
        v,
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class AuthenticationMethodChain(OktaModel):
    """An Okta `AuthenticationMethodChain`.

    Attributes:
        authentication_methods (`authenticationMethods`): list[AuthenticationMethod]
        next_ (`next`): The next steps of the authentication method chain. This is an array of
            `AuthenticationMethodChain`. Only supports one item in the array.
        reauthenticate_in (`reauthenticateIn`): Specifies how often the user is prompted for authentication using duration format for the
            time period.
            For example, `PT2H30M` for two and a half hours. This parameter can't be set at the same
            time as the `reauthenticateIn` property on the `verificationMethod`.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "authenticationMethods": "authentication_methods",
        "next": "next_",
        "reauthenticateIn": "reauthenticate_in",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "authentication_methods": "list:model",
        "next_": "list:model",
        "reauthenticate_in": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "authentication_methods": ("authenticationMethods", _parse_authentication_methods),
        "next_": ("next", _parse_next_),
        "reauthenticate_in": ("reauthenticateIn", None),
    }

    authentication_methods: list[AuthenticationMethod] | None = _attrs_field(init=False)
    next_: list[AuthenticationMethodChainNextItem] | None = _attrs_field(init=False)
    reauthenticate_in: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        authentication_methods: list[AuthenticationMethod] | None | Unset = UNSET,
        next_: list[AuthenticationMethodChainNextItem] | None | Unset = UNSET,
        reauthenticate_in: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if authentication_methods is not UNSET:
            _set_field(self, "authentication_methods", authentication_methods)
        if next_ is not UNSET:
            _set_field(self, "next_", next_)
        if reauthenticate_in is not UNSET:
            _set_field(self, "reauthenticate_in", reauthenticate_in)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("authentication_methods", UNSET)) is not UNSET:
            d["authenticationMethods"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("next_", UNSET)) is not UNSET:
            d["next"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("reauthenticate_in", UNSET)) is not UNSET:
            d["reauthenticateIn"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("authenticationMethods", UNSET)) is not UNSET:
            obj.authentication_methods = _parse_authentication_methods(v, False)
        if (v := d.pop("next", UNSET)) is not UNSET:
            obj.next_ = _parse_next_(v, False)
        if (v := d.pop("reauthenticateIn", UNSET)) is not UNSET:
            obj.reauthenticate_in = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
