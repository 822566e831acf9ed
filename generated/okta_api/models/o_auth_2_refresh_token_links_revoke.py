from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import o_auth_2_refresh_token_links_revoke_hints as _o_auth_2_refresh_token_links_revoke_hints

if TYPE_CHECKING:
    from typing import Self

    from .o_auth_2_refresh_token_links_revoke_hints import OAuth2RefreshTokenLinksRevokeHints


def _parse_hints(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _o_auth_2_refresh_token_links_revoke_hints.OAuth2RefreshTokenLinksRevokeHints.from_json(v)
            if lazy
            else _o_auth_2_refresh_token_links_revoke_hints.OAuth2RefreshTokenLinksRevokeHints.from_dict(v)
        )
    return _convert.parse_model(_o_auth_2_refresh_token_links_revoke_hints.OAuth2RefreshTokenLinksRevokeHints, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class OAuth2RefreshTokenLinksRevoke(OktaModel):
    """Link to revoke the refresh Token

    Attributes:
        href: Link URI
        hints: OAuth2RefreshTokenLinksRevokeHints
    """

    _json_names: ClassVar[dict[str, str]] = {
        "href": "href",
        "hints": "hints",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "href": "str",
        "hints": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "href": ("href", None),
        "hints": ("hints", _parse_hints),
    }

    href: str | None = _attrs_field(init=False)
    hints: OAuth2RefreshTokenLinksRevokeHints | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        href: str | None | Unset = UNSET,
        hints: OAuth2RefreshTokenLinksRevokeHints | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if href is not UNSET:
            _set_field(self, "href", href)
        if hints is not UNSET:
            _set_field(self, "hints", hints)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("href", UNSET)) is not UNSET:
            d["href"] = v
        if (v := values.get("hints", UNSET)) is not UNSET:
            d["hints"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("href", UNSET)) is not UNSET:
            obj.href = v
        if (v := d.pop("hints", UNSET)) is not UNSET:
            obj.hints = _parse_hints(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
