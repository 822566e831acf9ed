"""Configuration: defaults < ~/.okta/okta.yaml < ./okta.yaml < environment < explicit arguments.

The YAML layout and ``OKTA_CLIENT_*`` variables are those of the official Okta SDKs,
so a user can switch without rewriting configuration.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from pathlib import Path
from typing import Any

import attrs

from ._errors import ConfigError
from ._origin import normalize_org_url
from ._plugin_settings import ENV_PREFIX, PluginSettings, SettingSources, file_settings, given_settings
from ._redact import redact_text

__all__ = ["OktaConfig", "load_config"]

AUTHORIZATION_MODES = ("SSWS", "Bearer", "PrivateKey")


def _redacted(value: object) -> str:
    return "None" if value is None else "'<redacted>'"


def _quoted(value: object) -> str:
    """A misplaced value as an error may quote it: a URL's password or a token after a scheme redacted."""
    return redact_text(repr(value))


def _names(value: object) -> tuple[str, ...]:
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


def _seconds(value: object) -> float:
    """Convert a YAML or environment value (``"30"``, ``30``, ``"2.5"``) to seconds."""
    return float(_non_negative(value, float))


def _count(value: object) -> int:
    """Convert a YAML or environment value (``"2"``, ``2``) to a count."""
    return int(_non_negative(value, int))


def _flag(value: object) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("1", "true", "yes", "on"):
        return True
    if text in ("0", "false", "no", "off", ""):
        return False
    raise ConfigError(f"expected true or false, got {_quoted(value)}")


def _mode(value: object) -> str:
    text = str(value).strip()
    for known in AUTHORIZATION_MODES:
        if text.lower() == known.lower():
            return known
    return text  # a third-party auth plugin may serve another mode


def _optional_text(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


@attrs.frozen(kw_only=True)
class OktaConfig:
    """The final configuration a client is built from. Secrets never appear in its repr."""

    org_url: str = attrs.field(converter=normalize_org_url)
    authorization_mode: str = attrs.field(default="SSWS", converter=_mode)
    token: str | None = attrs.field(default=None, repr=_redacted, converter=_optional_text)
    client_id: str | None = attrs.field(default=None, converter=_optional_text)
    scopes: tuple[str, ...] = attrs.field(default=(), converter=_names)
    private_key: str | None = attrs.field(default=None, repr=_redacted, converter=_optional_text)
    kid: str | None = attrs.field(default=None, converter=_optional_text)
    dpop: bool = attrs.field(default=False, converter=_flag)
    connection_timeout: float = attrs.field(default=30.0, converter=_seconds)
    """Seconds to wait for a connection (``connectionTimeout``); 0: no limit."""
    read_timeout: float = attrs.field(default=60.0, converter=_seconds)
    """Seconds to wait for each read or write on a connection (``readTimeout``); 0: no limit."""
    request_timeout: float = attrs.field(default=300.0, converter=_seconds)
    """The deadline of one call end to end: connecting, sending, every byte of the response body,
    retries and waits (``requestTimeout``, as in the official SDK); also caps each attempt's
    timeouts. 0: no deadline."""
    max_retries: int = attrs.field(default=2, converter=_count)
    """Retries after the first attempt (``rateLimit.maxRetries``), for 429s, 503/504s and network errors."""
    max_wait: float = attrs.field(default=75.0, converter=_seconds)
    """The longest wait before a retry or a paced call (``rateLimit.maxWait``): a longer one that the
    server asks for (``Retry-After``, ``X-Rate-Limit-Reset``) fails at once with the typed error, which
    says when to try again. Okta's windows are a minute; 0: no cap."""
    pacing: bool = attrs.field(default=False, converter=_flag)
    """Wait before calls whose rate-limit bucket is low instead of running into 429 (``rateLimit.pacing``)."""
    pacing_threshold: int = attrs.field(default=2, converter=_count)
    """With pacing, the ``X-Rate-Limit-Remaining`` at or below which calls wait for the reset."""
    scope_check: bool = attrs.field(default=True, converter=_flag)
    strict_parsing: bool = attrs.field(default=False, converter=_flag)
    """Check every response field's type and raise ``okta_api.errors.ResponseTypeError``
    (model, field, JSON pointer) on a mismatch (``strictParsing``); lenient by default."""
    lazy_models: bool = attrs.field(default=True, converter=_flag)
    """Response models convert each field when it is first read (``lazyModels``): fast for reading a few
    fields of many objects; false converts every field as the response is parsed."""
    plugins_block: tuple[str, ...] = attrs.field(default=(), converter=_names)
    plugins_only: tuple[str, ...] = attrs.field(default=(), converter=_names)
    plugins_skip_broken: bool = attrs.field(default=False, converter=_flag)
    """Skip an installed plugin that fails to load or validate, with a warning, instead of failing
    (``plugins.skipBroken``)."""
    plugin_sources: SettingSources = attrs.field(factory=SettingSources, repr=False, hash=False)
    """What okta.yaml, the environment and ``plugin_settings=`` say of plugins' own settings, unvalidated."""
    plugin_settings: Mapping[str, PluginSettings] = attrs.field(factory=dict, hash=False)
    """Each loaded plugin's validated settings, by plugin name (set once its ``okta_plugin_settings`` declared them)."""

    @property
    def token_endpoint(self) -> str:
        """The org authorization server's token endpoint."""
        return f"{self.org_url}/oauth2/v1/token"


# (path in the YAML ``okta:`` mapping, environment variable, OktaConfig field)
_SOURCES: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (("client", "orgUrl"), "OKTA_CLIENT_ORGURL", "org_url"),
    (
        ("client", "authorizationMode"),
        "OKTA_CLIENT_AUTHORIZATIONMODE",
        "authorization_mode",
    ),
    (("client", "token"), "OKTA_CLIENT_TOKEN", "token"),
    (("client", "clientId"), "OKTA_CLIENT_CLIENTID", "client_id"),
    (("client", "scopes"), "OKTA_CLIENT_SCOPES", "scopes"),
    (("client", "privateKey"), "OKTA_CLIENT_PRIVATEKEY", "private_key"),
    (("client", "kid"), "OKTA_CLIENT_KID", "kid"),
    (("client", "dpop"), "OKTA_CLIENT_DPOP", "dpop"),
    (
        ("client", "connectionTimeout"),
        "OKTA_CLIENT_CONNECTIONTIMEOUT",
        "connection_timeout",
    ),
    (("client", "readTimeout"), "OKTA_CLIENT_READTIMEOUT", "read_timeout"),
    (("client", "requestTimeout"), "OKTA_CLIENT_REQUESTTIMEOUT", "request_timeout"),
    (
        ("client", "rateLimit", "maxRetries"),
        "OKTA_CLIENT_RATELIMIT_MAXRETRIES",
        "max_retries",
    ),
    (("client", "rateLimit", "maxWait"), "OKTA_CLIENT_RATELIMIT_MAXWAIT", "max_wait"),
    (("client", "rateLimit", "pacing"), "OKTA_CLIENT_RATELIMIT_PACING", "pacing"),
    (
        ("client", "rateLimit", "pacingThreshold"),
        "OKTA_CLIENT_RATELIMIT_PACINGTHRESHOLD",
        "pacing_threshold",
    ),
    (("client", "scopeCheck"), "OKTA_CLIENT_SCOPECHECK", "scope_check"),
    (("client", "strictParsing"), "OKTA_CLIENT_STRICTPARSING", "strict_parsing"),
    (("client", "lazyModels"), "OKTA_CLIENT_LAZYMODELS", "lazy_models"),
    (("plugins", "block"), "OKTA_PLUGINS_BLOCK", "plugins_block"),
    (("plugins", "only"), "OKTA_PLUGINS_ONLY", "plugins_only"),
    (("plugins", "skipBroken"), "OKTA_PLUGINS_SKIPBROKEN", "plugins_skip_broken"),
)
_FIELDS = frozenset(field for _, _, field in _SOURCES)


def _read_yaml(path: Path) -> dict[str, Any]:
    """Return the settings found in one okta.yaml, keyed by OktaConfig field."""
    if not path.is_file():
        return {}
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    try:
        document = YAML(typ="safe").load(path.read_text(encoding="utf-8"))
    except (OSError, YAMLError) as exc:
        # The parser's message may quote file content, which can be a secret.
        raise ConfigError(f"cannot read {path}: {type(exc).__name__}") from None
    if document is None:
        return {}
    if not isinstance(document, Mapping) or not isinstance(document.get("okta", {}), Mapping):
        raise ConfigError(f"{path} must hold a mapping under the key 'okta'")
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


def load_config(
    *,
    home: Path | None = None,
    cwd: Path | None = None,
    environ: Mapping[str, str] | None = None,
    **overrides: Any,
) -> OktaConfig:
    """Merge every configuration source and return the final ``OktaConfig``.

    ``overrides`` are ``OktaConfig`` field names, plus ``plugin_settings`` (plugin name -> setting
    name -> value); a ``None`` value means "not given".
    """
    given = given_settings(overrides.pop("plugin_settings", None))
    unknown = set(overrides) - _FIELDS
    if unknown:
        raise ConfigError(f"unknown configuration keys: {', '.join(sorted(unknown))}")
    environ = os.environ if environ is None else environ
    files = (_read_yaml((home or Path.home()) / ".okta" / "okta.yaml"), _read_yaml((cwd or Path.cwd()) / "okta.yaml"))
    settings: dict[str, Any] = {}
    for found in files:
        settings.update(found)
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
