"""The one error type the generator raises for bad input."""

from __future__ import annotations


class SpecError(Exception):
    """A problem in an input document, located by file and JSON pointer."""

    def __init__(self, file: str, pointer: str, message: str) -> None:
        self.file = file
        self.pointer = pointer or "/"
        self.message = message
        super().__init__(f"{file}#{self.pointer}: {message}")
