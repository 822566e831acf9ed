from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import oidc as _oidc
from . import saml as _saml

if TYPE_CHECKING:
    from typing import Self

    from .oidc import Oidc
    from .saml import Saml


def _parse_oidc(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _oidc.Oidc.from_json(v) if lazy else _oidc.Oidc.from_dict(v)
    return _convert.parse_model(_oidc.Oidc, v)


def _parse_saml(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _saml.Saml.from_json(v) if lazy else _saml.Saml.from_dict(v)
    return _convert.parse_model(_saml.Saml, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class Sso(OktaModel):
    """Supported SSO protocol configurations. You must configure at least one protocol: `oidc` or `saml`

    Attributes:
        oidc: OIDC configuration details
        saml: SAML configuration details
    """

    _json_names: ClassVar[dict[str, str]] = {
        "oidc": "oidc",
        "saml": "saml",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "oidc": "model",
        "saml": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "oidc": ("oidc", _parse_oidc),
        "saml": ("saml", _parse_saml),
    }

    oidc: Oidc | None = _attrs_field(init=False)
    saml: Saml | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        oidc: Oidc | None | Unset = UNSET,
        saml: Saml | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if oidc is not UNSET:
            _set_field(self, "oidc", oidc)
        if saml is not UNSET:
            _set_field(self, "saml", saml)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("oidc", UNSET)) is not UNSET:
            d["oidc"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("saml", UNSET)) is not UNSET:
            d["saml"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("oidc", UNSET)) is not UNSET:
            obj.oidc = _parse_oidc(v, False)
        if (v := d.pop("saml", UNSET)) is not UNSET:
            obj.saml = _parse_saml(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
