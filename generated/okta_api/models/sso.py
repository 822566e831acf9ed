from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import oidc as _oidc
from . import saml as _saml

if TYPE_CHECKING:
    from typing import Self

    from .oidc import Oidc
    from .saml import Saml


@_attrs_define(kw_only=True)
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
        "oidc": lambda d: (
            _oidc.Oidc.from_json(v)
            if (v := d.get("oidc", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_oidc.Oidc, v)
        ),
        "saml": lambda d: (
            _saml.Saml.from_json(v)
            if (v := d.get("saml", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_saml.Saml, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, Sso._json_names),
    }

    oidc: Oidc | None | Unset = UNSET
    saml: Saml | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.oidc is not UNSET:
            d["oidc"] = _convert.dump_model(self.oidc, omit_read_only)
        if self.saml is not UNSET:
            d["saml"] = _convert.dump_model(self.saml, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.oidc = (
            _oidc.Oidc.from_dict(v)
            if (v := d.pop("oidc", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_oidc.Oidc, v)
        )
        obj.saml = (
            _saml.Saml.from_dict(v)
            if (v := d.pop("saml", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_saml.Saml, v)
        )
        obj.additional_properties = d
        return obj
