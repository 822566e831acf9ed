"""The hooks a plugin can implement. These docstrings are the contract.

Implement a hook with ``@okta_plugins.hookimpl`` on a function or method of the
same name; it may take any subset of the hook's arguments. Plugins are registered in this
order, and pluggy calls the latest registered first, except that built-ins are ``trylast``:
any third-party implementation runs before, and for ``firstresult`` hooks instead of, them.
Every hook may also be implemented as ``@hookimpl(wrapper=True)`` to wrap the
others (around-behaviour, e.g. wrapping the built-in ``httpx.Auth``). Hooks are plain
functions, called synchronously by sync and async clients alike; an ``async def`` hook is
refused when the plugin is loaded.

The types hooks receive are public: ``okta_plugins.OktaConfig``, ``okta_plugins.Operation``,
``okta_plugins.RetryDecision``, ``okta_plugins.Setting`` / ``okta_plugins.PluginSettings``,
``okta_plugins.certificates.CertificateUpload`` and httpx's ``Request``, ``Response`` and ``Auth``.

Failures: an exception a third-party hook raises comes out of the call as
``okta_plugins.errors.PluginHookError`` (a ``PluginError``) naming the plugin, its
distribution and version, the hook and the operation, the original as ``__cause__``; the
``OktaPluginsError`` subclasses a hook is documented to raise pass unchanged. An installed
plugin that cannot be imported or whose hooks do not match these specs raises
``PluginLoadError`` naming the setting that blocks it; ``plugins.skipBroken: true`` skips it
with a logged warning instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pluggy

from .types import RetryDecision

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from ._config import OktaConfig
    from ._plugin_settings import Setting
    from .types import CertificateUpload, Operation

PROJECT_NAME = "okta_plugins"

hookspec = pluggy.HookspecMarker(PROJECT_NAME)
hookimpl = pluggy.HookimplMarker(PROJECT_NAME)


@hookspec
def okta_configure(config: OktaConfig) -> None:
    """Called once per client, after all configuration sources are merged.

    :param config: the final, frozen configuration the client is built from.

    The result is ignored. Raise ``okta_client.ConfigError`` to refuse a
    configuration. Runs before ``okta_auth``.

    Example, refusing a configuration this plugin cannot work with:

    ```python
    @hookimpl
    def okta_configure(config):
        if config.max_retries > 5:
            raise ConfigError("acme-audit needs rateLimit.maxRetries <= 5")
    ```
    """


@hookspec(firstresult=True)
def okta_auth(config: OktaConfig, mode: str) -> httpx.Auth | None:
    """Provide the ``httpx.Auth`` for authorization mode ``mode``.

    Called once per client, after ``okta_configure``.

    :param config: the final configuration.
    :param mode: ``config.authorization_mode`` (``"SSWS"``, ``"Bearer"``,
        ``"PrivateKey"``, or a mode a third-party plugin serves).
    :return: an ``httpx.Auth`` for ``mode``, or ``None`` if this plugin does not
        serve ``mode``. The first non-``None`` answer wins.

    The auth only ever sees requests for the org origin; others are sent without
    it. It should mark requests it sends to a token endpoint with
    ``extensions={"okta_token_request": True}``, and may expose
    ``granted_scopes() -> frozenset[str] | None`` (``None`` when unknown) so that
    calls lacking a scope fail before they are sent. Raise an
    ``okta_client.AuthError`` when the mode is served but misconfigured.

    Example, a mode of one's own (``authorizationMode: AcmeKey``) reading the plugin's settings:

    ```python
    @hookimpl
    def okta_auth(config, mode):
        if mode != "AcmeKey":
            return None
        key = config.plugin_settings["acme-audit"]["api_key"]
        return AcmeKeyAuth(key)  # an httpx.Auth setting its header in auth_flow
    ```
    """


@hookspec
def okta_prepare_request(request: httpx.Request, operation: Operation | None, config: OktaConfig) -> None:
    """Called for every request the client sends, before it is authenticated.

    A retried request is sent again, so this runs once per attempt;
    ``request.extensions["okta_attempt"]`` is the attempt number (1 for the first).

    :param request: the outgoing request; change its headers or URL in place. The path of a
        request with an operation must still match that operation's path template, or the call
        fails with ``OperationPathError`` before credentials are added.
    :param operation: what the generated function is calling (``operation_id``,
        ``method``, ``path``, ``tag``, ``scopes``), or ``None`` for a request not
        made by a generated function.
    :param config: the final configuration.

    The result is ignored. Raising aborts the call (an exception other than an
    ``OktaPluginsError`` as ``PluginHookError``). Any ``Authorization`` or ``DPoP`` header
    set here is removed if the request does not go to the org origin.

    Example:

    ```python
    @hookimpl
    def okta_prepare_request(request, operation):
        if operation is not None:
            request.headers["X-Acme-Operation"] = operation.operation_id
    ```
    """


@hookspec
def okta_observe_response(
    request: httpx.Request,
    response: httpx.Response,
    operation: Operation | None,
    config: OktaConfig,
) -> None:
    """Called once per attempt with its response (after any auth retry).

    A request the retry loop resends is observed once per attempt.

    :param request: the request as sent.
    :param response: the response; its body is already read when the status is
        400 or above, and not read otherwise.
    :param operation: as for ``okta_prepare_request``.
    :param config: the final configuration.

    The result is ignored. Raising replaces the response with that exception
    (the built-in ``okta.scopes`` plugin raises ``InsufficientScopeError`` on 403). After every
    implementation has run, whatever the registration order, the ``okta.errors`` wrapper raises an
    ``okta_client.OktaApiError`` subclass for any status outside 2xx. An ``OktaApiError`` raised
    here still lets ``okta_retry`` decide on its ``.response``; any other exception ends the call.

    Example, logging each status with the operation:

    ```python
    @hookimpl
    def okta_observe_response(response, operation):
        name = operation.operation_id if operation else "-"
        logging.getLogger("acme.audit").info("%s -> %d", name, response.status_code)
    ```
    """


@hookspec(firstresult=True)
def okta_serialize_body(body: object, content_type: str, operation: Operation | None) -> bytes | None:
    """Encode a request body for ``content_type``.

    Called as an OktaClient builds each request that has a body, before
    ``okta_prepare_request``. Built-ins (``okta_plugins.serializers``) serve JSON, the
    certificate types and the image uploads; register one for a content type of your own.

    :param body: what the caller gave httpx: the JSON value for ``json=`` (generated code
        passes ``Model.to_dict(omit_read_only=True)``: absent fields left out, ``None`` ones
        ``null``, read-only ones left out); the ``bytes`` or ``str`` for ``content=``; a
        ``serializers.multipart.MultipartForm`` for ``files=``; the mapping for form ``data=``.
    :param content_type: the full Content-Type the request will carry: the caller's, else
        ``application/json`` for ``json=``, ``multipart/form-data; boundary=...`` (a fresh
        boundary) for ``files=``, ``application/x-www-form-urlencoded`` for ``data=``.
        ``serializers.media_type(content_type)`` is its bare lower-case type.
    :param operation: as for ``okta_prepare_request``.
    :return: the bytes to send with exactly ``content_type``, or ``None`` to let the next
        plugin (and finally httpx) encode it.

    Raise an ``okta_plugins.serializers.errors.BodyError`` to refuse the body: the call fails
    and nothing is sent.

    Example:

    ```python
    @hookimpl
    def okta_serialize_body(body, content_type):
        if media_type(content_type) == "application/yaml":
            return yaml.safe_dump(body).encode()
        return None
    ```
    """


@hookspec(firstresult=True)
def okta_deserialize_body(
    response: httpx.Response, content_type: str, operation: Operation | None, as_text: bool
) -> object | None:
    """Decode a response body.

    Called when ``response.json()`` (``as_text`` false) or ``response.text`` (``as_text``
    true) is read on a response an OktaClient received; generated functions read one of
    them and build their models from the result. The body is already read.

    :param response: the response; ``response.content`` is its raw body.
    :param content_type: its Content-Type header (``""`` if none).
    :param operation: as for ``okta_prepare_request``.
    :param as_text: whether the caller wants text: then only a ``str`` answer is used.
    :return: the decoded value (for JSON endpoints: what ``Model.from_dict`` reads), or
        ``None`` to let the next plugin (and finally httpx) decode it.

    Example:

    ```python
    @hookimpl
    def okta_deserialize_body(response, content_type, as_text):
        if media_type(content_type) != "application/yaml" or as_text:
            return None
        return yaml.safe_load(response.content)
    ```
    """


@hookspec(firstresult=True)
def okta_certificate_upload(certificate: object, resource: str, alternative: str | None) -> CertificateUpload | None:
    """Choose how ``okta_client.publish_certificate`` sends a certificate.

    Called once per ``publish_certificate`` call, before anything is sent.

    :param certificate: what the caller passed, as it came (bytes, str, path, ...).
    :param resource: ``"application"`` or ``"identity_provider"``.
    :param alternative: the operationId the caller forced (e.g. ``"publishCerCert"``), or ``None``.
    :return: an ``okta_plugins.types.CertificateUpload`` (the ``x509.Certificate`` and one of
        the five ``okta_plugins.certificates.ALTERNATIVES``), or ``None`` if this plugin does not read
        ``certificate``. The built-in reads PEM, DER, base64, paths and ``x509.Certificate``
        and keeps the form it was given; add a format (say PKCS#7) or force an encoding by
        answering first. Raise ``okta_client.NotACertificateError`` for data you recognise
        but cannot read.

    Example, forcing the base64 DER form for certificates given as PEM text:

    ```python
    @hookimpl
    def okta_certificate_upload(certificate, alternative):
        if isinstance(certificate, str) and alternative is None:
            cert = x509.load_pem_x509_certificate(certificate.encode())
            return CertificateUpload(cert, "publishDerCert")
        return None
    ```
    """


@hookspec(firstresult=True)
def okta_retry(
    request: httpx.Request,
    response: httpx.Response | None,
    error: Exception | None,
    attempt: int,
    operation: Operation | None,
    config: OktaConfig,
) -> RetryDecision | None:
    """Decide whether to resend a request after a failed attempt.

    Called by the client's send loop after each attempt whose status is outside 2xx
    or that raised an ``httpx.TransportError``; the loop itself then waits
    ``delay`` seconds on the client's clock, adds ``X-Okta-Retry-Count`` (attempts so
    far) and ``X-Okta-Retry-For`` (the failed response's ``X-Okta-Request-Id``) and
    resends, through the auth flow again (a fresh DPoP proof, a live token).

    :param request: the request as last sent.
    :param response: the response received (also when an ``okta_observe_response``
        hook raised an ``OktaApiError`` for it), or ``None`` if sending failed.
    :param error: the transport error if sending failed, else ``None``.
    :param attempt: the number of attempts made so far: 1 after the first.
    :param operation: as for ``okta_prepare_request``.
    :param config: the final configuration (``max_retries``, ``request_timeout``).
    :return: a ``RetryDecision``, or ``None`` to let the next plugin decide.
        With no answer, or ``retry=False``, the attempt's outcome is final. The
        built-in ``okta.retry`` retries 429s, idempotent 503/504s and safe transport
        errors up to ``config.max_retries`` times. Whatever is answered, a retry whose
        ``delay`` would pass the call's deadline (``config.request_timeout``) or is
        longer than ``config.max_wait`` is not made: the call fails at once with the
        typed error, saying so.

    Example, also retrying a 502 once:

    ```python
    @hookimpl
    def okta_retry(response, attempt):
        if response is not None and response.status_code == 502 and attempt == 1:
            return RetryDecision(retry=True, delay=1.0)
        return None
    ```
    """


@hookspec
def okta_plugin_settings() -> Mapping[str, Setting] | None:
    """Declare this plugin's own settings: setting name -> ``okta_plugins.Setting``.

    Called once per client, for each plugin on its own, before ``okta_configure``. The values
    come from, the later winning: the setting's default; ``okta.client.plugins.<plugin>.<key>``
    in okta.yaml; the variable ``OKTA_CLIENT_PLUGINS_<PLUGIN>_<KEY>`` (names upper-cased, every
    run of other characters than letters and digits as ``_``: plugin ``acme-audit``, key
    ``api_key``: ``OKTA_CLIENT_PLUGINS_ACME_AUDIT_API_KEY``); the keyword argument
    ``OktaClient.from_config(plugin_settings={"<plugin>": {"<key>": value}})``. ``<plugin>`` is the
    name the plugin is registered under: its entry point's name when installed.

    Each value is converted to the declared type; a value that cannot be, an unknown key
    (in okta.yaml or ``plugin_settings``) or a missing ``required`` one raises
    ``okta_plugins.errors.PluginSettingsError`` naming plugin, key and source. The result
    reaches every hook that receives ``config``, as ``config.plugin_settings["<plugin>"]``
    (an ``okta_plugins.PluginSettings``); values of ``secret=True`` settings never appear in its
    repr nor in errors.

    :return: a mapping of setting names to ``Setting``s (``None``: none).

    Example:

    ```python
    @hookimpl
    def okta_plugin_settings():
        return {
            "header": Setting(str, default="X-Acme-Audit"),
            "api_key": Setting(str, secret=True),
            "sample_rate": Setting(float, default=1.0),
        }
    ```
    """
