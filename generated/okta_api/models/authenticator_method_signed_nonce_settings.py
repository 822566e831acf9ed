from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .authenticator_method_algorithm import AuthenticatorMethodAlgorithm
from .push_method_key_protection import PushMethodKeyProtection
from .show_sign_in_with_ov import ShowSignInWithOV

if TYPE_CHECKING:
    from typing import Self


def _parse_algorithms(v: Any, lazy: bool) -> Any:
    return _convert.parse_enum_list(AuthenticatorMethodAlgorithm, v)


_parse_key_protection = _convert.enum_parser(PushMethodKeyProtection)

_parse_show_sign_in_with_ov = _convert.enum_parser(ShowSignInWithOV)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class AuthenticatorMethodSignedNonceSettings(OktaModel):
    """An Okta `AuthenticatorMethodSignedNonceSettings`.

    Attributes:
        algorithms: list[AuthenticatorMethodAlgorithm]
        key_protection (`keyProtection`): Indicates whether you must use a hardware key store
        show_sign_in_with_ov (`showSignInWithOV`): Controls whether to show the Sign in with Okta Verify button on the Sign-In Widget
    """

    _json_names: ClassVar[dict[str, str]] = {
        "algorithms": "algorithms",
        "keyProtection": "key_protection",
        "showSignInWithOV": "show_sign_in_with_ov",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "algorithms": "list:enum",
        "key_protection": "enum",
        "show_sign_in_with_ov": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "algorithms": ("algorithms", _parse_algorithms),
        "key_protection": ("keyProtection", _parse_key_protection),
        "show_sign_in_with_ov": ("showSignInWithOV", _parse_show_sign_in_with_ov),
    }

    algorithms: list[AuthenticatorMethodAlgorithm] | None = _attrs_field(init=False)
    key_protection: PushMethodKeyProtection | None = _attrs_field(init=False)
    show_sign_in_with_ov: ShowSignInWithOV | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        algorithms: list[AuthenticatorMethodAlgorithm] | None | Unset = UNSET,
        key_protection: PushMethodKeyProtection | None | Unset = UNSET,
        show_sign_in_with_ov: ShowSignInWithOV | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if algorithms is not UNSET:
            _set_field(self, "algorithms", algorithms)
        if key_protection is not UNSET:
            _set_field(self, "key_protection", key_protection)
        if show_sign_in_with_ov is not UNSET:
            _set_field(self, "show_sign_in_with_ov", show_sign_in_with_ov)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("algorithms", UNSET)) is not UNSET:
            d["algorithms"] = v
        if (v := values.get("key_protection", UNSET)) is not UNSET:
            d["keyProtection"] = v
        if (v := values.get("show_sign_in_with_ov", UNSET)) is not UNSET:
            d["showSignInWithOV"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("algorithms", UNSET)) is not UNSET:
            obj.algorithms = _parse_algorithms(v, False)
        if (v := d.pop("keyProtection", UNSET)) is not UNSET:
            obj.key_protection = _parse_key_protection(v, False)
        if (v := d.pop("showSignInWithOV", UNSET)) is not UNSET:
            obj.show_sign_in_with_ov = _parse_show_sign_in_with_ov(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
