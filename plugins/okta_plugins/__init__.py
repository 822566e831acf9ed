"""Runtime plugins for the generated Okta Management API client.

Importing this package is cheap: pluggy loads when a client is built, and
cryptography and PyJWT only when a client signs (PrivateKey, DPoP) or reads
certificates. Typical use::

    from okta_plugins import OktaClient
    from okta_api.api.user import list_users

    client = OktaClient.from_config()
    users = list_users.sync(client=client)
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._client import OktaClient
    from ._clock import Clock, SystemClock
    from ._config import OktaConfig, load_config
    from ._facade import OktaHooks
    from ._manager import ENTRY_POINT_GROUP, build_plugin_manager
    from ._operation import Operation
    from ._plugin_settings import PluginSettings, Setting
    from .hookspecs import RetryDecision, hookimpl
    from .pagination import Pages, paginate

__all__ = [
    "ENTRY_POINT_GROUP",
    "Clock",
    "OktaClient",
    "OktaConfig",
    "OktaHooks",
    "Operation",
    "Pages",
    "PluginSettings",
    "RetryDecision",
    "Setting",
    "SystemClock",
    "build_plugin_manager",
    "hookimpl",
    "load_config",
    "paginate",
]

_LAZY = {
    "OktaClient": "._client",
    "OktaConfig": "._config",
    "load_config": "._config",
    "OktaHooks": "._facade",
    "ENTRY_POINT_GROUP": "._manager",
    "build_plugin_manager": "._manager",
    "Operation": "._operation",
    "PluginSettings": "._plugin_settings",
    "Setting": "._plugin_settings",
    "RetryDecision": ".hookspecs",
    "hookimpl": ".hookspecs",
    "Clock": "._clock",
    "SystemClock": "._clock",
    "Pages": ".pagination",
    "paginate": ".pagination",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
