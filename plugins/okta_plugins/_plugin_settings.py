"""A plugin's own settings: declared through ``okta_plugin_settings``, read from okta.yaml
(``okta.client.plugins.<name>.<key>``), ``OKTA_CLIENT_PLUGINS_<NAME>_<KEY>`` and
``plugin_settings={"<name>": {...}}``, validated, and handed over as ``config.plugin_settings[name]``."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import attrs

from ._errors import ConfigError, PluginSettingsError
from ._redact import REDACTED, redact_text

__all__ = ["PluginSettings", "Setting", "SettingSources", "resolve_settings"]

_TYPES: tuple[type, ...] = (str, int, float, bool, tuple)
ENV_PREFIX = "OKTA_CLIENT_PLUGINS_"


@attrs.frozen
class Setting:
    """One setting a plugin declares in its ``okta_plugin_settings`` answer.

    :param type: ``str``, ``int``, ``float``, ``bool`` or ``tuple`` (a list of names: a YAML list or a
        comma/space separated string).
    :param default: the value when no source sets it.
    :param required: whether a source must set it (the client is not built otherwise).
    :param secret: keep its value out of reprs and error messages, like ``okta.client.token``.
    :param doc: one line saying what it is for.
    """

    type: type = str
    default: object = None
    required: bool = False
    secret: bool = False
    doc: str = ""

    def __attrs_post_init__(self) -> None:
        if self.type not in _TYPES:
            raise TypeError(f"Setting type must be one of str, int, float, bool, tuple; got {self.type!r}")


class PluginSettings(Mapping[str, Any]):
    """One plugin's validated settings: a read-only mapping, also readable as attributes.
    Values of ``secret`` settings show as ``'<redacted>'`` in its repr."""

    def __init__(self, plugin: str, values: Mapping[str, Any], secret: frozenset[str] = frozenset()) -> None:
        self._plugin = plugin
        self._values = dict(values)
        self._secret = secret

    @property
    def plugin(self) -> str:
        """The name of the plugin these settings belong to."""
        return self._plugin

    def __getitem__(self, key: str) -> Any:
        return self._values[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __getattr__(self, key: str) -> Any:
        try:
            return self.__dict__["_values"][key]
        except KeyError:
            raise AttributeError(f"plugin {self.__dict__.get('_plugin')!r} has no setting {key!r}") from None

    def __repr__(self) -> str:
        shown = ", ".join(
            f"{key}={REDACTED!r}" if key in self._secret and value is not None else f"{key}={value!r}"
            for key, value in self._values.items()
        )
        return f"PluginSettings({self._plugin!r}, {shown})"


@attrs.frozen
class SettingSources:
    """What the configuration sources say about plugins' settings, before any plugin declared them."""

    files: Mapping[str, Mapping[str, tuple[object, str]]] = attrs.field(factory=dict)
    """Plugin -> key -> (value, where: ``okta.client.plugins.<name>.<key> in <path>``), the later file winning."""
    environ: Mapping[str, str] = attrs.field(factory=dict)
    """The ``OKTA_CLIENT_PLUGINS_*`` variables."""
    given: Mapping[str, Mapping[str, object]] = attrs.field(factory=dict)
    """The ``plugin_settings=`` keyword argument."""


def env_name(text: str) -> str:
    """``acme-audit`` -> ``ACME_AUDIT``: how a plugin or key name appears in a variable name."""
    return re.sub(r"[^A-Za-z0-9]+", "_", text).strip("_").upper()


def file_settings(section: object, where: str) -> dict[str, dict[str, tuple[object, str]]]:
    """The ``okta.client.plugins`` mapping of one okta.yaml, each value with where it was found."""
    if section is None:
        return {}
    if not isinstance(section, Mapping):
        raise ConfigError(f"okta.client.plugins in {where} must map plugin names to their settings")
    found: dict[str, dict[str, tuple[object, str]]] = {}
    for plugin, values in section.items():
        if not isinstance(values, Mapping):
            raise PluginSettingsError(
                f"okta.client.plugins.{plugin} in {where} must be a mapping of setting names to values",
                plugin=str(plugin),
            )
        found[str(plugin)] = {
            str(key): (value, f"okta.client.plugins.{plugin}.{key} in {where}") for key, value in values.items()
        }
    return found


def given_settings(value: object) -> dict[str, dict[str, object]]:
    """Check the ``plugin_settings=`` keyword argument: plugin name -> setting name -> value."""
    if value is None:
        return {}
    if not isinstance(value, Mapping) or not all(isinstance(values, Mapping) for values in value.values()):
        raise ConfigError("plugin_settings= must map plugin names to mappings of setting names to values")
    return {str(plugin): {str(key): item for key, item in values.items()} for plugin, values in value.items()}


def resolve_settings(
    plugin: str, distribution: str | None, declared: object, sources: SettingSources
) -> PluginSettings:
    """Validate what the sources say of ``plugin``'s declared settings; keyword > environment > files > default."""
    declaration = _declaration(plugin, distribution, declared)
    known = ", ".join(sorted(declaration)) or "(none)"
    given = sources.given.get(plugin, {})
    files = sources.files.get(plugin, {})
    for key in [*given, *files]:
        if key not in declaration:
            where = f"plugin_settings[{plugin!r}]" if key in given else files[key][1]
            raise _error(plugin, distribution, key, where, f"is not a setting of this plugin (it has: {known})")
    values: dict[str, Any] = {}
    for key, setting in declaration.items():
        variable = f"{ENV_PREFIX}{env_name(plugin)}_{env_name(key)}"
        if key in given:
            raw, where = given[key], f"plugin_settings[{plugin!r}][{key!r}]"
        elif sources.environ.get(variable, "").strip():
            raw, where = sources.environ[variable], variable
        elif key in files:
            raw, where = files[key]
        elif setting.required:
            raise _error(
                plugin,
                distribution,
                key,
                f"okta.client.plugins.{plugin}.{key}, {variable} or plugin_settings",
                "is required",
            )
        else:
            values[key] = setting.default
            continue
        values[key] = _convert(plugin, distribution, key, setting, raw, where)
    secret = frozenset(key for key, setting in declaration.items() if setting.secret)
    return PluginSettings(plugin, values, secret)


def _declaration(plugin: str, distribution: str | None, declared: object) -> dict[str, Setting]:
    if declared is None:
        return {}
    if not isinstance(declared, Mapping) or not all(
        isinstance(key, str) and isinstance(setting, Setting) for key, setting in declared.items()
    ):
        raise PluginSettingsError(
            f"okta_plugin_settings of plugin {plugin!r} must return a mapping of setting names to "
            f"okta_plugins.Setting, not {type(declared).__name__}",
            plugin=plugin,
            distribution=distribution,
            hook="okta_plugin_settings",
        )
    return dict(declared)


def _error(plugin: str, distribution: str | None, key: str, where: str, problem: str) -> PluginSettingsError:
    return PluginSettingsError(
        f"setting {key!r} of plugin {plugin!r} ({where}) {problem}", plugin=plugin, distribution=distribution
    )


def _convert(plugin: str, distribution: str | None, key: str, setting: Setting, raw: object, where: str) -> Any:
    try:
        return _CONVERTERS[setting.type](raw)
    except (TypeError, ValueError):
        shown = REDACTED if setting.secret else redact_text(repr(raw))
        raise _error(plugin, distribution, key, where, f"must be {setting.type.__name__}, got {shown}") from None


def _text(raw: object) -> str:
    if isinstance(raw, str | int | float) and not isinstance(raw, bool):
        return str(raw).strip()
    raise TypeError


def _integer(raw: object) -> int:
    if isinstance(raw, bool) or not isinstance(raw, str | int):
        raise TypeError
    return int(raw.strip() if isinstance(raw, str) else raw)


def _number(raw: object) -> float:
    if isinstance(raw, bool) or not isinstance(raw, str | int | float):
        raise TypeError
    return float(raw.strip() if isinstance(raw, str) else raw)


def _flag(raw: object) -> bool:
    if isinstance(raw, bool):
        return raw
    text = str(raw).strip().lower()
    if text in ("1", "true", "yes", "on"):
        return True
    if text in ("0", "false", "no", "off"):
        return False
    raise ValueError


def _names(raw: object) -> tuple[str, ...]:
    if isinstance(raw, str):
        return tuple(part for part in raw.replace(",", " ").split() if part)
    if isinstance(raw, Sequence):
        return tuple(str(part).strip() for part in raw if str(part).strip())
    raise TypeError


_CONVERTERS: dict[type, Any] = {str: _text, int: _integer, float: _number, bool: _flag, tuple: _names}
