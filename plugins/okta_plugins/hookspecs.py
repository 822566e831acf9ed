"""The hooks a plugin can implement. These docstrings are the contract.

Implement a hook with ``@okta_plugins.hookimpl`` on a function or method of the
same name. Plugins are registered in this order, and pluggy calls the latest
registered first, except that built-ins are ``trylast``: any third-party
implementation runs before, and for ``firstresult`` hooks instead of, them.
Every hook may also be implemented as ``@hookimpl(wrapper=True)`` to wrap the
others (around-behaviour, e.g. wrapping the built-in ``httpx.Auth``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs
import pluggy

if TYPE_CHECKING:
    import httpx

    from ._config import OktaConfig
    from ._operation import Operation

PROJECT_NAME = "okta_plugins"

hookspec = pluggy.HookspecMarker(PROJECT_NAME)
hookimpl = pluggy.HookimplMarker(PROJECT_NAME)


@attrs.frozen
class RetryDecision:
    """Answer of ``okta_retry``: whether to send the request again, and after how long."""

    retry: bool
    delay: float = 0.0


@hookspec
def okta_configure(config: OktaConfig) -> None:
    """Called once per client, after all configuration sources are merged.

    :param config: the final, frozen configuration the client is built from.

    The result is ignored. Raise ``okta_plugins.errors.ConfigError`` to refuse a
    configuration. Runs before ``okta_auth``.
    """


@hookspec(firstresult=True)
def okta_auth(config: OktaConfig, mode: str) -> httpx.Auth | None:
    """Provide the ``httpx.Auth`` for authorization mode ``mode``.

    Called once per client, after ``okta_configure``.

    :param config: the final configuration.
    :param mode: ``config.authorization_mode`` (``"SSWS"``, ``"Bearer"``,
        ``"PrivateKey"``, or a mode a third-party plugin serves).
    :return: an ``httpx.Auth`` for ``mode``, or ``None`` if this plugin does not
        serve ``mode``. The first non-``None`` answer wins.

    The auth only ever sees requests for the org origin; others are sent without
    it. It should mark requests it sends to a token endpoint with
    ``extensions={"okta_token_request": True}``, and may expose
    ``granted_scopes() -> frozenset[str] | None`` (``None`` when unknown) so that
    calls lacking a scope fail before they are sent. Raise an
    ``okta_plugins.errors.AuthError`` when the mode is served but misconfigured.
    """


@hookspec
def okta_prepare_request(request: httpx.Request, operation: Operation | None, config: OktaConfig) -> None:
    """Called for every request the client sends, before it is authenticated.

    :param request: the outgoing request; change its headers or URL in place.
    :param operation: what the generated function is calling (``operation_id``,
        ``method``, ``path``, ``tag``, ``scopes``), or ``None`` for a request not
        made by a generated function.
    :param config: the final configuration.

    The result is ignored. Raising aborts the call with that exception. Any
    ``Authorization`` or ``DPoP`` header set here is removed if the request does
    not go to the org origin.
    """


@hookspec
def okta_observe_response(
    request: httpx.Request,
    response: httpx.Response,
    operation: Operation | None,
    config: OktaConfig,
) -> None:
    """Called once per request with its final response (after any auth retry).

    :param request: the request as sent.
    :param response: the response; its body is already read when the status is
        400 or above, and not read otherwise.
    :param operation: as for ``okta_prepare_request``.
    :param config: the final configuration.

    The result is ignored. Raising replaces the response with that exception
    (the built-in ``okta.scopes`` plugin raises ``InsufficientScopeError`` on 403).
    """


@hookspec(firstresult=True)
def okta_serialize_body(body: object, content_type: str, operation: Operation | None) -> bytes | None:
    """Encode a request body for ``content_type``. Reserved for the serializer issue.

    :return: the encoded bytes, or ``None`` to let the next plugin (and finally
        the generated code's own encoding) do it.
    """


@hookspec(firstresult=True)
def okta_deserialize_body(response: httpx.Response, operation: Operation | None) -> object | None:
    """Decode a response body. Reserved for the serializer issue.

    :return: the decoded value, or ``None`` to let the next plugin (and finally
        the generated code's own parsing) do it.
    """


@hookspec(firstresult=True)
def okta_retry(
    request: httpx.Request,
    response: httpx.Response | None,
    error: Exception | None,
    attempt: int,
    operation: Operation | None,
    config: OktaConfig,
) -> RetryDecision | None:
    """Decide whether to resend a request. Reserved for the retry issue.

    :param response: the response received, or ``None`` if sending failed.
    :param error: the transport error if sending failed, else ``None``.
    :param attempt: 1 for the first retry decision, 2 for the next, and so on.
    :return: a ``RetryDecision``, or ``None`` to let the next plugin decide.
        With no answer at all the request is not retried.
    """
