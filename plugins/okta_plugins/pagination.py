"""Deprecated: import ``paginate`` and ``Pages`` from ``okta_client``.

Kept for one release; every name read here warns with a DeprecationWarning naming the new path.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._moved import moved_attributes

if TYPE_CHECKING:
    from ._pagination import Pages, paginate

__all__ = ["Pages", "paginate"]

__getattr__ = moved_attributes(__name__, {"Pages": "okta_plugins._pagination", "paginate": "okta_plugins._pagination"})
