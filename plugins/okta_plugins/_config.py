"""Configuration: defaults < ~/.okta/okta.yaml < ./okta.yaml < environment < explicit arguments.

The YAML layout and ``OKTA_CLIENT_*`` variables are those of the official Okta SDKs,
so a user can switch without rewriting configuration.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from pathlib import Path
from typing import Any, TypedDict, Unpack

import attrs
import httpx

from ._errors import ConfigError
from ._origin import normalize_org_url
from ._plugin_settings import ENV_PREFIX, PluginSettings, SettingSources, file_settings, given_settings
from ._redact import redact_text

__all__ = ["OktaConfig", "OktaSettings", "load_config", "settings_table"]

AUTHORIZATION_MODES = ("SSWS", "Bearer", "PrivateKey")


def _redacted(value: object) -> str:
    return "None" if value is None else "'<redacted>'"


def _quoted(value: object) -> str:
    """A misplaced value as an error may quote it: a URL's password or a token after a scheme redacted."""
    return redact_text(repr(value))


def _names(value: str | Iterable[str] | None) -> tuple[str, ...]:
    """Read a scope or plugin-name list from a YAML list or a comma/space separated string."""
    if value is None:
        return ()
    if isinstance(value, str):
        return tuple(part for part in value.replace(",", " ").split() if part)
    if isinstance(value, AbstractSet):
        value = sorted(value, key=str)  # a stable order for sets, e.g. PkceTokens.scopes
    if isinstance(value, Sequence):
        return tuple(str(part).strip() for part in value if str(part).strip())
    raise ConfigError(f"expected a list of names, got {type(value).__name__}")


def _non_negative(value: object, kind: type[float | int]) -> float | int:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise ConfigError(f"expected a number, got {_quoted(value)}")
    try:
        number = kind(value.strip() if isinstance(value, str) else value)
    except ValueError:
        raise ConfigError(f"expected a number, got {_quoted(value)}") from None
    if number < 0:
        raise ConfigError(f"expected a non-negative number, got {_quoted(value)}")
    return number


def _seconds(value: float | str) -> float:
    """Convert a YAML or environment value (``"30"``, ``30``, ``"2.5"``) to seconds."""
    return float(_non_negative(value, float))


def _count(value: int | str) -> int:
    """Convert a YAML or environment value (``"2"``, ``2``) to a count."""
    return int(_non_negative(value, int))


def _flag(value: bool | str) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("1", "true", "yes", "on"):
        return True
    if text in ("0", "false", "no", "off", ""):
        return False
    raise ConfigError(f"expected true or false, got {_quoted(value)}")


def _optional_port(value: int | str | None) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    port = _count(value)
    if not 0 < port < 65536:
        raise ConfigError(f"expected a port number (1-65535), got {_quoted(value)}")
    return port


def _mode(value: str) -> str:
    text = str(value).strip()
    for known in AUTHORIZATION_MODES:
        if text.lower() == known.lower():
            return known
    return text  # a third-party auth plugin may serve another mode


def _optional_text(value: str | None) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _setting(key: str, env: str, doc: str) -> dict[str, str]:
    """The one declaration of a setting's ``okta.yaml`` key, environment variable and meaning (attrs metadata)."""
    return {"key": key, "env": env, "doc": doc}


@attrs.frozen(kw_only=True)
class OktaConfig:
    """The final configuration a client is built from. Secrets never appear in its repr.

    Each field's ``okta.yaml`` key, environment variable and meaning are in its metadata
    (``settings_table()`` renders them as the README's configuration table).
    """

    org_url: str = attrs.field(
        converter=normalize_org_url,
        metadata=_setting("okta.client.orgUrl", "OKTA_CLIENT_ORGURL", "The org, `https://dev-123.okta.com`."),
    )
    authorization_mode: str = attrs.field(
        default="SSWS",
        converter=_mode,
        metadata=_setting(
            "okta.client.authorizationMode",
            "OKTA_CLIENT_AUTHORIZATIONMODE",
            "`SSWS` (API token), `Bearer` (an access token) or `PrivateKey` (client credentials).",
        ),
    )
    token: str | None = attrs.field(
        default=None,
        repr=_redacted,
        converter=_optional_text,
        metadata=_setting("okta.client.token", "OKTA_CLIENT_TOKEN", "API token or access token (secret)."),
    )
    client_id: str | None = attrs.field(
        default=None,
        converter=_optional_text,
        metadata=_setting("okta.client.clientId", "OKTA_CLIENT_CLIENTID", "Service app client id (`PrivateKey`)."),
    )
    scopes: tuple[str, ...] = attrs.field(
        default=(),
        converter=_names,
        metadata=_setting(
            "okta.client.scopes", "OKTA_CLIENT_SCOPES", "Scopes to request; a list, or comma/space separated."
        ),
    )
    private_key: str | None = attrs.field(
        default=None,
        repr=_redacted,
        converter=_optional_text,
        metadata=_setting(
            "okta.client.privateKey", "OKTA_CLIENT_PRIVATEKEY", "PEM text, JWK JSON, or a file holding either (secret)."
        ),
    )
    kid: str | None = attrs.field(
        default=None,
        converter=_optional_text,
        metadata=_setting("okta.client.kid", "OKTA_CLIENT_KID", "Key id sent in the assertion's header."),
    )
    dpop: bool = attrs.field(
        default=False,
        converter=_flag,
        metadata=_setting("okta.client.dpop", "OKTA_CLIENT_DPOP", "DPoP-bound access tokens (RFC 9449)."),
    )
    connection_timeout: float = attrs.field(
        default=30.0,
        converter=_seconds,
        metadata=_setting(
            "okta.client.connectionTimeout",
            "OKTA_CLIENT_CONNECTIONTIMEOUT",
            "Seconds to wait for a connection; 0: no limit.",
        ),
    )
    read_timeout: float = attrs.field(
        default=60.0,
        converter=_seconds,
        metadata=_setting(
            "okta.client.readTimeout",
            "OKTA_CLIENT_READTIMEOUT",
            "Seconds to wait for each read or write on a connection; 0: no limit.",
        ),
    )
    request_timeout: float = attrs.field(
        default=300.0,
        converter=_seconds,
        metadata=_setting(
            "okta.client.requestTimeout",
            "OKTA_CLIENT_REQUESTTIMEOUT",
            "Seconds for one call end to end (connecting, sending, the whole response body, retries and waits);"
            " also caps each attempt's timeouts. 0: no deadline.",
        ),
    )
    max_retries: int = attrs.field(
        default=2,
        converter=_count,
        metadata=_setting(
            "okta.client.rateLimit.maxRetries",
            "OKTA_CLIENT_RATELIMIT_MAXRETRIES",
            "Retries after the first attempt, for 429s, 503/504s and network errors.",
        ),
    )
    max_wait: float = attrs.field(
        default=75.0,
        converter=_seconds,
        metadata=_setting(
            "okta.client.rateLimit.maxWait",
            "OKTA_CLIENT_RATELIMIT_MAXWAIT",
            "Longest wait in seconds before a retry or a paced call; a longer one the server asks for fails at once"
            " with the typed error, which says when to try again. 0: no cap.",
        ),
    )
    pacing: bool = attrs.field(
        default=False,
        converter=_flag,
        metadata=_setting(
            "okta.client.rateLimit.pacing",
            "OKTA_CLIENT_RATELIMIT_PACING",
            "Wait before calls whose rate-limit bucket is low instead of running into 429.",
        ),
    )
    pacing_threshold: int = attrs.field(
        default=2,
        converter=_count,
        metadata=_setting(
            "okta.client.rateLimit.pacingThreshold",
            "OKTA_CLIENT_RATELIMIT_PACINGTHRESHOLD",
            "With pacing, the `X-Rate-Limit-Remaining` at or below which calls wait for the reset.",
        ),
    )
    scope_check: bool = attrs.field(
        default=True,
        converter=_flag,
        metadata=_setting(
            "okta.client.scopeCheck",
            "OKTA_CLIENT_SCOPECHECK",
            "Refuse, before sending, an operation whose scopes the configured `scopes` lack.",
        ),
    )
    strict_parsing: bool = attrs.field(
        default=False,
        converter=_flag,
        metadata=_setting(
            "okta.client.strictParsing",
            "OKTA_CLIENT_STRICTPARSING",
            "Check every response field's type; a mismatch raises `ResponseTypeError` (model, field, JSON pointer).",
        ),
    )
    lazy_models: bool = attrs.field(
        default=True,
        converter=_flag,
        metadata=_setting(
            "okta.client.lazyModels",
            "OKTA_CLIENT_LAZYMODELS",
            "Convert each response field when first read; false: convert whole models as responses are parsed.",
        ),
    )
    user_agent: str | None = attrs.field(
        default=None,
        converter=_optional_text,
        metadata=_setting(
            "okta.client.userAgent", "OKTA_CLIENT_USERAGENT", "Appended to the `User-Agent` header after ours."
        ),
    )
    proxy_host: str | None = attrs.field(
        default=None,
        converter=_optional_text,
        metadata=_setting(
            "okta.client.proxy.host",
            "OKTA_CLIENT_PROXY_HOST",
            "Proxy every request through this host (`http://` unless a scheme is given); wins over `HTTPS_PROXY`.",
        ),
    )
    proxy_port: int | None = attrs.field(
        default=None,
        converter=_optional_port,
        metadata=_setting("okta.client.proxy.port", "OKTA_CLIENT_PROXY_PORT", "The proxy's port."),
    )
    proxy_username: str | None = attrs.field(
        default=None,
        converter=_optional_text,
        metadata=_setting("okta.client.proxy.username", "OKTA_CLIENT_PROXY_USERNAME", "The proxy's user name."),
    )
    proxy_password: str | None = attrs.field(
        default=None,
        repr=_redacted,
        converter=_optional_text,
        metadata=_setting("okta.client.proxy.password", "OKTA_CLIENT_PROXY_PASSWORD", "The proxy's password (secret)."),
    )
    ca_bundle: str | None = attrs.field(
        default=None,
        converter=_optional_text,
        metadata=_setting(
            "okta.client.caBundle",
            "OKTA_CLIENT_CABUNDLE",
            "PEM file (or directory) of CA certificates to trust instead of certifi's, e.g. a TLS-inspecting"
            " proxy's; without it `SSL_CERT_FILE` / `SSL_CERT_DIR` apply as in httpx.",
        ),
    )
    insecure_skip_tls_verify: bool = attrs.field(
        default=False,
        converter=_flag,
        metadata=_setting(
            "okta.client.insecureSkipTlsVerify",
            "OKTA_CLIENT_INSECURESKIPTLSVERIFY",
            "Turn TLS certificate verification off (tokens can then be stolen); warns on every client built.",
        ),
    )
    plugins_block: tuple[str, ...] = attrs.field(
        default=(),
        converter=_names,
        metadata=_setting(
            "okta.plugins.block", "OKTA_PLUGINS_BLOCK", "Plugins never to load (built-ins too, e.g. `okta.scopes`)."
        ),
    )
    plugins_only: tuple[str, ...] = attrs.field(
        default=(),
        converter=_names,
        metadata=_setting(
            "okta.plugins.only", "OKTA_PLUGINS_ONLY", "Load only these installed plugins (built-ins stay)."
        ),
    )
    plugins_skip_broken: bool = attrs.field(
        default=False,
        converter=_flag,
        metadata=_setting(
            "okta.plugins.skipBroken",
            "OKTA_PLUGINS_SKIPBROKEN",
            "Skip an installed plugin that fails to load or validate, with a warning, instead of failing.",
        ),
    )
    plugin_sources: SettingSources = attrs.field(factory=SettingSources, repr=False, hash=False)
    """What okta.yaml, the environment and ``plugin_settings=`` say of plugins' own settings, unvalidated."""
    plugin_settings: Mapping[str, PluginSettings] = attrs.field(factory=dict, hash=False)
    """Each loaded plugin's validated settings, by plugin name (set once its ``okta_plugin_settings`` declared them)."""

    def __attrs_post_init__(self) -> None:
        proxy_parts = (self.proxy_port, self.proxy_username, self.proxy_password)
        if self.proxy_host is None and any(part is not None for part in proxy_parts):
            raise ConfigError("okta.client.proxy has a port, username or password but no host")
        if self.insecure_skip_tls_verify and self.ca_bundle is not None:
            raise ConfigError("okta.client.caBundle and okta.client.insecureSkipTlsVerify contradict each other")

    @property
    def token_endpoint(self) -> str:
        """The org authorization server's token endpoint."""
        return f"{self.org_url}/oauth2/v1/token"

    @property
    def proxy_url(self) -> httpx.URL | None:
        """The configured proxy with its credentials, or None; never log it (it holds the password)."""
        if self.proxy_host is None:
            return None
        host = self.proxy_host if "://" in self.proxy_host else f"http://{self.proxy_host}"
        try:
            url = httpx.URL(host)
            if self.proxy_port is not None:
                url = url.copy_with(port=self.proxy_port)
        except (httpx.InvalidURL, ValueError, TypeError):
            raise ConfigError(f"okta.client.proxy.host is not a host: {_quoted(self.proxy_host)}") from None
        if self.proxy_username is not None or self.proxy_password is not None:
            url = url.copy_with(username=self.proxy_username or "", password=self.proxy_password or "")
        return url


class OktaSettings(TypedDict, total=False):
    """The keyword arguments of ``load_config`` and ``OktaClient.from_config``: ``OktaConfig``'s fields,
    each meaning what the configuration table says; ``None`` means "not given"."""

    org_url: str | None
    authorization_mode: str | None
    token: str | None
    client_id: str | None
    scopes: str | Iterable[str] | None
    private_key: str | None
    kid: str | None
    dpop: bool | None
    connection_timeout: float | None
    read_timeout: float | None
    request_timeout: float | None
    max_retries: int | None
    max_wait: float | None
    pacing: bool | None
    pacing_threshold: int | None
    scope_check: bool | None
    strict_parsing: bool | None
    lazy_models: bool | None
    user_agent: str | None
    proxy_host: str | None
    proxy_port: int | None
    proxy_username: str | None
    proxy_password: str | None
    ca_bundle: str | None
    insecure_skip_tls_verify: bool | None
    plugins_block: str | Iterable[str] | None
    plugins_only: str | Iterable[str] | None
    plugins_skip_broken: bool | None
    plugin_settings: Mapping[str, Mapping[str, object]] | None
    """Plugins' own settings: plugin name -> setting name -> value (see each plugin's documentation)."""


_FIELDS: tuple[attrs.Attribute[Any], ...] = tuple(
    field for field in attrs.fields(OktaConfig) if "key" in field.metadata
)
"""The settings: every field a source can set (plugins' own settings are read apart)."""
_SOURCES: tuple[tuple[tuple[str, ...], str, str], ...] = tuple(
    (tuple(field.metadata["key"].split(".")[1:]), field.metadata["env"], field.name) for field in _FIELDS
)
"""(path in the YAML ``okta:`` mapping, environment variable, OktaConfig field) of every setting."""
_FIELD_NAMES = frozenset(field.name for field in _FIELDS)


def _default_text(field: attrs.Attribute[Any]) -> str:
    if field.default is attrs.NOTHING:
        return "required"
    if field.default == ():
        return "`[]`"
    text = str(field.default).lower() if isinstance(field.default, bool) else repr(field.default)
    return f"`{text}`".replace("'", '"')


def settings_table() -> str:
    """The README's configuration table, rendered from ``OktaConfig``'s fields."""
    lines = [
        "| okta.yaml key | Environment variable | Keyword | Type | Default | Meaning |",
        "|---|---|---|---|---|---|",
    ]
    for field in _FIELDS:
        key, env, doc = field.metadata["key"], field.metadata["env"], field.metadata["doc"]
        kind = str(field.type).replace("|", "\\|")
        lines.append(f"| `{key}` | `{env}` | `{field.name}` | `{kind}` | {_default_text(field)} | {doc} |")
    return "\n".join(lines) + "\n"


_IGNORED_SUBTREES = frozenset({("client", "plugins")})
"""Left to plugins' own settings: never warned about here."""
_IGNORED_ENV_PREFIXES = ("OKTA_CLIENT_PLUGINS_",)


def _closest(name: str, known: Iterable[str]) -> str | None:
    """The known name closest to a misspelt one, if any is close."""
    import difflib  # only for misspelt settings: it would add to every cold start

    close = difflib.get_close_matches(name, list(known), n=1)
    return close[0] if close else None


def _warn_unknown(name: str, known: Iterable[str], where: str) -> None:
    close = _closest(name, known)
    hint = f"; did you mean {close}?" if close else ""
    # Names only: a value may be a secret.
    warnings.warn(f"unknown setting {name} in {where} is ignored{hint}", UserWarning, stacklevel=4)


def _check_yaml_keys(node: Mapping[Any, Any], path: tuple[str, ...], where: str) -> None:
    """Warn about every key under ``okta:`` that names no setting (recursively)."""
    leaves = {keys for keys, _, _ in _SOURCES}
    for key in node:
        child = (*path, str(key))
        if child in leaves or child in _IGNORED_SUBTREES:
            continue
        if any(leaf[: len(child)] == child for leaf in leaves):
            if isinstance(node[key], Mapping):
                _check_yaml_keys(node[key], child, where)
            elif node[key] is not None:
                # e.g. ``proxy: http://host:3128``: read as nothing, it would silently connect directly.
                inner = sorted({leaf[len(child)] for leaf in leaves if leaf[: len(child)] == child})
                dotted = ".".join(("okta", *child))
                raise ConfigError(f"{dotted} in {where} must be a mapping with the keys {', '.join(inner)}")
            continue
        _warn_unknown(".".join(("okta", *child)), (".".join(("okta", *leaf)) for leaf in leaves), where)


def _check_environment(environ: Mapping[str, str]) -> None:
    known = {var for _, var, _ in _SOURCES}
    for name in sorted(environ):
        if name.startswith("OKTA_CLIENT_") and name not in known and not name.startswith(_IGNORED_ENV_PREFIXES):
            _warn_unknown(name, known, "the environment")


def _read_yaml(path: Path) -> dict[str, Any]:
    """Return the settings found in one okta.yaml, keyed by OktaConfig field."""
    if not path.is_file():
        return {}
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    try:
        # The Python parser: libyaml, when installed, refuses YAML 1.2 such as `{orgUrl: https://...}`.
        document = YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))
    except (OSError, YAMLError) as exc:
        # The parser's message may quote file content, which can be a secret.
        raise ConfigError(f"cannot read {path}: {type(exc).__name__}") from None
    if document is None:
        return {}
    if not isinstance(document, Mapping) or not isinstance(document.get("okta", {}), Mapping):
        raise ConfigError(f"{path} must hold a mapping under the key 'okta'")
    _check_yaml_keys(document.get("okta", {}), (), str(path))
    found: dict[str, Any] = {}
    for keys, _, field in _SOURCES:
        node: Any = document.get("okta", {})
        for key in keys:
            node = node.get(key) if isinstance(node, Mapping) else None
        if node is not None:
            found[field] = node
    client = document.get("okta", {}).get("client")
    if isinstance(client, Mapping):
        found["plugin_sources"] = file_settings(client.get("plugins"), str(path))
    return found


def _merge_files(*found: Mapping[str, Any]) -> dict[str, dict[str, tuple[object, str]]]:
    """Plugin settings of several okta.yaml files, key by key, the later file winning."""
    merged: dict[str, dict[str, tuple[object, str]]] = {}
    for settings in found:
        for plugin, values in settings.get("plugin_sources", {}).items():
            merged.setdefault(plugin, {}).update(values)
    return merged


def _read_environment(environ: Mapping[str, str]) -> dict[str, Any]:
    return {field: environ[var] for _, var, field in _SOURCES if environ.get(var, "").strip()}


def _check_keywords(overrides: Mapping[str, object]) -> None:
    unknown = sorted(set(overrides) - _FIELD_NAMES)
    if unknown:
        hints = []
        for name in unknown:
            close = _closest(name, sorted(_FIELD_NAMES))
            hints.append(f"{name} (did you mean {close}?)" if close else name)
        raise ConfigError(f"unknown configuration keys: {', '.join(hints)}")


def load_config(
    *,
    home: Path | None = None,
    cwd: Path | None = None,
    environ: Mapping[str, str] | None = None,
    **overrides: Unpack[OktaSettings],
) -> OktaConfig:
    """Merge every configuration source and return the final ``OktaConfig``.

    ``overrides`` are ``OktaConfig`` field names (see ``OktaSettings``); a ``None`` value means "not given".
    An unknown ``okta.yaml`` key or ``OKTA_CLIENT_*`` variable warns (``UserWarning``) and is ignored.
    """
    given = given_settings(overrides.pop("plugin_settings", None))
    _check_keywords(overrides)
    environ = os.environ if environ is None else environ
    files = (_read_yaml((home or Path.home()) / ".okta" / "okta.yaml"), _read_yaml((cwd or Path.cwd()) / "okta.yaml"))
    settings: dict[str, Any] = {}
    for found in files:
        settings.update(found)
    _check_environment(environ)
    settings.update(_read_environment(environ))
    settings.update({key: value for key, value in overrides.items() if value is not None})
    if "org_url" not in settings:
        raise ConfigError("no org URL: set okta.client.orgUrl or OKTA_CLIENT_ORGURL")
    settings["plugin_sources"] = SettingSources(
        files=_merge_files(*files),
        environ={name: value for name, value in environ.items() if name.startswith(ENV_PREFIX)},
        given=given,
    )
    return OktaConfig(**settings)
