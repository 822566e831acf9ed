"""Built-in plugin ``okta.scopes``: a 403 on a scoped operation names the scope it needed.

Okta "silently downscopes": a token may lack a scope the admin has no rights for,
and the call then fails with an opaque 403. Block this plugin to get the raw response.
"""

from __future__ import annotations

import httpx

from ._config import OktaConfig
from ._errors import InsufficientScopeError
from ._operation import GRANTED_SCOPES_EXTENSION
from .hookspecs import hookimpl
from .types import Operation


@hookimpl(trylast=True)
def okta_observe_response(
    request: httpx.Request,
    response: httpx.Response,
    operation: Operation | None,
    config: OktaConfig,
) -> None:
    """Turn a 403 on an operation with documented scopes into ``InsufficientScopeError``."""
    if response.status_code != 403 or operation is None or not operation.scopes:
        return
    granted = request.extensions.get(GRANTED_SCOPES_EXTENSION)
    raise InsufficientScopeError(
        operation.operation_id,
        operation.scopes,
        response,
        granted if isinstance(granted, frozenset) else None,
    )
