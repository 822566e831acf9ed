from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import saml_signing_credentials as _saml_signing_credentials
from . import saml_trust_credentials as _saml_trust_credentials

if TYPE_CHECKING:
    from typing import Self

    from .saml_signing_credentials import SamlSigningCredentials
    from .saml_trust_credentials import SamlTrustCredentials


def _parse_signing(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _saml_signing_credentials.SamlSigningCredentials.from_json(v)
            if lazy
            else _saml_signing_credentials.SamlSigningCredentials.from_dict(v)
        )
    return _convert.parse_model(_saml_signing_credentials.SamlSigningCredentials, v)


def _parse_trust(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _saml_trust_credentials.SamlTrustCredentials.from_json(v)
            if lazy
            else _saml_trust_credentials.SamlTrustCredentials.from_dict(v)
        )
    return _convert.parse_model(_saml_trust_credentials.SamlTrustCredentials, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class SamlCredentials(OktaModel):
    """Federation Trust Credentials for verifying assertions from the IdP and signing requests to the IdP

    Attributes:
        signing: Key used for signing requests to the IdP
        trust: Federation Trust Credentials for verifying assertions from the IdP
    """

    _json_names: ClassVar[dict[str, str]] = {
        "signing": "signing",
        "trust": "trust",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "signing": "model",
        "trust": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "signing": ("signing", _parse_signing),
        "trust": ("trust", _parse_trust),
    }

    signing: SamlSigningCredentials | None = _attrs_field(init=False)
    trust: SamlTrustCredentials | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        signing: SamlSigningCredentials | None | Unset = UNSET,
        trust: SamlTrustCredentials | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if signing is not UNSET:
            _set_field(self, "signing", signing)
        if trust is not UNSET:
            _set_field(self, "trust", trust)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("signing", UNSET)) is not UNSET:
            d["signing"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("trust", UNSET)) is not UNSET:
            d["trust"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("signing", UNSET)) is not UNSET:
            obj.signing = _parse_signing(v, False)
        if (v := d.pop("trust", UNSET)) is not UNSET:
            obj.trust = _parse_trust(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
