"""The README's benchmark figures are dated by the run they come from, not by an hour of the day."""

from __future__ import annotations

import json
import re

from ..conftest import ROOT


def _performance_section() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return text.split("## Performance", 1)[1].split("\n## ", 1)[0]


def test_the_figures_name_the_date_of_the_recorded_run() -> None:
    when = json.loads((ROOT / "bench" / "results.json").read_text(encoding="utf-8"))["when"]
    section = _performance_section()
    assert "bench/results.json" in section
    assert f"run of {when[:10]}" in section, f"README's table does not say it is the run of {when[:10]}"


def test_the_figures_carry_no_time_of_day() -> None:
    assert re.findall(r"\b\d{1,2}:\d{2}\b(?:\s*UTC)?", _performance_section()) == []
