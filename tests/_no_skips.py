"""Pytest plugin of this suite: a skipped test, or a module skipped at collection, is a failure.

A skip hides what it skips: ``pytest.importorskip`` of a generated module turned a broken generation
or a renamed operation into a quiet "s". Every test here runs or fails. A known gap is a strict xfail
(the contract tests' known exceptions), which fails once the gap closes; xfails are left alone.
"""

from __future__ import annotations

from collections.abc import Generator

import pytest

HOW_TO_FIX = "tests here run or fail; import plainly, or mark a known gap as a strict xfail"


def _reason(longrepr: object) -> str:
    if isinstance(longrepr, tuple) and len(longrepr) == 3:
        path, line, message = longrepr
        return f"{message} ({path}:{line})"
    return str(longrepr)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report = yield
    if report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        report.longrepr = f"{item.nodeid} was skipped ({HOW_TO_FIX}): {_reason(report.longrepr)}"
    return report


@pytest.hookimpl(wrapper=True)
def pytest_make_collect_report(
    collector: pytest.Collector,
) -> Generator[None, pytest.CollectReport, pytest.CollectReport]:
    report = yield
    if report.skipped:
        report.outcome = "failed"
        report.longrepr = f"{collector.nodeid} was skipped whole ({HOW_TO_FIX}): {_reason(report.longrepr)}"
    return report
