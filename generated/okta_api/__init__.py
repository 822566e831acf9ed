"""Generated client for the Okta Management API (2026.06.3) and our own fragments.

Submodules load on first use, so importing one endpoint costs only what it needs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client

__all__ = ("AuthenticatedClient", "Client")


def __getattr__(name: str) -> type[AuthenticatedClient | Client]:
    if name == "Client":
        from .client import Client

        return Client
    if name == "AuthenticatedClient":
        from .client import AuthenticatedClient

        return AuthenticatedClient
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
