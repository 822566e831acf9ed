"""The committed 2.16.0 -> current change report and migration table are what the generator computes today."""

from __future__ import annotations

from typing import Any

from okta_codegen.api_diff import diff_documents, render_markdown
from okta_codegen.migration import operation_moves, render_migration

from ..conftest import ROOT

REPORT = ROOT / "docs" / "spec-changes-2.16.0-to-2026.06.3.md"
MIGRATION = ROOT / "docs" / "migration-2.16.0.md"
REGENERATE = "regenerate it with `make spec-reports`"


def test_the_change_report_is_current(legacy_normalized: dict[str, Any], normalized: dict[str, Any]) -> None:
    report = render_markdown(diff_documents(legacy_normalized, normalized))
    assert REPORT.read_text(encoding="utf-8") == report, f"{REPORT.name} is stale: {REGENERATE}"


def test_the_migration_table_is_current(legacy_normalized: dict[str, Any], normalized: dict[str, Any]) -> None:
    diff = diff_documents(legacy_normalized, normalized)
    table = render_migration(operation_moves(legacy_normalized, normalized), diff.old_version, diff.new_version)
    assert MIGRATION.read_text(encoding="utf-8") == table, f"{MIGRATION.name} is stale: {REGENERATE}"


def test_the_report_puts_breaking_changes_and_lost_polymorphism_first() -> None:
    report = REPORT.read_text(encoding="utf-8")
    assert report.index("## Breaking changes") < report.index("### Polymorphism lost") < report.index("## Other")
    assert report.index("## Other changes") < report.index("### Polymorphism gained")
