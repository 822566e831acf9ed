from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import saml_payload_execute_data_assertion_authentication as _saml_payload_execute_data_assertion_authentication
from . import saml_payload_execute_data_assertion_claims as _saml_payload_execute_data_assertion_claims
from . import saml_payload_execute_data_assertion_conditions as _saml_payload_execute_data_assertion_conditions
from . import saml_payload_execute_data_assertion_lifetime as _saml_payload_execute_data_assertion_lifetime
from . import saml_payload_execute_data_assertion_subject as _saml_payload_execute_data_assertion_subject

if TYPE_CHECKING:
    from typing import Self

    from .saml_payload_execute_data_assertion_authentication import SAMLPayloadExecuteDataAssertionAuthentication
    from .saml_payload_execute_data_assertion_claims import SAMLPayloadExecuteDataAssertionClaims
    from .saml_payload_execute_data_assertion_conditions import SAMLPayloadExecuteDataAssertionConditions
    from .saml_payload_execute_data_assertion_lifetime import SAMLPayloadExecuteDataAssertionLifetime
    from .saml_payload_execute_data_assertion_subject import SAMLPayloadExecuteDataAssertionSubject


def _parse_subject(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _saml_payload_execute_data_assertion_subject.SAMLPayloadExecuteDataAssertionSubject.from_json(v)
            if lazy
            else _saml_payload_execute_data_assertion_subject.SAMLPayloadExecuteDataAssertionSubject.from_dict(v)
        )
    return _convert.parse_model(_saml_payload_execute_data_assertion_subject.SAMLPayloadExecuteDataAssertionSubject, v)


def _parse_authentication(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _saml_payload_execute_data_assertion_authentication.SAMLPayloadExecuteDataAssertionAuthentication.from_json(
                v
            )
            if lazy
            else _saml_payload_execute_data_assertion_authentication.SAMLPayloadExecuteDataAssertionAuthentication.from_dict(
                v
            )
        )
    return _convert.parse_model(
        _saml_payload_execute_data_assertion_authentication.SAMLPayloadExecuteDataAssertionAuthentication, v
    )


def _parse_conditions(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _saml_payload_execute_data_assertion_conditions.SAMLPayloadExecuteDataAssertionConditions.from_json(v)
            if lazy
            else _saml_payload_execute_data_assertion_conditions.SAMLPayloadExecuteDataAssertionConditions.from_dict(v)
        )
    return _convert.parse_model(
        _saml_payload_execute_data_assertion_conditions.SAMLPayloadExecuteDataAssertionConditions, v
    )


def _parse_claims(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _saml_payload_execute_data_assertion_claims.SAMLPayloadExecuteDataAssertionClaims.from_json(v)
            if lazy
            else _saml_payload_execute_data_assertion_claims.SAMLPayloadExecuteDataAssertionClaims.from_dict(v)
        )
    return _convert.parse_model(_saml_payload_execute_data_assertion_claims.SAMLPayloadExecuteDataAssertionClaims, v)


def _parse_lifetime(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _saml_payload_execute_data_assertion_lifetime.SAMLPayloadExecuteDataAssertionLifetime.from_json(v)
            if lazy
            else _saml_payload_execute_data_assertion_lifetime.SAMLPayloadExecuteDataAssertionLifetime.from_dict(v)
        )
    return _convert.parse_model(
        _saml_payload_execute_data_assertion_lifetime.SAMLPayloadExecuteDataAssertionLifetime, v
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class SAMLPayloadExecuteDataAssertion(OktaModel):
    """Details of the SAML assertion that was generated

    Attributes:
        subject: Provides a JSON representation of the `<saml:Subject>` element of the SAML assertion
        authentication: Provides a JSON representation of the `<saml:AuthnStatement>` element of the SAML
            assertion
        conditions: Provides a JSON representation of the `<saml:Conditions>` element of the SAML assertion
        claims: Provides a JSON representation of the `<saml:AttributeStatement>` element contained in the
            generated SAML assertion. Contains any optional SAML attribute statements that you have
            defined for the app using the Admin Console's **SAML Settings**.
        lifetime: Specifies the expiration time, in seconds, of the SAML assertion
    """

    _json_names: ClassVar[dict[str, str]] = {
        "subject": "subject",
        "authentication": "authentication",
        "conditions": "conditions",
        "claims": "claims",
        "lifetime": "lifetime",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "subject": "model",
        "authentication": "model",
        "conditions": "model",
        "claims": "model",
        "lifetime": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "subject": ("subject", _parse_subject),
        "authentication": ("authentication", _parse_authentication),
        "conditions": ("conditions", _parse_conditions),
        "claims": ("claims", _parse_claims),
        "lifetime": ("lifetime", _parse_lifetime),
    }

    subject: SAMLPayloadExecuteDataAssertionSubject | None = _attrs_field(init=False)
    authentication: SAMLPayloadExecuteDataAssertionAuthentication | None = _attrs_field(init=False)
    conditions: SAMLPayloadExecuteDataAssertionConditions | None = _attrs_field(init=False)
    claims: SAMLPayloadExecuteDataAssertionClaims | None = _attrs_field(init=False)
    lifetime: SAMLPayloadExecuteDataAssertionLifetime | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        subject: SAMLPayloadExecuteDataAssertionSubject | None | Unset = UNSET,
        authentication: SAMLPayloadExecuteDataAssertionAuthentication | None | Unset = UNSET,
        conditions: SAMLPayloadExecuteDataAssertionConditions | None | Unset = UNSET,
        claims: SAMLPayloadExecuteDataAssertionClaims | None | Unset = UNSET,
        lifetime: SAMLPayloadExecuteDataAssertionLifetime | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if subject is not UNSET:
            _set_field(self, "subject", subject)
        if authentication is not UNSET:
            _set_field(self, "authentication", authentication)
        if conditions is not UNSET:
            _set_field(self, "conditions", conditions)
        if claims is not UNSET:
            _set_field(self, "claims", claims)
        if lifetime is not UNSET:
            _set_field(self, "lifetime", lifetime)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("subject", UNSET)) is not UNSET:
            d["subject"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("authentication", UNSET)) is not UNSET:
            d["authentication"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("conditions", UNSET)) is not UNSET:
            d["conditions"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("claims", UNSET)) is not UNSET:
            d["claims"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("lifetime", UNSET)) is not UNSET:
            d["lifetime"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("subject", UNSET)) is not UNSET:
            obj.subject = _parse_subject(v, False)
        if (v := d.pop("authentication", UNSET)) is not UNSET:
            obj.authentication = _parse_authentication(v, False)
        if (v := d.pop("conditions", UNSET)) is not UNSET:
            obj.conditions = _parse_conditions(v, False)
        if (v := d.pop("claims", UNSET)) is not UNSET:
            obj.claims = _parse_claims(v, False)
        if (v := d.pop("lifetime", UNSET)) is not UNSET:
            obj.lifetime = _parse_lifetime(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
