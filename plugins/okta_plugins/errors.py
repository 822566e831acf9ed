"""Deprecated: import these errors from ``okta_client`` (``from okta_client import NotFoundError``).

Kept for one release; every name read here warns with a DeprecationWarning naming the new path.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import _errors
from ._moved import moved_attributes

if TYPE_CHECKING:
    from ._errors import *  # noqa: F403

__all__ = list(_errors.__all__)

__getattr__ = moved_attributes(__name__, dict.fromkeys(__all__, "okta_plugins._errors"))
