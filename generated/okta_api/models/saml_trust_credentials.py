from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class SamlTrustCredentials(OktaModel):
    """Federation Trust Credentials for verifying assertions from the IdP

    Attributes:
        additional_kids (`additionalKids`): Additional IdP key credential reference to the Okta X.509 signature certificate
        audience: URI that identifies the target Okta IdP instance (SP) for an `<Assertion>`
        issuer: URI that identifies the issuer (IdP) of a `<SAMLResponse>` message `<Assertion>` element
        kid: IdP key credential reference to the Okta X.509 signature certificate
    """

    _json_names: ClassVar[dict[str, str]] = {
        "additionalKids": "additional_kids",
        "audience": "audience",
        "issuer": "issuer",
        "kid": "kid",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "additional_kids": "list:str",
        "audience": "str",
        "issuer": "str",
        "kid": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "additional_kids": ("additionalKids", None),
        "audience": ("audience", None),
        "issuer": ("issuer", None),
        "kid": ("kid", None),
    }

    additional_kids: list[str] | None = _attrs_field(init=False)
    audience: str | None = _attrs_field(init=False)
    issuer: str | None = _attrs_field(init=False)
    kid: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        additional_kids: list[str] | None | Unset = UNSET,
        audience: str | None | Unset = UNSET,
        issuer: str | None | Unset = UNSET,
        kid: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if additional_kids is not UNSET:
            _set_field(self, "additional_kids", additional_kids)
        if audience is not UNSET:
            _set_field(self, "audience", audience)
        if issuer is not UNSET:
            _set_field(self, "issuer", issuer)
        if kid is not UNSET:
            _set_field(self, "kid", kid)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("additional_kids", UNSET)) is not UNSET:
            d["additionalKids"] = v
        if (v := values.get("audience", UNSET)) is not UNSET:
            d["audience"] = v
        if (v := values.get("issuer", UNSET)) is not UNSET:
            d["issuer"] = v
        if (v := values.get("kid", UNSET)) is not UNSET:
            d["kid"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("additionalKids", UNSET)) is not UNSET:
            obj.additional_kids = v
        if (v := d.pop("audience", UNSET)) is not UNSET:
            obj.audience = v
        if (v := d.pop("issuer", UNSET)) is not UNSET:
            obj.issuer = v
        if (v := d.pop("kid", UNSET)) is not UNSET:
            obj.kid = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
