from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import trusted_origin_scope as _trusted_origin_scope

if TYPE_CHECKING:
    from typing import Self

    from .trusted_origin_scope import TrustedOriginScope


def _parse_scopes(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _trusted_origin_scope.TrustedOriginScope.from_json
        if lazy
        else _trusted_origin_scope.TrustedOriginScope.from_dict,
        v,
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class TrustedOriginWrite(OktaModel):
    """An Okta `TrustedOriginWrite`.

    Attributes:
        name: Unique name for the trusted origin
        origin: Unique origin URL for the trusted origin. The supported schemes for this attribute are
            HTTP, HTTPS, FTP, Ionic 2, and Capacitor.
        scopes: Array of scope types that this trusted origin is used for
    """

    _json_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "origin": "origin",
        "scopes": "scopes",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "name": "str",
        "origin": "str",
        "scopes": "list:model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "name": ("name", None),
        "origin": ("origin", None),
        "scopes": ("scopes", _parse_scopes),
    }

    name: str | None = _attrs_field(init=False)
    origin: str | None = _attrs_field(init=False)
    scopes: list[TrustedOriginScope] | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        name: str | None | Unset = UNSET,
        origin: str | None | Unset = UNSET,
        scopes: list[TrustedOriginScope] | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if name is not UNSET:
            _set_field(self, "name", name)
        if origin is not UNSET:
            _set_field(self, "origin", origin)
        if scopes is not UNSET:
            _set_field(self, "scopes", scopes)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if (v := values.get("origin", UNSET)) is not UNSET:
            d["origin"] = v
        if (v := values.get("scopes", UNSET)) is not UNSET:
            d["scopes"] = _convert.dump_model_list(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("origin", UNSET)) is not UNSET:
            obj.origin = v
        if (v := d.pop("scopes", UNSET)) is not UNSET:
            obj.scopes = _parse_scopes(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
