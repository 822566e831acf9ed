"""The one redaction of URLs and free text used by every error message, repr and log record.

A URL keeps its scheme, host, port and path; its userinfo becomes ``<redacted>@`` and query values
off ``SHOWN_QUERY_PARAMETERS`` become ``<redacted>`` (``client_assertion``, ``token``, ``q``...);
a fragment is dropped. Free text (another library's log message) gets the same treatment for every
URL in it, plus header values off ``SHOWN_HEADERS`` and credentials after an auth scheme.
"""

from __future__ import annotations

import re

import httpx

REDACTED = "<redacted>"

SHOWN_HEADERS = frozenset(
    {
        "accept",
        "accept-encoding",
        "cache-control",
        "connection",
        "content-encoding",
        "content-length",
        "content-type",
        "date",
        "host",
        "retry-after",
        "transfer-encoding",
        "user-agent",
        "x-okta-request-id",
        "x-okta-retry-count",
        "x-okta-retry-for",
        "x-rate-limit-limit",
        "x-rate-limit-remaining",
        "x-rate-limit-reset",
    }
)
"""Headers whose values are logged; every other value (``Authorization``, ``DPoP``, cookies, ``Link``) is not."""

SHOWN_QUERY_PARAMETERS = frozenset({"limit", "after", "expand", "sortBy", "sortOrder", "activate", "provider"})
"""Query parameters whose values are shown; ``q``, ``filter`` and ``search`` may hold personal data,
``token`` or ``client_assertion`` a credential."""

_URL_IN_TEXT = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://(?:<redacted>|[^\s\"'<>`])+")
_USERINFO = re.compile(r"(//)[^/?#@\s]*@")
# A header as httpcore and h11 print it: (b'Set-Cookie', b'sid=...'), either quote, with or without b.
_HEADER_PAIR = re.compile(
    r"""\(\s*b?(?P<q1>['"])(?P<name>[!#$%&*+.^_`|~0-9A-Za-z-]+)(?P=q1)\s*,\s*"""
    r"""b?(?P<q2>['"])(?P<value>(?:\\.|(?!(?P=q2)).)*)(?P=q2)\s*\)"""
)
# A header as a mapping or a header block prints it: 'Authorization': '...' or Set-Cookie: ...
_SECRET_HEADER_FIELD = re.compile(
    r"""(?ix)(?P<name>\b(?:proxy-)?authorization|\bset-cookie|\bcookie|\bdpop|\bx-okta-[a-z-]*token)"""
    r"""(?P<sep>['"]?\s*[:=]\s*b?['"]?)(?P<value>[^'"\r\n,;)}\]]*)"""
)
_AUTH_SCHEME = re.compile(r"(?i)\b(SSWS|Bearer|DPoP|Basic)(\s+)[A-Za-z0-9._~+/=-]+")


def redacted_query(url: httpx.URL) -> str:
    """``url``'s query with values off the allowlist redacted (``""`` without a query)."""
    return "&".join(
        f"{name}={value if name in SHOWN_QUERY_PARAMETERS else REDACTED}" for name, value in url.params.multi_items()
    )


def redacted_target(url: httpx.URL) -> str:
    """The path and query of ``url``, with query values off the allowlist redacted."""
    return f"{url.path}?{redacted_query(url)}" if url.query else url.path


def redact_url(url: str | httpx.URL) -> str:
    """``url`` without userinfo, fragment or query values off the allowlist; safe for any message."""
    try:
        parsed = url if isinstance(url, httpx.URL) else httpx.URL(str(url).strip())
    except (httpx.InvalidURL, TypeError, ValueError):
        return _redact_unparsed(str(url))
    userinfo = f"{REDACTED}@" if parsed.userinfo else ""
    origin = f"{parsed.scheme}://{userinfo}{parsed.netloc.decode('ascii')}" if parsed.host else ""
    return origin + redacted_target(parsed)


def _redact_unparsed(text: str) -> str:
    """What can be said of text that is not a URL: no userinfo, no query, no fragment."""
    text = _USERINFO.sub(rf"\1{REDACTED}@", text)
    for mark in "?#":
        if mark in text:
            text = text.split(mark, 1)[0] + mark + REDACTED
    return text


def _header_pair(match: re.Match[str]) -> str:
    if match["name"].lower() in SHOWN_HEADERS:
        return match[0]
    start, end = match.span("value")
    whole_start = match.start()
    return match[0][: start - whole_start] + REDACTED + match[0][end - whole_start :]


def redact_text(text: str) -> str:
    """``text`` with every URL redacted, header values off the allowlist and credentials after an
    auth scheme (``Bearer ...``) replaced by ``<redacted>``."""
    text = _URL_IN_TEXT.sub(lambda match: redact_url(match[0]), text)
    text = _HEADER_PAIR.sub(_header_pair, text)
    text = _SECRET_HEADER_FIELD.sub(lambda match: f"{match['name']}{match['sep']}{REDACTED}", text)
    return _AUTH_SCHEME.sub(rf"\1\2{REDACTED}", text)
