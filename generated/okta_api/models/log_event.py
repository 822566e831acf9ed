from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
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


def _parse_actor(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _log_actor.LogActor.from_json(v) if lazy else _log_actor.LogActor.from_dict(v)
    return _convert.parse_model(_log_actor.LogActor, v)


def _parse_authentication_context(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _log_authentication_context.LogAuthenticationContext.from_json(v)
            if lazy
            else _log_authentication_context.LogAuthenticationContext.from_dict(v)
        )
    return _convert.parse_model(_log_authentication_context.LogAuthenticationContext, v)


def _parse_client(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _log_client.LogClient.from_json(v) if lazy else _log_client.LogClient.from_dict(v)
    return _convert.parse_model(_log_client.LogClient, v)


def _parse_debug_context(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _log_debug_context.LogDebugContext.from_json(v) if lazy else _log_debug_context.LogDebugContext.from_dict(v)
        )
    return _convert.parse_model(_log_debug_context.LogDebugContext, v)


def _parse_outcome(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _log_outcome.LogOutcome.from_json(v) if lazy else _log_outcome.LogOutcome.from_dict(v)
    return _convert.parse_model(_log_outcome.LogOutcome, v)


def _parse_request(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _log_request.LogRequest.from_json(v) if lazy else _log_request.LogRequest.from_dict(v)
    return _convert.parse_model(_log_request.LogRequest, v)


def _parse_security_context(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _log_security_context.LogSecurityContext.from_json(v)
            if lazy
            else _log_security_context.LogSecurityContext.from_dict(v)
        )
    return _convert.parse_model(_log_security_context.LogSecurityContext, v)


_parse_severity = _convert.enum_parser(LogSeverity)


def _parse_target(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(_log_target.LogTarget.from_json if lazy else _log_target.LogTarget.from_dict, v)


def _parse_transaction(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _log_transaction.LogTransaction.from_json(v) if lazy else _log_transaction.LogTransaction.from_dict(v)
    return _convert.parse_model(_log_transaction.LogTransaction, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "actor": ("actor", _parse_actor),
        "authentication_context": ("authenticationContext", _parse_authentication_context),
        "client": ("client", _parse_client),
        "debug_context": ("debugContext", _parse_debug_context),
        "display_message": ("displayMessage", None),
        "event_type": ("eventType", None),
        "legacy_event_type": ("legacyEventType", None),
        "outcome": ("outcome", _parse_outcome),
        "published": ("published", _convert.parse_datetime),
        "request": ("request", _parse_request),
        "security_context": ("securityContext", _parse_security_context),
        "severity": ("severity", _parse_severity),
        "target": ("target", _parse_target),
        "transaction": ("transaction", _parse_transaction),
        "uuid": ("uuid", None),
        "version": ("version", None),
    }

    actor: LogActor | None = _attrs_field(init=False)
    authentication_context: LogAuthenticationContext | None = _attrs_field(init=False)
    client: LogClient | None = _attrs_field(init=False)
    debug_context: LogDebugContext | None = _attrs_field(init=False)
    display_message: str | None = _attrs_field(init=False)
    event_type: str | None = _attrs_field(init=False)
    legacy_event_type: str | None = _attrs_field(init=False)
    outcome: LogOutcome | None = _attrs_field(init=False)
    published: datetime.datetime | None = _attrs_field(init=False)
    request: LogRequest | None = _attrs_field(init=False)
    security_context: LogSecurityContext | None = _attrs_field(init=False)
    severity: LogSeverity | None = _attrs_field(init=False)
    target: list[LogTarget] | None = _attrs_field(init=False)
    transaction: LogTransaction | None = _attrs_field(init=False)
    uuid: str | None = _attrs_field(init=False)
    version: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        actor: LogActor | None | Unset = UNSET,
        authentication_context: LogAuthenticationContext | None | Unset = UNSET,
        client: LogClient | None | Unset = UNSET,
        debug_context: LogDebugContext | None | Unset = UNSET,
        display_message: str | None | Unset = UNSET,
        event_type: str | None | Unset = UNSET,
        legacy_event_type: str | None | Unset = UNSET,
        outcome: LogOutcome | None | Unset = UNSET,
        published: datetime.datetime | None | Unset = UNSET,
        request: LogRequest | None | Unset = UNSET,
        security_context: LogSecurityContext | None | Unset = UNSET,
        severity: LogSeverity | None | Unset = UNSET,
        target: list[LogTarget] | None | Unset = UNSET,
        transaction: LogTransaction | None | Unset = UNSET,
        uuid: str | None | Unset = UNSET,
        version: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if actor is not UNSET:
            _set_field(self, "actor", actor)
        if authentication_context is not UNSET:
            _set_field(self, "authentication_context", authentication_context)
        if client is not UNSET:
            _set_field(self, "client", client)
        if debug_context is not UNSET:
            _set_field(self, "debug_context", debug_context)
        if display_message is not UNSET:
            _set_field(self, "display_message", display_message)
        if event_type is not UNSET:
            _set_field(self, "event_type", event_type)
        if legacy_event_type is not UNSET:
            _set_field(self, "legacy_event_type", legacy_event_type)
        if outcome is not UNSET:
            _set_field(self, "outcome", outcome)
        if published is not UNSET:
            _set_field(self, "published", published)
        if request is not UNSET:
            _set_field(self, "request", request)
        if security_context is not UNSET:
            _set_field(self, "security_context", security_context)
        if severity is not UNSET:
            _set_field(self, "severity", severity)
        if target is not UNSET:
            _set_field(self, "target", target)
        if transaction is not UNSET:
            _set_field(self, "transaction", transaction)
        if uuid is not UNSET:
            _set_field(self, "uuid", uuid)
        if version is not UNSET:
            _set_field(self, "version", version)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("actor", UNSET)) is not UNSET:
            d["actor"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("authentication_context", UNSET)) is not UNSET:
            d["authenticationContext"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("client", UNSET)) is not UNSET:
            d["client"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("debug_context", UNSET)) is not UNSET:
            d["debugContext"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("display_message", UNSET)) is not UNSET and not omit_read_only:
            d["displayMessage"] = v
        if (v := values.get("event_type", UNSET)) is not UNSET and not omit_read_only:
            d["eventType"] = v
        if (v := values.get("legacy_event_type", UNSET)) is not UNSET and not omit_read_only:
            d["legacyEventType"] = v
        if (v := values.get("outcome", UNSET)) is not UNSET:
            d["outcome"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("published", UNSET)) is not UNSET and not omit_read_only:
            d["published"] = _convert.dump_datetime(v)
        if (v := values.get("request", UNSET)) is not UNSET:
            d["request"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("security_context", UNSET)) is not UNSET:
            d["securityContext"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("severity", UNSET)) is not UNSET:
            d["severity"] = v
        if (v := values.get("target", UNSET)) is not UNSET and not omit_read_only:
            d["target"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("transaction", UNSET)) is not UNSET:
            d["transaction"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("uuid", UNSET)) is not UNSET and not omit_read_only:
            d["uuid"] = v
        if (v := values.get("version", UNSET)) is not UNSET and not omit_read_only:
            d["version"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("actor", UNSET)) is not UNSET:
            obj.actor = _parse_actor(v, False)
        if (v := d.pop("authenticationContext", UNSET)) is not UNSET:
            obj.authentication_context = _parse_authentication_context(v, False)
        if (v := d.pop("client", UNSET)) is not UNSET:
            obj.client = _parse_client(v, False)
        if (v := d.pop("debugContext", UNSET)) is not UNSET:
            obj.debug_context = _parse_debug_context(v, False)
        if (v := d.pop("displayMessage", UNSET)) is not UNSET:
            obj.display_message = v
        if (v := d.pop("eventType", UNSET)) is not UNSET:
            obj.event_type = v
        if (v := d.pop("legacyEventType", UNSET)) is not UNSET:
            obj.legacy_event_type = v
        if (v := d.pop("outcome", UNSET)) is not UNSET:
            obj.outcome = _parse_outcome(v, False)
        if (v := d.pop("published", UNSET)) is not UNSET:
            obj.published = _convert.parse_datetime(v, False)
        if (v := d.pop("request", UNSET)) is not UNSET:
            obj.request = _parse_request(v, False)
        if (v := d.pop("securityContext", UNSET)) is not UNSET:
            obj.security_context = _parse_security_context(v, False)
        if (v := d.pop("severity", UNSET)) is not UNSET:
            obj.severity = _parse_severity(v, False)
        if (v := d.pop("target", UNSET)) is not UNSET:
            obj.target = _parse_target(v, False)
        if (v := d.pop("transaction", UNSET)) is not UNSET:
            obj.transaction = _parse_transaction(v, False)
        if (v := d.pop("uuid", UNSET)) is not UNSET:
            obj.uuid = v
        if (v := d.pop("version", UNSET)) is not UNSET:
            obj.version = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
