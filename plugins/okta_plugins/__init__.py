"""The plugin layer of the Okta client: hookspecs, the ``hookimpl`` marker, the plugin manager.

The client itself, its configuration, pagination and errors are imported from ``okta_client``.
A plugin needs only this package::

    from okta_plugins import Operation, hookimpl

    @hookimpl
    def okta_prepare_request(request, operation: Operation | None, config):
        request.headers["X-Team"] = "identity"

Importing this package is cheap: pluggy loads when a client is built, and cryptography and PyJWT
only when a client signs (PrivateKey, DPoP) or reads certificates. ``OktaClient``, ``OktaConfig``,
``load_config``, ``paginate`` and ``Pages`` still import from here for one release, with a
DeprecationWarning.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._moved import moved_attributes

if TYPE_CHECKING:
    from ._client import OktaClient as OktaClient  # deprecated here
    from ._clock import Clock, SystemClock
    from ._config import OktaConfig as OktaConfig  # deprecated here
    from ._config import load_config as load_config  # deprecated here
    from ._facade import OktaHooks
    from ._manager import ENTRY_POINT_GROUP, build_plugin_manager
    from ._pagination import Pages as Pages  # deprecated here
    from ._pagination import paginate as paginate  # deprecated here
    from ._plugin_settings import PluginSettings, Setting
    from .hookspecs import hookimpl
    from .types import CertificateAlternative, CertificateUpload, Operation, RetryDecision

__all__ = [
    "ENTRY_POINT_GROUP",
    "CertificateAlternative",
    "CertificateUpload",
    "Clock",
    "OktaHooks",
    "Operation",
    "PluginSettings",
    "RetryDecision",
    "Setting",
    "SystemClock",
    "build_plugin_manager",
    "hookimpl",
]

_LAZY = {
    "OktaHooks": "._facade",
    "ENTRY_POINT_GROUP": "._manager",
    "build_plugin_manager": "._manager",
    "PluginSettings": "._plugin_settings",
    "Setting": "._plugin_settings",
    "hookimpl": ".hookspecs",
    "Clock": "._clock",
    "SystemClock": "._clock",
    "CertificateAlternative": ".types",
    "CertificateUpload": ".types",
    "Operation": ".types",
    "RetryDecision": ".types",
}

_moved = moved_attributes(
    __name__,
    {
        "OktaClient": "okta_plugins._client",
        "OktaConfig": "okta_plugins._config",
        "load_config": "okta_plugins._config",
        "Pages": "okta_plugins._pagination",
        "paginate": "okta_plugins._pagination",
    },
    stacklevel=3,
)


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        return _moved(name)
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
