"""Generated client for the Okta Management API (2026.06.3) and our own fragments.

Submodules load on first use, so importing one endpoint costs only what it needs.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client

__all__ = ("AuthenticatedClient", "Client")


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import client

        return getattr(client, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
