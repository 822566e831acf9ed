"""The errors the generator reports: bad input located by file and JSON pointer, and failed plugins."""

from __future__ import annotations


class SpecError(Exception):
    """A problem in an input document, located by file and RFC 6901 JSON pointer (already escaped).

    An empty pointer is the whole document (`file#`).
    """

    def __init__(self, file: str, pointer: str, message: str) -> None:
        self.file = file
        self.pointer = pointer
        self.message = message
        super().__init__(f"{file}#{pointer}: {message}")

    def __reduce__(self) -> tuple[type[SpecError], tuple[str, str, str], dict[str, object]]:
        # Exceptions pickle their args (here the joined text): a check run in a child process sends these back.
        return type(self), (self.file, self.pointer, self.message), self.__dict__


class PluginFailed(Exception):
    """A build-time plugin raised something other than SpecError; names the plugin and its hook."""

    def __init__(self, plugin: str, hook: str, error: BaseException, transform: str | None = None) -> None:
        self.plugin = plugin
        self.hook = hook
        self.transform = transform
        what = f"transform {transform!r} of plugin {plugin!r}" if transform else f"plugin {plugin!r}"
        super().__init__(f"{what} failed in hook {hook}: {type(error).__name__}: {error}")
