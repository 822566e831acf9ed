"""Check a built HTML site's internal links: `python -m tests.docs.linkcheck SITE_DIR`.

Every relative `href`/`src` must name a file inside the site, and every `#fragment` an `id` (or `<a name>`) of
the page it points at. Absolute URLs (with a scheme or `//host`) are left alone: the check runs offline.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

LINK_ATTRIBUTES = frozenset({"href", "src"})


@dataclass(frozen=True)
class BrokenLink:
    """One link that does not resolve: the page it is on, the link as written, and why."""

    page: Path
    link: str
    reason: str

    def __str__(self) -> str:
        return f"{self.page}: {self.link!r}: {self.reason}"


@dataclass
class _Page(HTMLParser):
    anchors: set[str] = field(default_factory=set)
    links: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        HTMLParser.__init__(self)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (tag == "a" and name == "name"):
                self.anchors.add(value)
            elif name in LINK_ATTRIBUTES:
                self.links.append(value)


def _parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    page.close()
    return page


def check_site(site: Path) -> list[BrokenLink]:
    """Every broken internal link of the HTML pages under `site`."""
    root = site.resolve()
    pages = {path.resolve(): _parse(path) for path in sorted(root.rglob("*.html"))}
    broken: list[BrokenLink] = []
    for path, page in pages.items():
        for link in page.links:
            reason = _check_link(root, path, link, pages)
            if reason is not None:
                broken.append(BrokenLink(path.relative_to(root), link, reason))
    return broken


def _check_link(root: Path, page: Path, link: str, pages: dict[Path, _Page]) -> str | None:
    parts = urlsplit(link)
    if parts.scheme or parts.netloc:
        return None  # external, or data:/mailto:/javascript:
    target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
    if not target.is_relative_to(root):
        return "points outside the site"
    if not target.is_file():
        return f"no such file {target.relative_to(root)}"
    if not parts.fragment:
        return None
    target_page = pages.get(target)
    if target_page is None:
        return f"#{parts.fragment} on a file that is not an HTML page"
    if unquote(parts.fragment) not in target_page.anchors:
        return f"no anchor #{parts.fragment} in {target.relative_to(root)}"
    return None


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m tests.docs.linkcheck SITE_DIR", file=sys.stderr)
        return 2
    site = Path(argv[0])
    if not any(site.rglob("*.html")):
        print(f"linkcheck: no HTML pages under {site}", file=sys.stderr)
        return 1
    broken = check_site(site)
    for item in broken:
        print(item, file=sys.stderr)
    if broken:
        print(f"linkcheck: {len(broken)} broken internal link(s) under {site}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
