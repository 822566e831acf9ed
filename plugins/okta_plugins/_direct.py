"""Per-call hooks applied without pluggy when only built-in hookimpls would answer, with the same effect.

Every call asks ``okta_observe_response`` and ``okta_deserialize_body`` once; through pluggy each costs a few
microseconds (argument checks, ``_multicall``, the ``okta.errors`` wrapper's generator). When every hookimpl
is a function of one of our built-in modules, registered as that module, the facade does what they would do:
nothing at all for a 2xx response (``okta.scopes`` and ``okta.errors`` act only outside 2xx), or the built-in
decoders in pluggy's order inside ``okta.errors``' typing of decoding failures. Any other hookimpl (a
third-party plugin, one registered on the manager directly, a blocked ``okta.errors``) and pluggy's hook-call
monitoring (``add_hookcall_monitoring``, ``enable_tracing``) send the call through pluggy as before. The
hookimpls are looked at on every call (a list copy and a tuple comparison), so a plugin registered after
the client was built counts at once.
"""

from __future__ import annotations

import functools
import importlib
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from . import _forbidden, _status_errors

if TYPE_CHECKING:
    import httpx
    import pluggy

    from .types import Operation


_QUIET_ON_SUCCESS: frozenset[Callable[..., object]] = frozenset(
    [_forbidden.okta_observe_response, _status_errors.okta_observe_response]
)
"""``okta_observe_response`` hookimpls that do nothing for a 2xx response."""


@functools.cache
def _plain_hookexec() -> object:
    """What pluggy runs hookimpls with when no monitoring is installed (``add_hookcall_monitoring`` replaces it).

    Looked up on first use: importing the client does not load pluggy."""
    return getattr(importlib.import_module("pluggy._callers"), "_multicall", None)


def untraced(manager: pluggy.PluginManager) -> bool:
    """Whether ``manager`` runs hookimpls plainly: no hook-call monitoring would miss a direct call."""
    plain = _plain_hookexec()
    return plain is not None and getattr(manager, "_inner_hookexec", None) is plain


def _builtin(impl: pluggy.HookImpl) -> bool:
    """Whether ``impl`` is a module-level function of ours, registered as its own module."""
    module = getattr(impl.function, "__module__", None)
    return (
        isinstance(module, str)
        and module.startswith("okta_plugins.")
        and impl.plugin is sys.modules.get(module)
        and getattr(impl.function, "__self__", None) is None
    )


def quiet_on_success(impls: Sequence[pluggy.HookImpl]) -> bool:
    """Whether every ``okta_observe_response`` hookimpl in ``impls`` does nothing for a 2xx response."""
    return all(impl.function in _QUIET_ON_SUCCESS and _builtin(impl) for impl in impls)


class DecodePlan:
    """The built-in ``okta_deserialize_body`` hookimpls of one manager, in the order pluggy calls them."""

    def __init__(self, decoders: list[pluggy.HookImpl], typed: bool) -> None:
        self.decoders = decoders
        self.typed = typed
        """Whether ``okta.errors``' wrapper is among them (it types decoding failures)."""

    def decode(self, response: httpx.Response, content_type: str, operation: Operation | None, as_text: bool) -> object:
        """What pluggy would answer for these hookimpls."""
        if not self.typed:
            return self._first(response, content_type, operation, as_text)
        return _status_errors.decoded_or_typed_error(
            response, operation, as_text, lambda: self._first(response, content_type, operation, as_text)
        )

    def _first(self, response: httpx.Response, content_type: str, operation: Operation | None, as_text: bool) -> object:
        arguments = {"response": response, "content_type": content_type, "operation": operation, "as_text": as_text}
        for impl in self.decoders:
            answer = impl.function(*[arguments[name] for name in impl.argnames])
            if answer is not None:  # firstresult
                return answer
        return None


def decode_plan(impls: list[pluggy.HookImpl]) -> DecodePlan | None:
    """The direct form of ``okta_deserialize_body`` for ``impls``, or ``None`` if pluggy must call them."""
    decoders: list[pluggy.HookImpl] = []
    typed = False
    for impl in reversed(impls):  # pluggy calls the last of get_hookimpls() first
        if not _builtin(impl):
            return None
        if impl.wrapper or impl.hookwrapper:
            if impl.function is not _status_errors.okta_deserialize_body or typed:
                return None
            typed = True
        else:
            decoders.append(impl)
    return DecodePlan(decoders, typed)
