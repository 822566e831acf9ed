"""The `Args:` and `Raises:` sections of each operation's docstrings, as plain text for the template.

Google style, as pdoc reads it: one `name (type): text` entry per argument, continuation lines indented
four spaces more. The text is the spec's description of the parameter and the default Okta applies when
the argument is left out (the generated function then leaves it out of the request).
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass

WIDTH = 90
"""Line width of a section, before the template indents it into the function body."""

OKTA_DOCS = "https://developer.okta.com/docs/api"
"""Where Okta's site-relative links (`[User](/openapi/...)`) point: they would be broken in our reference."""


@dataclass(frozen=True)
class Argument:
    python_name: str
    type_string: str
    description: str = ""
    okta_default: object = None
    """The spec's default: what Okta applies when the argument is not sent (None: no default)."""


def argument_entry(argument: Argument) -> str:
    """One `Args:` entry, wrapped, continuation lines indented four spaces."""
    text = " ".join(spec_text(_unquoted(argument.description)).split())
    if argument.okta_default is not None:
        text = f"{text} Okta's default: {_shown(argument.okta_default)}.".strip()
    head = f"{argument.python_name} ({argument.type_string}):"
    return textwrap.fill(
        f"{head} {text}".rstrip() if text else head,
        width=WIDTH,
        subsequent_indent="    ",
        break_long_words=False,
        break_on_hyphens=False,
    )


def args_section(arguments: list[Argument]) -> str:
    """The entries of `Args:` (without the heading), one per argument, in order."""
    return "\n".join(argument_entry(a) for a in arguments)


def raises_section(*, checks_arguments: bool, has_content_type: bool) -> str:
    """The entries of `Raises:`: what a call through OktaClient raises, then the plain generated Client."""
    entries = [
        "okta_client.OktaApiError: Okta answered with an error status (through OktaClient). The subclass names "
        "the status: BadRequestError (400), UnauthorizedError (401), ForbiddenError (403), NotFoundError (404), "
        "ConflictError (409), RateLimitError (429, once retries are spent), ServerError (5xx).",
        "okta_client.OktaTransportError: The request could not be sent or its answer not read (through "
        "OktaClient); OktaTimeoutError when it timed out.",
    ]
    if checks_arguments:
        entries.append("errors.InvalidArgument: An argument breaks the spec's rules (its pattern or length).")
    if has_content_type:
        entries.append("ValueError: content_type is not one of the media types the operation accepts.")
    entries += [
        "errors.UnexpectedStatus: With the plain generated Client only, when raise_on_unexpected_status is set "
        "and Okta answers with a status the spec does not document.",
        "httpx.TimeoutException: With the plain generated Client only, when the request takes longer than its timeout.",
    ]
    return "\n".join(
        textwrap.fill(entry, width=WIDTH, subsequent_indent="    ", break_long_words=False, break_on_hyphens=False)
        for entry in entries
    )


def _unquoted(text: str) -> str:
    """`text` without Markdown quote markers (Okta's `> **Note:**`), which mean nothing inside one entry."""
    return "\n".join(re.sub(r"^\s*>\s?", "", line) for line in text.splitlines())


def _absolute_links(text: str) -> str:
    """Okta's site-relative Markdown links, made absolute."""
    return re.sub(r"\]\(/(?!/)", f"]({OKTA_DOCS}/", text)


# A Markdown link whose target is not absolute (`scheme:`): relative to a page of Okta's site, or an
# anchor in one (`#activate-user`, `#components/schemas/...`), that the reader of a docstring is not on.
RELATIVE_LINK = re.compile(r"\[([^\]]*)\]\((?![a-zA-Z][a-zA-Z0-9+.-]*:)([^)\s]*)\)")


def spec_text(text: str) -> str:
    """Spec prose as docstrings show it: site-relative links absolute, other relative links and in-page
    anchors (which point into Okta's pages, not ours) as their text."""
    return RELATIVE_LINK.sub(r"\1", _absolute_links(text))


def wrapped(text: str, width: int) -> str:
    """`text` wrapped at `width`, never splitting a word or a URL (a split link is a broken one)."""
    return "\n".join(
        textwrap.fill(line, width, break_long_words=False, break_on_hyphens=False) if line.strip() else line
        for line in text.splitlines()
    )


def _shown(value: object) -> str:
    """A default as a reader writes it in Python ('asc', 200, False), escaped for a docstring."""
    return repr(value).replace("\\", "\\\\").replace('"""', '\\"""')
