from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import log_actor as _log_actor
from . import log_authentication_context as _log_authentication_context
from . import log_client as _log_client
from . import log_debug_context as _log_debug_context
from . import log_outcome as _log_outcome
from . import log_request as _log_request
from . import log_security_context as _log_security_context
from . import log_target as _log_target
from . import log_transaction as _log_transaction
from .log_severity import LogSeverity

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .log_actor import LogActor
    from .log_authentication_context import LogAuthenticationContext
    from .log_client import LogClient
    from .log_debug_context import LogDebugContext
    from .log_outcome import LogOutcome
    from .log_request import LogRequest
    from .log_security_context import LogSecurityContext
    from .log_target import LogTarget
    from .log_transaction import LogTransaction


@_attrs_define(kw_only=True)
class LogEvent(OktaModel):
    """An Okta `LogEvent`.

    Attributes:
        actor (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fa2ad0>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5f9a8d0>
        authentication_context (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fa2c10>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5f9b510>
        client (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fa2d10>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fa0850>
        debug_context (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fa2e10>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fa1150>
        display_message (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fa2f10>`, read-only, never sent): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fa3090>
        event_type (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fa3110>`, read-only, never sent): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fa3290>
        legacy_event_type (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fa3310>`, read-only, never sent): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fa3490>
        outcome (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fa3510>`): LogOutcome
        published (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fa3610>`, read-only, never sent): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fa3790>
        request (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fa3850>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fb0650>
        security_context (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fa3950>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fb2890>
        severity (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fa3a50>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fb2a90>
        target (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fa3b50>`, read-only, never sent): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fa3dd0>
        transaction (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fa3e10>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fc9e90>
        uuid (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fa3f10>`, read-only, never sent): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fa40d0>
        version (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fa4150>`, read-only, never sent): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fa42d0>
    """

    _json_names: ClassVar[dict[str, str]] = {
        "actor": "actor",
        "authenticationContext": "authentication_context",
        "client": "client",
        "debugContext": "debug_context",
        "displayMessage": "display_message",
        "eventType": "event_type",
        "legacyEventType": "legacy_event_type",
        "outcome": "outcome",
        "published": "published",
        "request": "request",
        "securityContext": "security_context",
        "severity": "severity",
        "target": "target",
        "transaction": "transaction",
        "uuid": "uuid",
        "version": "version",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "actor": "model",
        "authentication_context": "model",
        "client": "model",
        "debug_context": "model",
        "display_message": "str",
        "event_type": "str",
        "legacy_event_type": "str",
        "outcome": "model",
        "published": "datetime",
        "request": "model",
        "security_context": "model",
        "severity": "enum",
        "target": "list:model",
        "transaction": "model",
        "uuid": "str",
        "version": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "actor": lambda d: (
            _log_actor.LogActor.from_json(v)
            if (v := d.get("actor", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_log_actor.LogActor, v)
        ),
        "authentication_context": lambda d: (
            _log_authentication_context.LogAuthenticationContext.from_json(v)
            if (v := d.get("authenticationContext", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_log_authentication_context.LogAuthenticationContext, v)
        ),
        "client": lambda d: (
            _log_client.LogClient.from_json(v)
            if (v := d.get("client", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_log_client.LogClient, v)
        ),
        "debug_context": lambda d: (
            _log_debug_context.LogDebugContext.from_json(v)
            if (v := d.get("debugContext", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_log_debug_context.LogDebugContext, v)
        ),
        "display_message": "displayMessage",
        "event_type": "eventType",
        "legacy_event_type": "legacyEventType",
        "outcome": lambda d: (
            _log_outcome.LogOutcome.from_json(v)
            if (v := d.get("outcome", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_log_outcome.LogOutcome, v)
        ),
        "published": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("published", UNSET)).__class__ is str else v
        ),
        "request": lambda d: (
            _log_request.LogRequest.from_json(v)
            if (v := d.get("request", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_log_request.LogRequest, v)
        ),
        "security_context": lambda d: (
            _log_security_context.LogSecurityContext.from_json(v)
            if (v := d.get("securityContext", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_log_security_context.LogSecurityContext, v)
        ),
        "severity": lambda d: (
            _convert.parse_enum(LogSeverity, v) if (v := d.get("severity", UNSET)).__class__ is str else v
        ),
        "target": lambda d: _convert.parse_model_list(_log_target.LogTarget.from_json, d.get("target", UNSET)),
        "transaction": lambda d: (
            _log_transaction.LogTransaction.from_json(v)
            if (v := d.get("transaction", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_log_transaction.LogTransaction, v)
        ),
        "uuid": "uuid",
        "version": "version",
        "additional_properties": lambda d: _convert.undeclared(d, LogEvent._json_names),
    }

    actor: LogActor | None | Unset = UNSET
    authentication_context: LogAuthenticationContext | None | Unset = UNSET
    client: LogClient | None | Unset = UNSET
    debug_context: LogDebugContext | None | Unset = UNSET
    display_message: str | None | Unset = UNSET
    event_type: str | None | Unset = UNSET
    legacy_event_type: str | None | Unset = UNSET
    outcome: LogOutcome | None | Unset = UNSET
    published: datetime.datetime | None | Unset = UNSET
    request: LogRequest | None | Unset = UNSET
    security_context: LogSecurityContext | None | Unset = UNSET
    severity: LogSeverity | None | Unset = UNSET
    target: list[LogTarget] | None | Unset = UNSET
    transaction: LogTransaction | None | Unset = UNSET
    uuid: str | None | Unset = UNSET
    version: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.actor is not UNSET:
            d["actor"] = _convert.dump_model(self.actor, omit_read_only)
        if self.authentication_context is not UNSET:
            d["authenticationContext"] = _convert.dump_model(self.authentication_context, omit_read_only)
        if self.client is not UNSET:
            d["client"] = _convert.dump_model(self.client, omit_read_only)
        if self.debug_context is not UNSET:
            d["debugContext"] = _convert.dump_model(self.debug_context, omit_read_only)
        if self.display_message is not UNSET and not omit_read_only:
            d["displayMessage"] = self.display_message
        if self.event_type is not UNSET and not omit_read_only:
            d["eventType"] = self.event_type
        if self.legacy_event_type is not UNSET and not omit_read_only:
            d["legacyEventType"] = self.legacy_event_type
        if self.outcome is not UNSET:
            d["outcome"] = _convert.dump_model(self.outcome, omit_read_only)
        if self.published is not UNSET and not omit_read_only:
            d["published"] = _convert.dump_datetime(self.published)
        if self.request is not UNSET:
            d["request"] = _convert.dump_model(self.request, omit_read_only)
        if self.security_context is not UNSET:
            d["securityContext"] = _convert.dump_model(self.security_context, omit_read_only)
        if self.severity is not UNSET:
            d["severity"] = self.severity
        if self.target is not UNSET and not omit_read_only:
            d["target"] = _convert.dump_model_list(self.target, omit_read_only)
        if self.transaction is not UNSET:
            d["transaction"] = _convert.dump_model(self.transaction, omit_read_only)
        if self.uuid is not UNSET and not omit_read_only:
            d["uuid"] = self.uuid
        if self.version is not UNSET and not omit_read_only:
            d["version"] = self.version
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.actor = (
            _log_actor.LogActor.from_dict(v)
            if (v := d.pop("actor", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_log_actor.LogActor, v)
        )
        obj.authentication_context = (
            _log_authentication_context.LogAuthenticationContext.from_dict(v)
            if (v := d.pop("authenticationContext", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_log_authentication_context.LogAuthenticationContext, v)
        )
        obj.client = (
            _log_client.LogClient.from_dict(v)
            if (v := d.pop("client", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_log_client.LogClient, v)
        )
        obj.debug_context = (
            _log_debug_context.LogDebugContext.from_dict(v)
            if (v := d.pop("debugContext", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_log_debug_context.LogDebugContext, v)
        )
        obj.display_message = d.pop("displayMessage", UNSET)
        obj.event_type = d.pop("eventType", UNSET)
        obj.legacy_event_type = d.pop("legacyEventType", UNSET)
        obj.outcome = (
            _log_outcome.LogOutcome.from_dict(v)
            if (v := d.pop("outcome", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_log_outcome.LogOutcome, v)
        )
        obj.published = _convert.parse_datetime_text(v) if (v := d.pop("published", UNSET)).__class__ is str else v
        obj.request = (
            _log_request.LogRequest.from_dict(v)
            if (v := d.pop("request", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_log_request.LogRequest, v)
        )
        obj.security_context = (
            _log_security_context.LogSecurityContext.from_dict(v)
            if (v := d.pop("securityContext", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_log_security_context.LogSecurityContext, v)
        )
        obj.severity = _convert.parse_enum(LogSeverity, v) if (v := d.pop("severity", UNSET)).__class__ is str else v
        obj.target = _convert.parse_model_list(_log_target.LogTarget.from_dict, d.pop("target", UNSET))
        obj.transaction = (
            _log_transaction.LogTransaction.from_dict(v)
            if (v := d.pop("transaction", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_log_transaction.LogTransaction, v)
        )
        obj.uuid = d.pop("uuid", UNSET)
        obj.version = d.pop("version", UNSET)
        obj.additional_properties = d
        return obj
