from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import policy_account_link as _policy_account_link
from . import policy_subject as _policy_subject
from . import provisioning as _provisioning

if TYPE_CHECKING:
    from typing import Self

    from .policy_account_link import PolicyAccountLink
    from .policy_subject import PolicySubject
    from .provisioning import Provisioning


@_attrs_define(kw_only=True)
class IdentityProviderPolicy(OktaModel):
    """Policy settings for the IdP.
    The following provisioning and account linking actions are supported by each IdP provider:
    | IdP type                                                           | User provisioning actions |
    Group provisioning actions            | Account link actions | Account link filters |
    | -----------------------------------------------------------------  | ------------------------- |
    ------------------------------------- | -------------------- | -------------------- |
    | `SAML2`                                                            | `AUTO` or `DISABLED`      |
    `NONE`, `ASSIGN`, `APPEND`, or `SYNC` | `AUTO`, `DISABLED`   | `groups`, `users`    |
    | `X509`, `IDV_PERSONA`, `IDV_INCODE`, `IDV_CLEAR` and `IDV_STANDARD`| `DISABLED`                |
    No support for JIT provisioning       |                      |                      |
    | All other IdP types                                                | `AUTO`, `DISABLED`        |
    `NONE` or `ASSIGN`                    | `AUTO`, `DISABLED`   | `groups`, `users`    |

    Attributes:
        account_link (`accountLink`): Specifies the behavior for linking an IdP user to an existing Okta user
        max_clock_skew (`maxClockSkew`): Maximum allowable clock skew when processing messages from the IdP
        trust_claims (`trustClaims`): Indicates whether to trust authentication claims from the IdP
        provisioning: Specifies the behavior for just-in-time (JIT) provisioning of an IdP user as a new Okta
            user and their group memberships
        subject: Specifies the behavior for establishing, validating, and matching a username for an IdP
            user
    """

    _json_names: ClassVar[dict[str, str]] = {
        "accountLink": "account_link",
        "maxClockSkew": "max_clock_skew",
        "trustClaims": "trust_claims",
        "provisioning": "provisioning",
        "subject": "subject",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "account_link": "model",
        "max_clock_skew": "int",
        "trust_claims": "bool",
        "provisioning": "model",
        "subject": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "account_link": lambda d: (
            _policy_account_link.PolicyAccountLink.from_json(v)
            if (v := d.get("accountLink", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_policy_account_link.PolicyAccountLink, v)
        ),
        "max_clock_skew": "maxClockSkew",
        "trust_claims": "trustClaims",
        "provisioning": lambda d: (
            _provisioning.Provisioning.from_json(v)
            if (v := d.get("provisioning", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_provisioning.Provisioning, v)
        ),
        "subject": lambda d: (
            _policy_subject.PolicySubject.from_json(v)
            if (v := d.get("subject", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_policy_subject.PolicySubject, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, IdentityProviderPolicy._json_names),
    }

    account_link: PolicyAccountLink | None | Unset = UNSET
    max_clock_skew: int | None | Unset = UNSET
    trust_claims: bool | None | Unset = UNSET
    provisioning: Provisioning | None | Unset = UNSET
    subject: PolicySubject | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.account_link is not UNSET:
            d["accountLink"] = _convert.dump_model(self.account_link, omit_read_only)
        if self.max_clock_skew is not UNSET:
            d["maxClockSkew"] = self.max_clock_skew
        if self.trust_claims is not UNSET:
            d["trustClaims"] = self.trust_claims
        if self.provisioning is not UNSET:
            d["provisioning"] = _convert.dump_model(self.provisioning, omit_read_only)
        if self.subject is not UNSET:
            d["subject"] = _convert.dump_model(self.subject, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.account_link = (
            _policy_account_link.PolicyAccountLink.from_dict(v)
            if (v := d.pop("accountLink", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_policy_account_link.PolicyAccountLink, v)
        )
        obj.max_clock_skew = d.pop("maxClockSkew", UNSET)
        obj.trust_claims = d.pop("trustClaims", UNSET)
        obj.provisioning = (
            _provisioning.Provisioning.from_dict(v)
            if (v := d.pop("provisioning", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_provisioning.Provisioning, v)
        )
        obj.subject = (
            _policy_subject.PolicySubject.from_dict(v)
            if (v := d.pop("subject", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_policy_subject.PolicySubject, v)
        )
        obj.additional_properties = d
        return obj
