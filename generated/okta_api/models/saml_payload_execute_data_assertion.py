from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
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


@_attrs_define(kw_only=True)
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
        "subject": lambda d: (
            _saml_payload_execute_data_assertion_subject.SAMLPayloadExecuteDataAssertionSubject.from_json(v)
            if (v := d.get("subject", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _saml_payload_execute_data_assertion_subject.SAMLPayloadExecuteDataAssertionSubject, v
            )
        ),
        "authentication": lambda d: (
            _saml_payload_execute_data_assertion_authentication.SAMLPayloadExecuteDataAssertionAuthentication.from_json(
                v
            )
            if (v := d.get("authentication", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _saml_payload_execute_data_assertion_authentication.SAMLPayloadExecuteDataAssertionAuthentication, v
            )
        ),
        "conditions": lambda d: (
            _saml_payload_execute_data_assertion_conditions.SAMLPayloadExecuteDataAssertionConditions.from_json(v)
            if (v := d.get("conditions", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _saml_payload_execute_data_assertion_conditions.SAMLPayloadExecuteDataAssertionConditions, v
            )
        ),
        "claims": lambda d: (
            _saml_payload_execute_data_assertion_claims.SAMLPayloadExecuteDataAssertionClaims.from_json(v)
            if (v := d.get("claims", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _saml_payload_execute_data_assertion_claims.SAMLPayloadExecuteDataAssertionClaims, v
            )
        ),
        "lifetime": lambda d: (
            _saml_payload_execute_data_assertion_lifetime.SAMLPayloadExecuteDataAssertionLifetime.from_json(v)
            if (v := d.get("lifetime", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _saml_payload_execute_data_assertion_lifetime.SAMLPayloadExecuteDataAssertionLifetime, v
            )
        ),
        "additional_properties": lambda d: _convert.undeclared(d, SAMLPayloadExecuteDataAssertion._json_names),
    }

    subject: SAMLPayloadExecuteDataAssertionSubject | None | Unset = UNSET
    authentication: SAMLPayloadExecuteDataAssertionAuthentication | None | Unset = UNSET
    conditions: SAMLPayloadExecuteDataAssertionConditions | None | Unset = UNSET
    claims: SAMLPayloadExecuteDataAssertionClaims | None | Unset = UNSET
    lifetime: SAMLPayloadExecuteDataAssertionLifetime | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.subject is not UNSET:
            d["subject"] = _convert.dump_model(self.subject, omit_read_only)
        if self.authentication is not UNSET:
            d["authentication"] = _convert.dump_model(self.authentication, omit_read_only)
        if self.conditions is not UNSET:
            d["conditions"] = _convert.dump_model(self.conditions, omit_read_only)
        if self.claims is not UNSET:
            d["claims"] = _convert.dump_model(self.claims, omit_read_only)
        if self.lifetime is not UNSET:
            d["lifetime"] = _convert.dump_model(self.lifetime, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.subject = (
            _saml_payload_execute_data_assertion_subject.SAMLPayloadExecuteDataAssertionSubject.from_dict(v)
            if (v := d.pop("subject", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _saml_payload_execute_data_assertion_subject.SAMLPayloadExecuteDataAssertionSubject, v
            )
        )
        obj.authentication = (
            _saml_payload_execute_data_assertion_authentication.SAMLPayloadExecuteDataAssertionAuthentication.from_dict(
                v
            )
            if (v := d.pop("authentication", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _saml_payload_execute_data_assertion_authentication.SAMLPayloadExecuteDataAssertionAuthentication, v
            )
        )
        obj.conditions = (
            _saml_payload_execute_data_assertion_conditions.SAMLPayloadExecuteDataAssertionConditions.from_dict(v)
            if (v := d.pop("conditions", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _saml_payload_execute_data_assertion_conditions.SAMLPayloadExecuteDataAssertionConditions, v
            )
        )
        obj.claims = (
            _saml_payload_execute_data_assertion_claims.SAMLPayloadExecuteDataAssertionClaims.from_dict(v)
            if (v := d.pop("claims", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _saml_payload_execute_data_assertion_claims.SAMLPayloadExecuteDataAssertionClaims, v
            )
        )
        obj.lifetime = (
            _saml_payload_execute_data_assertion_lifetime.SAMLPayloadExecuteDataAssertionLifetime.from_dict(v)
            if (v := d.pop("lifetime", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _saml_payload_execute_data_assertion_lifetime.SAMLPayloadExecuteDataAssertionLifetime, v
            )
        )
        obj.additional_properties = d
        return obj
