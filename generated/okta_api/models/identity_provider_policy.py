from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import policy_account_link as _policy_account_link
from . import policy_subject as _policy_subject
from . import provisioning as _provisioning

if TYPE_CHECKING:
    from typing import Self

    from .policy_account_link import PolicyAccountLink
    from .policy_subject import PolicySubject
    from .provisioning import Provisioning


def _parse_account_link(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _policy_account_link.PolicyAccountLink.from_json(v)
            if lazy
            else _policy_account_link.PolicyAccountLink.from_dict(v)
        )
    return _convert.parse_model(_policy_account_link.PolicyAccountLink, v)


def _parse_provisioning(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _provisioning.Provisioning.from_json(v) if lazy else _provisioning.Provisioning.from_dict(v)
    return _convert.parse_model(_provisioning.Provisioning, v)


def _parse_subject(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _policy_subject.PolicySubject.from_json(v) if lazy else _policy_subject.PolicySubject.from_dict(v)
    return _convert.parse_model(_policy_subject.PolicySubject, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "account_link": ("accountLink", _parse_account_link),
        "max_clock_skew": ("maxClockSkew", None),
        "trust_claims": ("trustClaims", None),
        "provisioning": ("provisioning", _parse_provisioning),
        "subject": ("subject", _parse_subject),
    }

    account_link: PolicyAccountLink | None = _attrs_field(init=False)
    max_clock_skew: int | None = _attrs_field(init=False)
    trust_claims: bool | None = _attrs_field(init=False)
    provisioning: Provisioning | None = _attrs_field(init=False)
    subject: PolicySubject | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        account_link: PolicyAccountLink | None | Unset = UNSET,
        max_clock_skew: int | None | Unset = UNSET,
        trust_claims: bool | None | Unset = UNSET,
        provisioning: Provisioning | None | Unset = UNSET,
        subject: PolicySubject | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if account_link is not UNSET:
            _set_field(self, "account_link", account_link)
        if max_clock_skew is not UNSET:
            _set_field(self, "max_clock_skew", max_clock_skew)
        if trust_claims is not UNSET:
            _set_field(self, "trust_claims", trust_claims)
        if provisioning is not UNSET:
            _set_field(self, "provisioning", provisioning)
        if subject is not UNSET:
            _set_field(self, "subject", subject)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("account_link", UNSET)) is not UNSET:
            d["accountLink"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("max_clock_skew", UNSET)) is not UNSET:
            d["maxClockSkew"] = v
        if (v := values.get("trust_claims", UNSET)) is not UNSET:
            d["trustClaims"] = v
        if (v := values.get("provisioning", UNSET)) is not UNSET:
            d["provisioning"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("subject", UNSET)) is not UNSET:
            d["subject"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("accountLink", UNSET)) is not UNSET:
            obj.account_link = _parse_account_link(v, False)
        if (v := d.pop("maxClockSkew", UNSET)) is not UNSET:
            obj.max_clock_skew = v
        if (v := d.pop("trustClaims", UNSET)) is not UNSET:
            obj.trust_claims = v
        if (v := d.pop("provisioning", UNSET)) is not UNSET:
            obj.provisioning = _parse_provisioning(v, False)
        if (v := d.pop("subject", UNSET)) is not UNSET:
            obj.subject = _parse_subject(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
