"""The reference build: pdoc warnings fail it, and the link checker finds every broken internal link."""

from __future__ import annotations

import re
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.docs import build, linkcheck


def _page(path: Path, body: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"<!doctype html><html><body>{body}</body></html>", encoding="utf-8")


def test_linkcheck_accepts_resolving_links_and_leaves_external_ones(tmp_path: Path) -> None:
    _page(tmp_path / "index.html", '<a href="pkg/mod.html#Thing">t</a> <a href="#top" id="top">top</a>')
    _page(tmp_path / "pkg" / "mod.html", '<h1 id="Thing">T</h1><a href="../index.html">up</a><img src="x.png">')
    (tmp_path / "pkg" / "x.png").write_bytes(b"")
    _page(tmp_path / "ext.html", '<a href="https://example.com/#nowhere">e</a><a href="mailto:a@b.c">m</a>')
    assert linkcheck.check_site(tmp_path) == []


@pytest.mark.parametrize(
    ("link", "reason"),
    [
        ("missing.html", "no such file missing.html"),
        ("other.html#gone", "no anchor #gone in other.html"),
        ("#gone", "no anchor #gone in index.html"),
        ("../outside.html", "points outside the site"),
        ("sub/", "no such file sub"),
    ],
)
def test_linkcheck_reports_each_broken_link(tmp_path: Path, link: str, reason: str) -> None:
    (tmp_path / "sub").mkdir()
    _page(tmp_path / "other.html", '<p id="here">x</p>')
    _page(tmp_path / "index.html", f'<a href="{link}">broken</a>')
    assert [str(item) for item in linkcheck.check_site(tmp_path)] == [f"index.html: {link!r}: {reason}"]


def test_linkcheck_cli_fails_on_a_broken_link_and_on_an_empty_site(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert linkcheck.main([str(tmp_path)]) == 1
    _page(tmp_path / "index.html", '<a href="nope.html">x</a>')
    assert linkcheck.main([str(tmp_path)]) == 1
    assert "'nope.html': no such file nope.html" in capsys.readouterr().err
    _page(tmp_path / "nope.html", "")
    assert linkcheck.main([str(tmp_path)]) == 0


@pytest.fixture
def scratch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> Iterator[Path]:
    """A directory on sys.path for a throw-away package, removed from sys.modules afterwards."""
    monkeypatch.syspath_prepend(str(tmp_path))
    before = set(sys.modules)
    yield tmp_path
    for name in set(sys.modules) - before:
        del sys.modules[name]


def _package(root: Path, name: str, init: str, **modules: str) -> None:
    package = root / name
    package.mkdir()
    (package / "__init__.py").write_text(textwrap.dedent(init), encoding="utf-8")
    for module, source in modules.items():
        (package / f"{module}.py").write_text(textwrap.dedent(source), encoding="utf-8")


LAZY_INIT = '''
    """A package whose exports load on first access, as okta_api's and okta_plugins' do."""
    from importlib import import_module
    from typing import Any

    __all__ = ["Thing"]


    def __getattr__(name: str) -> Any:
        if name == "Thing":
            return import_module(".impl", __name__).Thing
        raise AttributeError(name)
'''
IMPL = '''
    """Where `Thing` lives."""


    class Thing:
        """A thing; see `Thing.size`."""

        size: int = 1
        """How big."""
'''


def test_lazy_exports_and_unlisted_submodules_build_without_warnings(scratch: Path) -> None:
    _package(scratch, "docs_lazy", LAZY_INIT, impl=IMPL)
    out = scratch / "site"
    build.build(out, build.prepare(["docs_lazy"], extra=(), index_only=()))
    # The package page documents the export; `impl` is left out of `__all__` and still gets its page.
    assert 'id="Thing"' in (out / "docs_lazy.html").read_text(encoding="utf-8")
    assert (out / "docs_lazy" / "impl.html").is_file()
    assert linkcheck.check_site(out) == []


def test_a_pdoc_warning_fails_the_build(scratch: Path) -> None:
    _package(scratch, "docs_warns", '"""Exports a name that does not exist."""\n__all__ = ["Missing"]\n')
    expected = re.escape("Found 'Missing' in docs_warns.__all__, but it does not resolve")
    with pytest.raises(build.DocsWarning, match=expected):
        build.build(scratch / "site", build.prepare(["docs_warns"], extra=(), index_only=()))


def test_a_broken_link_in_a_docstring_fails_the_link_check(scratch: Path) -> None:
    _package(scratch, "docs_links", '"""See [the setup](../nowhere.html) and [below](#no-such-anchor)."""\n')
    out = scratch / "site"
    build.build(out, build.prepare(["docs_links"], extra=(), index_only=()))
    broken = {item.link for item in linkcheck.check_site(out)}
    assert broken == {"../nowhere.html", "#no-such-anchor"}
    assert linkcheck.main([str(out)]) == 1


CHILD = '''
    """A public class on a base from outside the reference."""

    from json import JSONEncoder


    class Child(JSONEncoder):
        """Call `Child.encode`."""
'''


def test_a_member_inherited_from_an_undocumented_base_keeps_its_anchor(scratch: Path) -> None:
    # pdoc links `Child.encode` to an anchor its default template leaves out: JSONEncoder is not documented.
    _package(scratch, "docs_inherit", '"""Inheritance."""\n', child=CHILD)
    out = scratch / "site"
    build.build(out, build.prepare(["docs_inherit"], extra=(), index_only=()))
    assert 'href="#Child.encode"' in (out / "docs_inherit" / "child.html").read_text(encoding="utf-8")
    assert linkcheck.check_site(out) == []


PRIVATE_BASE = '''
    """A public class on a private base of the same module."""


    class _Hidden:
        pass


    class Shown(_Hidden):
        """Shown."""
'''


def test_a_private_base_class_is_named_not_linked(scratch: Path) -> None:
    _package(scratch, "docs_private", '"""Private bases."""\n', shown=PRIVATE_BASE)
    out = scratch / "site"
    build.build(out, build.prepare(["docs_private"], extra=(), index_only=()))
    assert '<span class="base">_Hidden</span>' in (out / "docs_private" / "shown.html").read_text(encoding="utf-8")
    assert linkcheck.check_site(out) == []


def test_a_module_left_without_a_page_fails_the_build(scratch: Path) -> None:
    # `hidden` is imported but left out of `__all__`, and not given to pdoc: it would go undocumented.
    _package(scratch, "docs_gap", '"""Gap."""\nfrom . import hidden\n__all__ = ["hidden"]\n', hidden='"""H."""\n')
    build.build(scratch / "ok", ["docs_gap"])
    _package(scratch, "docs_gap2", '"""Gap."""\nfrom . import hidden\n__all__: list[str] = []\n', hidden='"""H."""\n')
    with pytest.raises(build.DocsWarning, match=re.escape("no page for module docs_gap2.hidden")):
        build.build(scratch / "gap", ["docs_gap2"])


def test_the_plugins_page_carries_the_readme_and_the_hooks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import okta_plugins
    import okta_plugins.hookspecs

    monkeypatch.setattr(okta_plugins, "__doc__", okta_plugins.__doc__)  # prepare() appends the README to it
    out = tmp_path / "site"
    build.build(out, build.prepare(["okta_plugins"], extra=(), index_only=()))
    page = (out / "okta_plugins.html").read_text(encoding="utf-8")
    assert 'id="configuration"' in page
    hooks = (out / "okta_plugins" / "hookspecs.html").read_text(encoding="utf-8")
    names = [name for name in vars(okta_plugins.hookspecs) if name.startswith("okta_")]
    assert names
    assert all(f'id="{name}"' in hooks for name in names)
    assert linkcheck.check_site(out) == []
