from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
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
        "additional_kids": "additionalKids",
        "audience": "audience",
        "issuer": "issuer",
        "kid": "kid",
        "additional_properties": lambda d: _convert.undeclared(d, SamlTrustCredentials._json_names),
    }

    additional_kids: list[str] | None | Unset = UNSET
    audience: str | None | Unset = UNSET
    issuer: str | None | Unset = UNSET
    kid: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.additional_kids is not UNSET:
            d["additionalKids"] = self.additional_kids
        if self.audience is not UNSET:
            d["audience"] = self.audience
        if self.issuer is not UNSET:
            d["issuer"] = self.issuer
        if self.kid is not UNSET:
            d["kid"] = self.kid
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.additional_kids = d.pop("additionalKids", UNSET)
        obj.audience = d.pop("audience", UNSET)
        obj.issuer = d.pop("issuer", UNSET)
        obj.kid = d.pop("kid", UNSET)
        obj.additional_properties = d
        return obj
