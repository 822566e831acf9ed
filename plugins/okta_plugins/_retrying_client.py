"""The send loop every ``OktaClient`` request goes through: attempt, ask ``okta_retry``, wait, resend.

Which failures are retried and after how long is decided by the ``okta_retry`` hook alone (the
built-in answer is in ``_retry``); this module counts attempts, sleeps on the client's clock,
stamps ``X-Okta-Retry-Count`` / ``X-Okta-Retry-For``, applies proactive pacing, refuses waits
longer than ``rateLimit.maxWait``, and enforces the call's deadline (``requestTimeout``; the
transport enforces it over the response body, see ``_deadline``). It wraps the whole auth flow
rather than the transport so that each attempt carries a live token and a fresh DPoP proof
(resending a proof lets the server reject it as a replay, RFC 9449 section 11.1), and so that hooks see every attempt.
"""

from __future__ import annotations

import logging
from typing import Any

import httpx

from ._clock import Clock
from ._config import OktaConfig
from ._deadline import DEADLINE_EXTENSION, Deadline, enter_deadline, leave_deadline
from ._errors import OktaApiError, OktaConnectionError, OktaTimeoutError, error_for_response
from ._facade import OktaHooks
from ._logging import ATTEMPT_EXTENSION, describe_request, retry_logger
from ._operation import operation_of
from ._pacing import Pacer
from ._redact import redact_text

RETRY_COUNT_HEADER = "X-Okta-Retry-Count"
RETRY_FOR_HEADER = "X-Okta-Retry-For"


class Retrier:
    """What every call of one client shares: hooks, configuration, clock and the optional pacer."""

    def __init__(self, hooks: OktaHooks, config: OktaConfig, clock: Clock, pacer: Pacer | None) -> None:
        self.hooks = hooks
        self.config = config
        self.clock = clock
        self.pacer = pacer

    def start(self, request: httpx.Request) -> Call:
        """Begin the attempts of one request."""
        return Call(self, request)

    def __repr__(self) -> str:
        return f"Retrier(clock={self.clock!r}, pacer={self.pacer!r})"


class Call:
    """The attempts of one request: counts, the deadline, and what to do after each (no I/O)."""

    def __init__(self, retrier: Retrier, request: httpx.Request) -> None:
        self._retrier = retrier
        # A copy to stamp attempts on: a request built by hand may share its dict with others.
        request.extensions = dict(request.extensions)
        self.request = request
        self.operation = operation_of(request)
        self.attempt = 0
        config = retrier.config
        self.deadline: Deadline | None = None
        self._timeout: dict[str, float | None] = {}
        if config.request_timeout > 0:
            self.deadline = Deadline(retrier.clock, config.request_timeout)
            timeout = request.extensions.get("timeout")
            if isinstance(timeout, dict):
                self._timeout = dict(timeout)
        self._stop_reason: str | None = None

    @property
    def config_timeout(self) -> float:
        """The configured deadline in seconds (``requestTimeout``)."""
        return self._retrier.config.request_timeout

    def remaining(self) -> float | None:
        """Seconds left before the deadline, or ``None`` without one."""
        return None if self.deadline is None else self.deadline.remaining()

    def _beyond_max_wait(self, wait: float) -> bool:
        max_wait = self._retrier.config.max_wait
        return max_wait > 0 and wait > max_wait

    def pacing_delay(self) -> float:
        """Seconds to wait before the next attempt because its rate-limit bucket is low.

        A wait beyond ``maxWait`` is not made: the call goes, and Okta's 429 (if the bucket is still
        empty) fails at once with its reset.
        """
        pacer = self._retrier.pacer
        if pacer is None:
            return 0.0
        wait = pacer.delay(self.request)
        if self._beyond_max_wait(wait):
            return 0.0
        remaining = self.remaining()
        return wait if remaining is None else max(0.0, min(wait, remaining))

    def prepare_attempt(self) -> None:
        """Number the attempt and cap its timeouts by what is left of the deadline."""
        self.attempt += 1
        extensions = self.request.extensions  # this call's own copy (see __init__)
        extensions[ATTEMPT_EXTENSION] = self.attempt
        if self.deadline is not None:
            extensions[DEADLINE_EXTENSION] = self.deadline
            remaining = self.deadline.remaining()
            if remaining <= 0:
                raise OktaTimeoutError(
                    f"{describe_request(self.request)}: the {self._retrier.config.request_timeout:g} s deadline "
                    "(okta.client.requestTimeout) passed before it could be sent",
                    request=self.request,
                )
            extensions["timeout"] = {
                name: remaining if limit is None else min(limit, remaining) for name, limit in self._timeout.items()
            }

    def after_attempt(self, response: httpx.Response | None, error: Exception | None) -> float | None:
        """Seconds to wait before resending, or ``None`` to stop with this outcome.

        :param response: the attempt's response (also when a hook raised an ``OktaApiError`` for it).
        :param error: the transport error if the attempt got no response.
        """
        if response is not None and self._retrier.pacer is not None:
            self._retrier.pacer.observe(self.request, response)
        if error is None and response is not None and 200 <= response.status_code < 300:
            return None
        decision = self._retrier.hooks.retry(
            request=self.request,
            response=response,
            error=error,
            attempt=self.attempt,
            operation=self.operation,
            config=self._retrier.config,
        )
        if decision is None or not decision.retry:
            return None
        delay = max(0.0, decision.delay)
        if self._beyond_max_wait(delay):
            self._stop_reason = (
                f"not retried: the wait of {delay:.0f} s is longer than okta.client.rateLimit.maxWait "
                f"({self._retrier.config.max_wait:g} s)"
            )
            return None
        remaining = self.remaining()
        if remaining is not None and delay >= remaining:
            self._stop_reason = (
                f"not retried: waiting {delay:.1f} s would pass the call's "
                f"{self._retrier.config.request_timeout:g} s deadline (okta.client.requestTimeout)"
            )
            return None
        self._stamp(response)
        if retry_logger.isEnabledFor(logging.INFO):
            failure = type(error).__name__ if response is None else f"{response.status_code}"
            request_id = None if response is None else response.headers.get("X-Okta-Request-Id")
            retry_logger.info(
                "%s: attempt %d failed (%s%s); retrying in %.2f s",
                describe_request(self.request),
                self.attempt,
                failure,
                f", request id {request_id}" if request_id else "",
                delay,
            )
        return delay

    def _stamp(self, response: httpx.Response | None) -> None:
        self.request.headers[RETRY_COUNT_HEADER] = str(self.attempt)
        request_id = None if response is None else response.headers.get("X-Okta-Request-Id")
        if request_id:
            self.request.headers[RETRY_FOR_HEADER] = request_id

    def final_error(self, error: Exception) -> Exception:
        """The exception to raise when attempts stop on ``error``: typed, and naming a missed deadline."""
        operation_id = self.operation.operation_id if self.operation is not None else None
        if isinstance(error, OktaApiError):
            if self._stop_reason is None:
                return error
            return error_for_response(error.response, operation_id, self._stop_reason)
        if not isinstance(error, httpx.TransportError):
            return error
        attempts = f"{self.attempt} attempt{'s' if self.attempt != 1 else ''}"
        reason = f"; {self._stop_reason}" if self._stop_reason else ""
        # The network stack's text may quote a URL (a proxy's, with its password): redacted like any.
        cause = redact_text(str(error))
        message = f"{describe_request(self.request)}: {type(error).__name__}: {cause} (after {attempts}{reason})"
        cls = OktaTimeoutError if isinstance(error, httpx.TimeoutException) else OktaConnectionError
        return cls(message, request=self.request)


def _response_of(error: Exception) -> httpx.Response | None:
    return error.response if isinstance(error, OktaApiError) else None


def _transport_error(error: Exception) -> Exception | None:
    return error if isinstance(error, httpx.TransportError) else None


class RetryingClient(httpx.Client):
    """An ``httpx.Client`` whose ``send`` runs the retry loop around the auth flow.

    Cooperative: combine it with other ``httpx.Client`` subclasses by inheritance, first.
    """

    def __init__(self, *args: Any, retrier: Retrier, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._retrier = retrier

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        call = self._retrier.start(request)
        clock = self._retrier.clock
        while True:
            wait = call.pacing_delay()
            if wait > 0:
                clock.sleep(wait)
            call.prepare_attempt()
            try:
                # The whole attempt, a token request the auth flow sends first included, meets the deadline
                # in each socket operation (see _deadline_network).
                token = enter_deadline(call.deadline)
                try:
                    response = super().send(request, **kwargs)
                finally:
                    leave_deadline(token)
            except (OktaApiError, httpx.TransportError) as exc:
                delay = call.after_attempt(_response_of(exc), _transport_error(exc))
                if delay is None:
                    final = call.final_error(exc)
                    if final is exc:
                        raise
                    raise final from exc
            else:
                delay = call.after_attempt(response, None)
                if delay is None:
                    return response
                response.close()
            clock.sleep(delay)


class AsyncRetryingClient(httpx.AsyncClient):
    """Async twin of ``RetryingClient``."""

    def __init__(self, *args: Any, retrier: Retrier, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._retrier = retrier

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        call = self._retrier.start(request)
        clock = self._retrier.clock
        while True:
            wait = call.pacing_delay()
            if wait > 0:
                await clock.async_sleep(wait)
            call.prepare_attempt()
            try:
                response = await self._send_by_deadline(call, request, **kwargs)
            except (OktaApiError, httpx.TransportError) as exc:
                delay = call.after_attempt(_response_of(exc), _transport_error(exc))
                if delay is None:
                    final = call.final_error(exc)
                    if final is exc:
                        raise
                    raise final from exc
            else:
                delay = call.after_attempt(response, None)
                if delay is None:
                    return response
                await response.aclose()
            await clock.async_sleep(delay)

    async def _send_by_deadline(self, call: Call, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        """One attempt, cancelled when the call's deadline passes, whatever it is waiting for (a slow
        status line or headers too, which per-read timeouts and the body's deadline stream miss)."""
        remaining = call.remaining()
        if remaining is None:
            return await super().send(request, **kwargs)
        import anyio  # an httpx dependency; imported here so that sync users do not pay for it

        try:
            with anyio.fail_after(max(remaining, 0.0)):
                return await super().send(request, **kwargs)
        except TimeoutError:
            raise httpx.ReadTimeout(
                f"the {call.config_timeout:g} s deadline (okta.client.requestTimeout) passed before the "
                "response was complete",
                request=request,
            ) from None
