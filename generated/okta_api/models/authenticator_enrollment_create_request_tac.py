from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import authenticator_profile_tac_request as _authenticator_profile_tac_request

if TYPE_CHECKING:
    from typing import Self

    from .authenticator_profile_tac_request import AuthenticatorProfileTacRequest


def _parse_profile(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _authenticator_profile_tac_request.AuthenticatorProfileTacRequest.from_json(v)
            if lazy
            else _authenticator_profile_tac_request.AuthenticatorProfileTacRequest.from_dict(v)
        )
    return _convert.parse_model(_authenticator_profile_tac_request.AuthenticatorProfileTacRequest, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class AuthenticatorEnrollmentCreateRequestTac(OktaModel):
    """An Okta `AuthenticatorEnrollmentCreateRequestTac`.

    Attributes:
        authenticator_id (`authenticatorId`): Unique identifier of the TAC authenticator
        profile: Defines the authenticator specific parameters
    """

    _json_names: ClassVar[dict[str, str]] = {
        "authenticatorId": "authenticator_id",
        "profile": "profile",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "authenticator_id": "str",
        "profile": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "authenticator_id": ("authenticatorId", None),
        "profile": ("profile", _parse_profile),
    }

    authenticator_id: str | None = _attrs_field(init=False)
    profile: AuthenticatorProfileTacRequest | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        authenticator_id: str | None | Unset,
        profile: AuthenticatorProfileTacRequest | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if authenticator_id is not UNSET:
            _set_field(self, "authenticator_id", authenticator_id)
        if profile is not UNSET:
            _set_field(self, "profile", profile)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("authenticator_id", UNSET)) is not UNSET:
            d["authenticatorId"] = v
        if (v := values.get("profile", UNSET)) is not UNSET:
            d["profile"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("authenticatorId", UNSET)) is not UNSET:
            obj.authenticator_id = v
        if (v := d.pop("profile", UNSET)) is not UNSET:
            obj.profile = _parse_profile(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
