"""The suite's own rule: a skip is a failure, however it is asked for."""

from __future__ import annotations

import textwrap

import pytest

SKIPPING = textwrap.dedent(
    """
    import pytest

    def test_skipped_in_the_body():
        pytest.skip("not built yet")

    @pytest.mark.skipif(True, reason="feature missing")
    def test_skipped_by_a_mark():
        pass

    @pytest.mark.skip(reason="later")
    def test_skipped_unconditionally():
        pass

    @pytest.mark.xfail(strict=True, reason="a known gap")
    def test_known_gap():
        assert False

    def test_runs():
        pass
    """
)


def test_the_guard_is_active_in_this_suite(request: pytest.FixtureRequest) -> None:
    assert request.config.pluginmanager.has_plugin("tests._no_skips")


def test_skipped_tests_fail_and_strict_xfails_stay(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_skipping=SKIPPING)
    result = pytester.runpytest("-p", "tests._no_skips")
    # A skip in setup (a mark) is an error of setup; one in the body a failure.
    result.assert_outcomes(passed=1, failed=1, errors=2, xfailed=1)
    result.stdout.fnmatch_lines(["*test_skipped_in_the_body was skipped*not built yet*"])


@pytest.mark.parametrize(
    "source",
    [
        'import pytest\npytest.importorskip("okta_api.api.no_such_tag.no_such_operation")\n',
        'import pytest\npytest.skip("generated/okta_api is not built yet", allow_module_level=True)\n',
    ],
    ids=["importorskip", "module-level-skip"],
)
def test_a_module_skipped_at_collection_fails(pytester: pytest.Pytester, source: str) -> None:
    pytester.makepyfile(test_module=source + "\ndef test_never_collected():\n    pass\n")
    result = pytester.runpytest("-p", "tests._no_skips")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*test_module.py was skipped whole*"])
    assert result.ret != pytest.ExitCode.OK
