from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import grant_resources_href_object as _grant_resources_href_object
from . import href_object_self_link as _href_object_self_link
from . import token_resources_href_object as _token_resources_href_object

if TYPE_CHECKING:
    from typing import Self

    from .grant_resources_href_object import GrantResourcesHrefObject
    from .href_object_self_link import HrefObjectSelfLink
    from .token_resources_href_object import TokenResourcesHrefObject


def _parse_self_(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _href_object_self_link.HrefObjectSelfLink.from_json(v)
            if lazy
            else _href_object_self_link.HrefObjectSelfLink.from_dict(v)
        )
    return _convert.parse_model(_href_object_self_link.HrefObjectSelfLink, v)


def _parse_grants(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _grant_resources_href_object.GrantResourcesHrefObject.from_json(v)
            if lazy
            else _grant_resources_href_object.GrantResourcesHrefObject.from_dict(v)
        )
    return _convert.parse_model(_grant_resources_href_object.GrantResourcesHrefObject, v)


def _parse_tokens(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _token_resources_href_object.TokenResourcesHrefObject.from_json(v)
            if lazy
            else _token_resources_href_object.TokenResourcesHrefObject.from_dict(v)
        )
    return _convert.parse_model(_token_resources_href_object.TokenResourcesHrefObject, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class OAuth2ClientLinks(OktaModel):
    """An Okta `OAuth2ClientLinks`.

    Attributes:
        self_ (`self`): HrefObjectSelfLink
        grants: GrantResourcesHrefObject
        tokens: TokenResourcesHrefObject
    """

    _json_names: ClassVar[dict[str, str]] = {
        "self": "self_",
        "grants": "grants",
        "tokens": "tokens",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "self_": "model",
        "grants": "model",
        "tokens": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "self_": ("self", _parse_self_),
        "grants": ("grants", _parse_grants),
        "tokens": ("tokens", _parse_tokens),
    }

    self_: HrefObjectSelfLink | None = _attrs_field(init=False)
    grants: GrantResourcesHrefObject | None = _attrs_field(init=False)
    tokens: TokenResourcesHrefObject | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        self_: HrefObjectSelfLink | None | Unset = UNSET,
        grants: GrantResourcesHrefObject | None | Unset = UNSET,
        tokens: TokenResourcesHrefObject | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if self_ is not UNSET:
            _set_field(self, "self_", self_)
        if grants is not UNSET:
            _set_field(self, "grants", grants)
        if tokens is not UNSET:
            _set_field(self, "tokens", tokens)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("self_", UNSET)) is not UNSET:
            d["self"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("grants", UNSET)) is not UNSET:
            d["grants"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("tokens", UNSET)) is not UNSET:
            d["tokens"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("self", UNSET)) is not UNSET:
            obj.self_ = _parse_self_(v, False)
        if (v := d.pop("grants", UNSET)) is not UNSET:
            obj.grants = _parse_grants(v, False)
        if (v := d.pop("tokens", UNSET)) is not UNSET:
            obj.tokens = _parse_tokens(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
