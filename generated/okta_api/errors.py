"""Errors raised by generated endpoints."""

from ._arguments import InvalidArgument
from ._convert import ResponseParseError, ResponseShapeError, ResponseTypeError
from ._error_root import OktaError


class UnexpectedStatus(OktaError):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


__all__ = [
    "InvalidArgument",
    "OktaError",
    "ResponseParseError",
    "ResponseShapeError",
    "ResponseTypeError",
    "UnexpectedStatus",
]
