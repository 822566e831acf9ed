"""Sessions the Makefile calls; they run in the project's .venv (`nox --no-venv`)."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import nox

nox.options.default_venv_backend = "none"
nox.options.sessions = ["check_generated", "lint", "typecheck", "tests", "httpx_bounds", "contract", "targets", "docs"]
ROOT = Path(__file__).resolve().parent
PRISM = ROOT / "node_modules" / ".bin" / "prism"
# Specs built and tested without shipping their client (spec/targets/<name>.toml); spec/upstream.toml is shipped.
TARGETS = sorted(path.stem for path in (ROOT / "spec" / "targets").glob("*.toml"))
# What runs against every target's client: the contract tests and the target-independent replay of recorded responses.
TARGET_TESTS = ("tests/contract", "tests/targets")
DOCS = ROOT / "build" / "docs"
# The runtime's tests, run again against the lowest and the newest httpx the dependency range allows.
HTTPX_TESTS = ("tests/plugins", "tests/client")


@nox.session(python=False)
def regenerate(session: nox.Session) -> None:
    """Regenerate generated/okta_api from the pinned spec and our fragments."""
    session.run("python", "-m", "okta_codegen", "generate")


@nox.session(python=False)
def check_generated(session: nox.Session) -> None:
    """Fail when the committed generated/ differs from what the generator produces now."""
    session.run("python", "-m", "okta_codegen", "check")


@nox.session(python=False)
def lint(session: nox.Session) -> None:
    """ruff lint and format checks of the hand-written code; generated code is checked by `check_generated`."""
    session.run("ruff", "check", "generator", "plugins", "tests", "noxfile.py")
    session.run("ruff", "format", "--check", "generator", "plugins", "tests", "noxfile.py")


@nox.session(python=False)
def typecheck(session: nox.Session) -> None:
    """mypy --strict on the generator, the runtime and the generated package."""
    session.run("mypy", "generator/okta_codegen", "plugins/okta_plugins", "plugins/okta_client")
    session.run("mypy", "generated/okta_api")


@nox.session(python=False)
def tests(session: nox.Session) -> None:
    """The unit and behaviour suite; the contract tests are the `contract` session."""
    # This interpreter's pytest (the .venv's, as `.venv/bin/nox` runs), whatever PATH says.
    session.run(sys.executable, "-m", "pytest", "--ignore=tests/contract", "--ignore=tests/targets", *session.posargs)


def _httpx_range() -> tuple[str, str]:
    """pyproject.toml's httpx requirement, and the lowest version it allows (its `>=` bound) pinned exactly."""
    import tomllib

    from packaging.requirements import Requirement

    with (ROOT / "pyproject.toml").open("rb") as file:
        dependencies = tomllib.load(file)["project"]["dependencies"]
    requirement = next(Requirement(line) for line in dependencies if Requirement(line).name == "httpx")
    lowest = next(spec.version for spec in requirement.specifier if spec.operator == ">=")
    return str(requirement), f"httpx=={lowest}"


@nox.session(python=False)
def httpx_bounds(session: nox.Session) -> None:
    """The runtime tests against the lowest and the newest httpx the pin allows, each installed aside (the .venv's
    own httpx is left as it is) and put first on the path."""
    allowed, lowest = _httpx_range()
    for label, requirement in (("lowest", lowest), ("newest", allowed)):
        target = ROOT / "build" / "httpx" / label
        shutil.rmtree(target, ignore_errors=True)
        # httpx alone (its dependencies are the .venv's), plus sniffio, which httpx 0.27 imports and 0.28 does not.
        session.run(
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(target),
            requirement,
            "sniffio",
        )
        env = {"PYTHONPATH": os.pathsep.join([str(target), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep)}
        session.run(
            sys.executable, "-c", "import httpx; print('httpx', httpx.__version__, 'from', httpx.__file__)", env=env
        )
        session.run(
            sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *HTTPX_TESTS, *session.posargs, env=env
        )


def _require_prism(session: nox.Session) -> None:
    # Fail rather than skip: an unexercised contract must not look like a kept one.
    if shutil.which("node") is None:
        session.error("Node.js is not on PATH: the contract tests need Node.js 20+ (then `npm ci`, or `make contract`)")
    if not PRISM.exists():
        session.error(f"Prism is not installed ({PRISM}): run `npm ci` at the repository root, or `make contract`")


@nox.session(python=False)
def contract(session: nox.Session) -> None:
    """Every operation against Prism (`npm ci` installs it), requests validated in process, models round-tripped."""
    _require_prism(session)
    # -rfE: the known exceptions are in the coverage report already, not repeated as XFAIL lines.
    session.run(sys.executable, "-m", "pytest", *TARGET_TESTS, "-rfE", *session.posargs)


@nox.session(python=False)
def targets(session: nox.Session) -> None:
    """Generate each spec/targets/<name>.toml into build/targets/<name>/ and run the contract and replay tests on it."""
    _require_prism(session)
    if not TARGETS:
        session.error("no spec/targets/*.toml: the older spec family would go untested")
    for target in TARGETS:
        session.run(sys.executable, "-m", "okta_codegen", "generate", "--target", target)
        # The target's okta_api comes first on the path, ahead of the editable install of generated/.
        env = {
            "OKTA_CODEGEN_TARGET": target,
            "PYTHONPATH": os.pathsep.join([str(ROOT / "build" / "targets" / target), os.environ.get("PYTHONPATH", "")]),
        }
        session.run(sys.executable, "-m", "pytest", *TARGET_TESTS, "-rfE", *session.posargs, env=env)


@nox.session(python=False)
def docs(session: nox.Session) -> None:
    """Build the API reference into build/docs (pdoc; a warning fails) and check every internal link."""
    shutil.rmtree(DOCS, ignore_errors=True)  # a page left from an older build must not satisfy a link
    session.run(sys.executable, "-m", "tests.docs.build", str(DOCS))
    session.run(sys.executable, "-m", "tests.docs.linkcheck", str(DOCS))
