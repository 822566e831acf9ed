"""bench/chart.png from bench/results.json: each target measure as ours / target, and the references beside ours.

Run by bench/run.py with the tools environment's Python (matplotlib lives there, not in the project's .venv).
"""

from __future__ import annotations

import json
import sys
import textwrap
from pathlib import Path
from typing import Any

import matplotlib  # type: ignore[import-not-found]  # in the tools environment only

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # type: ignore[import-not-found]


def main() -> None:
    results: dict[str, Any] = json.loads(Path(sys.argv[1]).read_text())
    figure, (left, right) = plt.subplots(1, 2, figsize=(12, 5.6), gridspec_kw={"width_ratios": [3, 2]})

    verdicts = results["verdicts"]
    labels = [textwrap.fill(row["measure"], 34) for row in verdicts]
    shares = [row["value"] / row["target"] for row in verdicts]
    colors = ["#2e7d32" if row["pass"] else "#c62828" for row in verdicts]
    left.barh(range(len(labels)), shares, color=colors)
    left.axvline(1.0, color="black", linewidth=1)
    left.set_yticks(range(len(labels)), labels, fontsize=7)
    left.invert_yaxis()
    left.set_xscale("log")
    left.set_xticks([0.25, 0.5, 1, 2, 4], ["0.25", "0.5", "1", "2", "4"])
    left.minorticks_off()
    left.set_xlabel("ours / target (log; left of the line passes)")
    left.set_title("Issue 8 targets", fontsize=10)

    cold = results["cold_import"]
    parse = results["parse"]
    names = ["ours", "stock", "official"]
    cold_ratio = [cold[name]["ratio"]["median"] for name in names]
    users_ms = [
        parse[f"users/{name}"]["models_cpu_s"]["median"] * 1000 if "models_cpu_s" in parse[f"users/{name}"] else 0.0
        for name in names
    ]
    x = range(len(names))
    right.bar([i - 0.2 for i in x], cold_ratio, width=0.4, label="cold import / import httpx (x)")
    right.bar([i + 0.2 for i in x], users_ms, width=0.4, label="parse 200 users (ms, CPU)")
    right.set_xticks(list(x), ["ours", "stock*", "official"])
    right.set_title("Against the references (*stock: nulls removed)", fontsize=10)
    right.legend(fontsize=7)
    figure.tight_layout()
    figure.subplots_adjust(left=0.24)
    figure.savefig(sys.argv[2], dpi=90)


if __name__ == "__main__":
    main()
