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
        actor: Describes the user, app, client, or other entity (actor) who performs an action on a
            target. The actor is dependent on the action that is performed. All events have actors.
        authentication_context (`authenticationContext`): All authentication relies on validating one or more credentials that prove the
            authenticity of the actor's identity. Credentials are sometimes provided by the actor, as
            is the case with passwords, and at other times provided by a third party, and validated by
            the authentication provider.

            The authenticationContext contains metadata about how the actor is authenticated. For
            example, an authenticationContext for an event, where a user authenticates with Integrated
            Windows Authentication (IWA), looks like the following:
            ```
            {
                "authenticationProvider": "ACTIVE_DIRECTORY",
                "authenticationStep": 0,
                "credentialProvider": null,
                "credentialType": "IWA",
                "externalSessionId": "102N1EKyPFERROGvK9wizMAPQ",
                "interface": null,
                "issuer": null
            }
            ```
            In this case, the user enters an IWA credential to authenticate against an Active
            Directory instance. All of the user's future-generated events in this sign-in session are
            going to share the same `externalSessionId`.

            Among other operations, this response object can be used to scan for suspicious sign-in
            activity or perform analytics on user authentication habits (for example, how often
            authentication scheme X is used versus authentication scheme Y).
        client: When an event is triggered by an HTTP request, the `client` object describes the
            [client](https://datatracker.ietf.org/doc/html/rfc2616) that issues the HTTP request. For
            instance, the web browser is the client when a user accesses Okta. When this request is
            received and processed, a sign-in event is fired. When the event isn't sourced to an HTTP
            request, such as an automatic update, the `client` object field is blank.
        debug_context (`debugContext`): For some kinds of events (for example, OLM provisioning, sign-in request, second factor
            SMS, and so on), the fields that are provided in other response objects aren't sufficient
            to adequately describe the operations that the event has performed. In such cases, the
            `debugContext` object provides a way to store additional information.

            For example, an event where a second factor SMS token is sent to a user may have a
            `debugContext` that looks like the following:
            ```
            {
                "debugData": {
                    "requestUri":
            "/api/v1/users/00u3gjksoiRGRAZHLSYV/factors/smsf8luacpZJAva10x45/verify",
                    "smsProvider": "TELESIGN",
                    "transactionId": "268632458E3C100F5F5F594C6DC689D4"
                }
            }
            ```
            By inspecting the debugData field, you can find the URI that is used to trigger the second
            factor SMS (`/api/v1/users/00u3gjksoiRGRAZHLSYV/factors/smsf8luacpZJAva10x45/verify`), the
            SMS provider (`TELESIGN`), and the ID used by Telesign to identify this transaction
            (`268632458E3C100F5F5F594C6DC689D4`).

            If for some reason the information that is needed to implement a feature isn't provided in
            other response objects, you should scan the `debugContext.debugData` field for potentially
            useful fields.
            > **Important:** The information contained in `debugContext.debugData` is intended to add
            context when troubleshooting customer platform issues. Both key names and values may
            change from release to release and aren't guaranteed to be stable. Therefore, they
            shouldn't be viewed as a data contract but as a debugging aid instead.
        display_message (`displayMessage`, read-only, never sent): The display message for an event
        event_type (`eventType`, read-only, never sent): The published event type. Event instances are categorized by action in the event type
            attribute. This attribute is key to
            navigating the System Log through expression filters. See [Event Types
            catalog](https://developer.okta.com/docs/reference/api/event-types/#catalog) for a
            complete list of System Log event types.
        legacy_event_type (`legacyEventType`, read-only, never sent): Associated Events API Action `objectType` attribute value
        outcome: LogOutcome
        published (read-only, never sent): Timestamp when the event is published
        request: The `Request` object describes details that are related to the HTTP request that triggers
            this event, if available. When the event isn't sourced to an HTTP request, such as an
            automatic update on the Okta servers, the `Request` object still exists, but the `ipChain`
            field is empty.
        security_context (`securityContext`): The `securityContext` object provides security information that is directly related to the
            evaluation of the event's IP reputation. IP reputation is a trustworthiness rating that
            evaluates how likely a sender is to be malicious and is based on the sender's IP address.
            As the name implies, the `securityContext` object is useful for security
            applications-flagging and inspecting suspicious events.
        severity: Indicates how severe the event is
        target (read-only, never sent): The entity that an actor performs an action on. Targets can be anything, such as an app
            user, a sign-in token, or anything else.

            > **Note:** When searching the target array, search for a given `type` rather than the
            array location. Target types, such as `User` and `AppInstance`,
            for a given `eventType` are not always in the same array location.
        transaction: A `transaction` object comprises contextual information associated with its respective
            event.
            This information is useful for understanding sequences of correlated events.
            For example, a `transaction` object such as the following:
            ```
            {
              "id": "Wn4f-0RQ8D8lTSLkAmkKdQAADqo",
              "type": "WEB",
              "detail": null
            }
            ```
            indicates that a `WEB` request with `id` `Wn4f-0RQ8D8lTSLkAmkKdQAADqo` has created this
            event.

            A `transaction` object with a `requestApiTokenId` in the `detail` object, for example :
            ```
            {
              "id": "YjSlblAAqnKY7CdyCkXNBgAAAIU",
              "type": "WEB",
              "detail": {
                "requestApiTokenId": "00T94e3cn9kSEO3c51s5"
              }
            }
            ```
            indicates that this event was the result of an action performed through an API using the
            token identified by 00T94e3cn9kSEO3c51s5. The token ID is visible in the Admin Console,
            **Security** > **API**. See [API token
            management](https://help.okta.com/okta_help.htm?id=Security_API). For more information on
            API tokens, see [Create an API
            token](https://developer.okta.com/docs/guides/create-an-api-token/).
        uuid (read-only, never sent): Unique identifier for an individual event
        version (read-only, never sent): Versioning indicator
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
