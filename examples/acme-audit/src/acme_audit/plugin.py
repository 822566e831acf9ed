"""The acme-audit plugin: every hook it implements is a module-level function.

- ``okta_plugin_settings``: its own settings (okta.client.plugins.acme-audit.* in okta.yaml,
  OKTA_CLIENT_PLUGINS_ACME_AUDIT_* variables, plugin_settings={"acme-audit": {...}}).
- ``okta_prepare_request``: an audit header naming the operation.
- ``okta_observe_response``: logs each status with the operation id.
- ``okta_auth``: an authorization mode of its own, ``AcmeKey``.
- ``okta_serialize_body`` / ``okta_deserialize_body``: ``application/x-acme`` bodies.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Generator

import httpx
from okta_client import OktaConfig
from okta_plugins import Operation, Setting, hookimpl
from okta_plugins.serializers import media_type

NAME = "acme-audit"
MEDIA_TYPE = "application/x-acme"
logger = logging.getLogger("acme.audit")


@hookimpl
def okta_plugin_settings() -> dict[str, Setting]:
    return {
        "header": Setting(str, default="X-Acme-Audit", doc="the header naming the operation"),
        "api_key": Setting(str, secret=True, doc="the key of the AcmeKey authorization mode"),
        "log_level": Setting(str, default="INFO", doc="the level statuses are logged at"),
    }


class AcmeKeyAuth(httpx.Auth):
    """``Authorization: AcmeKey <key>``."""

    def __init__(self, key: str) -> None:
        self._key = key

    def __repr__(self) -> str:
        return "AcmeKeyAuth(key='<redacted>')"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"AcmeKey {self._key}"
        yield request


@hookimpl
def okta_auth(config: OktaConfig, mode: str) -> httpx.Auth | None:
    if mode != "AcmeKey":
        return None
    key = config.plugin_settings[NAME]["api_key"]
    if not key:
        from okta_client import MissingCredentialError

        raise MissingCredentialError("mode AcmeKey needs okta.client.plugins.acme-audit.api_key")
    return AcmeKeyAuth(key)


@hookimpl
def okta_prepare_request(request: httpx.Request, operation: Operation | None, config: OktaConfig) -> None:
    header = config.plugin_settings[NAME]["header"]
    request.headers[header] = operation.operation_id if operation is not None else "-"


@hookimpl
def okta_observe_response(response: httpx.Response, operation: Operation | None, config: OktaConfig) -> None:
    level = logging.getLevelName(config.plugin_settings[NAME]["log_level"].upper())
    name = operation.operation_id if operation is not None else "-"
    logger.log(level if isinstance(level, int) else logging.INFO, "%s -> %d", name, response.status_code)


@hookimpl
def okta_serialize_body(body: object, content_type: str) -> bytes | None:
    if media_type(content_type) != MEDIA_TYPE:
        return None
    return b"ACME" + json.dumps(body, sort_keys=True).encode()


@hookimpl
def okta_deserialize_body(response: httpx.Response, content_type: str, as_text: bool) -> object | None:
    if media_type(content_type) != MEDIA_TYPE or as_text:
        return None
    return json.loads(response.content.removeprefix(b"ACME"))
