"""Sessions the Makefile calls; they run in the project's .venv (`nox --no-venv`)."""

from __future__ import annotations

import nox

nox.options.default_venv_backend = "none"
nox.options.sessions = ["check_generated", "lint", "typecheck", "tests"]


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
    session.run("mypy", "generator/okta_codegen", "plugins/okta_plugins")
    session.run("mypy", "generated/okta_api")


@nox.session(python=False)
def tests(session: nox.Session) -> None:
    """The unit and behaviour suite."""
    session.run("pytest", *session.posargs)
