"""Every test has a time limit: a loop regression fails its test instead of hanging `make test`."""

from __future__ import annotations

import textwrap

import pytest

from tests.conftest import ROOT

SLEEPER = textwrap.dedent(
    """
    import time

    def test_hangs():
        time.sleep(600)

    def test_after_the_hang_still_runs():
        pass
    """
)


def test_every_test_of_this_suite_has_a_generous_limit(request: pytest.FixtureRequest) -> None:
    assert request.config.pluginmanager.has_plugin("timeout"), "pytest-timeout is not installed"
    configured = request.config.getini("timeout")
    assert configured, "no `timeout` in [tool.pytest.ini_options]"
    seconds = float(configured)
    # Generous for a loaded 2-core machine, yet finite.
    assert 60 <= seconds <= 900
    assert request.config.getini("timeout_method") == "signal"


def test_a_hanging_test_fails_and_the_run_goes_on(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_sleeper=SLEEPER)
    # The project's own configuration, with the limit shortened: a subprocess, so that the inner
    # run's alarm does not replace the one that bounds this test.
    result = pytester.runpytest_subprocess(
        "-c", str(ROOT / "pyproject.toml"), "--rootdir", str(pytester.path), "-o", "timeout=1", "-p", "no:cacheprovider"
    )
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*Timeout*"])
