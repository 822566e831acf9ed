"""bench/results.md from the results of one run: the verdict table first, then every row it was computed from."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def _ms(stats: dict[str, float]) -> str:
    return (
        f"{stats['median'] * 1000:.2f} ms (IQR {stats['q1'] * 1000:.2f}-{stats['q3'] * 1000:.2f},"
        f" min {stats['min'] * 1000:.2f})"
    )


def _s(stats: dict[str, float]) -> str:
    return f"{stats['median']:.1f} s (min {stats['min']:.1f})"


def _x(stats: dict[str, float]) -> str:
    return f"{stats['median']:.2f}x (IQR {stats['q1']:.2f}-{stats['q3']:.2f})"


def _verdicts(results: dict[str, Any]) -> list[str]:
    lines = ["| measure | ours | target | verdict |", "|---|---|---|---|"]
    for row in results["verdicts"]:
        verdict = "pass" if row["pass"] else "**FAIL**"
        lines.append(
            f"| {row['measure']} | {row['value']} {row['unit']} | <= {row['target']} {row['unit']} | {verdict} |"
        )
    return lines


def _cold(results: dict[str, Any]) -> list[str]:
    lines = [
        "| client | wall | `import httpx` (same venv) | ratio, paired | peak RSS |",
        "|---|---|---|---|---|",
    ]
    for name, row in results["cold_import"].items():
        lines.append(
            f"| {name} | {_ms(row['wall_s'])} | {_ms(row['httpx_wall_s'])} | {_x(row['ratio'])} "
            f"| {row['peak_rss_mib']['median']:.1f} MiB (httpx alone {row['httpx_peak_rss_mib']['median']:.1f}) |"
        )
    return lines


def _parse(results: dict[str, Any]) -> list[str]:
    lines = [
        "| page | client | parsed | bytes to models, CPU | bytes to models, wall | `json.loads` alone, CPU"
        " | models / json.loads, paired | error |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for key, row in results["parse"].items():
        if "/" not in key:
            continue  # the paired applications / users ratio, shown below the table
        kind, impl = key.split("/")
        parsed = f"{row['parsed']}/{row['items']}"
        if "subset" in row:
            parsed += f" (timed: {row['subset']['items']} items, nulls removed)"
        if "models_s" in row:
            timing = (_ms(row["models_cpu_s"]), _ms(row["models_s"]), _ms(row["json_cpu_s"]), _x(row["ratio_to_json"]))
        else:
            timing = ("-",) * 4
        error = (row["error"] or "").replace("|", "/").replace("\n", " ")[:120]
        lines.append(f"| {kind} | {impl} | {parsed} | {' | '.join(timing)} | {error} |")
    pair = results["parse"].get("applications_vs_users")
    if pair:
        lines += [
            "",
            "Applications / users, both pages parsed alternately in one process (`from_dict`, CPU): "
            f"{_x(pair['cpu'])}; users {_ms(pair['users_cpu_s'])}, applications {_ms(pair['applications_cpu_s'])}."
            f" Model objects built: users {pair['objects']['users']}, applications {pair['objects']['applications']};"
            f" CPU per object, applications / users: {_x(pair['per_object_cpu'])}.",
            "",
            "Rows: `ours` is `from_dict` (every field converted at once); `ours_orjson` the same with the orjson"
            " serializer decoding; `ours_json_few` is `from_json` (what generated functions return) with three fields"
            " read per item; `ours_json_all` is `from_json` with every field read one by one (nested models and lists"
            " too); `ours_dict_all` is `from_dict` with every field read the same way.",
        ]
    return lines


def _calls(results: dict[str, Any]) -> list[str]:
    lines = [
        "| mode | ours (getUser), wall | raw httpx, wall | ratio, paired | best / best | overhead per call"
        " | client CPU per call, ours / raw |",
        "|---|---|---|---|---|---|---|",
    ]
    for mode in ("sync", "async"):
        row = results["per_call"][mode]
        cpu = (
            f"{row['ours_cpu_s']['median'] * 1e6:.0f} / {row['raw_cpu_s']['median'] * 1e6:.0f} us"
            if row.get("ours_cpu_s")
            else "-"
        )
        lines.append(
            f"| {mode} | {row['ours_s']['median'] * 1e6:.0f} us | {row['raw_s']['median'] * 1e6:.0f} us "
            f"| {_x(row['ratio'])} | {row['ratio_of_min']:.2f}x | {row['overhead_us']['median']:.0f} us | {cpu} |"
        )
    lines += ["", "Sync overhead split, paired per round (median, wall / client CPU):", ""]
    cpu_split = results["per_call"]["sync_split_cpu_us"]
    for label, stats in results["per_call"]["sync_split_us"].items():
        cpu = cpu_split[label]
        lines.append(
            f"- {label}: {stats['median']:.0f} us wall (IQR {stats['q1']:.0f} to {stats['q3']:.0f}),"
            f" {cpu['median']:.0f} us CPU (IQR {cpu['q1']:.0f} to {cpu['q3']:.0f})"
        )
    return lines


def _iterate(results: dict[str, Any]) -> list[str]:
    it = results["iterate"]
    lines = [
        "| client | users | time, wall | client CPU | users/s | peak RSS | RSS at pages 1 / 100 / 500 |",
        "|---|---|---|---|---|---|---|",
    ]
    for impl in ("ours", "raw"):
        row = it[impl]
        rss = row["rss_mib_first_run"]
        lines.append(
            f"| {impl} | {row['users']} | {row['seconds']['median']:.2f} s | {row['cpu_seconds']['median']:.2f} s"
            f" | {row['users_per_s']['median']:,.0f} | {row['peak_rss_mib']['max']:.1f} MiB"
            f" | {rss.get('1', 0):.1f} / {rss.get('100', 0):.1f} / {rss.get('500', 0):.1f} MiB |"
        )
    lines.append("")
    lines.append(
        f"Ratios, paired run by run: client CPU {_x(it['cpu_ratio'])} (the verdict), wall {_x(it['time_ratio'])}"
        " (which also holds the loopback server's share of the two cores)."
        f" Paging for ours: {it['ours']['pagination']}."
    )
    counted = it.get("instructions", {})
    lines.append("")
    if counted.get("available"):
        per_page = counted["per_page"]
        lines.append(
            f"Instructions a page costs the client (callgrind, pages 3 to 12): ours {per_page['ours'] / 1e6:.1f} M,"
            f" raw {per_page['raw'] / 1e6:.1f} M, ratio {counted['ratio']:.3f}; a count no other work on the machine"
            " moves, which the wall-time ratio above does."
        )
    else:
        lines.append(f"Instruction count skipped: {counted.get('why_not', 'not measured')}.")
    return lines


def _profiles(results: dict[str, Any]) -> list[str]:
    lines = []
    for name, data in results["profiles"].items():
        if name in ("micro_us", "call_diff_vs_bare"):
            continue
        lines.append(f"**{name}** (cProfile, {data['total_s']:.3f} s in total, most own time first)")
        lines.append("")
        lines.append("| function | calls | own s | cumulative s |")
        lines.append("|---|---|---|---|")
        for row in data["top_own_time"][:8]:
            lines.append(f"| `{row['function']}` | {row['calls']} | {row['own_s']:.3f} | {row['cum_s']:.3f} |")
        lines.append("")
    lines.append(
        "**what okta_plugins adds to one sync call** (cProfile own time, ours minus the bare generated Client)"
    )
    lines.append("")
    lines.append("| function | extra own us per call (profiled) | calls per call, ours / bare | cumulative us |")
    lines.append("|---|---|---|---|")
    for row in results["profiles"].get("call_diff_vs_bare", [])[:12]:
        lines.append(
            f"| `{row['function']}` | {row['extra_own_us_per_call']} | {row['calls_per_call']} / "
            f"{row['bare_calls_per_call']} | {row['cum_us_per_call']} |"
        )
    lines.append("")
    lines.append("**pieces of one call, timed alone** (best of 5, microseconds per operation)")
    lines.append("")
    for label, value in results["profiles"].get("micro_us", {}).items():
        lines.append(f"- {label}: {value}")
    lines.append("")
    cold = results["cold_import_profile"]
    lines.append("**cold start, own import time added over `import httpx`, by top-level package** (`-X importtime`)")
    lines.append("")
    lines.append(", ".join(f"{row['package']} {row['own_ms']} ms" for row in cold if "package" in row))
    return lines


def write_markdown(results: dict[str, Any], path: Path) -> None:
    gen = results["generate"]
    orjson = results["orjson"]
    parts = [
        "# Benchmark results",
        "",
        f"Run {results['when']} on Python {results['machine']['python']}, {results['machine']['cpus']} CPUs"
        f"{' (quick run: few rounds, not for the table)' if results['method']['quick'] else ''}."
        " Written by `bench/run.py`; see bench/README.md for the method. Medians with the interquartile range;"
        " ratios are taken round by round (each sample against its pair) and then summarized.",
        f"Bytecode: {results['method']['bytecode']}.",
        "Load average (1 min) when each step began: "
        + ", ".join(f"{name} {values[0]}" for name, values in results["load_average_at_step"].items())
        + " on 2 cores; other work on the machine moves absolute times more than the paired ratios.",
        "",
        "## Targets (issue 8)",
        "",
        *_verdicts(results),
        "",
        "![chart](chart.png)",
        "",
        "## Cold import of `list_users` + client construction",
        "",
        *_cold(results),
        "",
        "## Parsing one page of 200",
        "",
        *_parse(results),
        "",
        "## Per-call overhead against a loopback server",
        "",
        *_calls(results),
        "",
        "## Iterating 100,000 users over 500 pages",
        "",
        *_iterate(results),
        "",
        "## Generation",
        "",
        "`make generate` (generate, then check): with build/cache emptied"
        f" {_s(gen['ours_cold_s'])} wall, {_s(gen['ours_cold_cpu_s'])} CPU; with the caches the previous run left"
        f" {_s(gen['ours_make_s'])} wall, {_s(gen['ours_make_cpu_s'])} CPU"
        f" ({'ok' if gen['ours_make_ok'] else 'FAILED'})."
        f" `okta_codegen check` alone, warm: {_s(gen['ours_check_s'])}"
        f" wall, {_s(gen['ours_check_cpu_s'])} CPU ({'ok' if gen['ours_check_ok'] else 'FAILED'}). Stock"
        f" openapi-python-client on the upstream spec, with its ruff hooks: {gen['stock_generate_with_ruff_s']:.1f} s"
        f" wall, {gen['stock_generate_cpu_s']:.1f} s CPU."
        + (
            f" Measured apart by `make bench-generate` at {gen['when']}, load average {gen['load_average'][0]}."
            if "when" in gen
            else ""
        ),
        "",
        "## orjson serializer",
        "",
        (
            f"`{orjson['module']}` decodes the pages in the `ours_orjson` rows above (models built the same way)."
            if orjson["available"]
            else "Not measured: the serializer could not be imported (" + orjson["why_not"].strip()[-120:] + ")."
        ),
        "",
        "## Profiles of ours",
        "",
        *_profiles(results),
        "",
        f"Total benchmark time: {results['total_s']:.0f} s.",
        "",
    ]
    path.write_text("\n".join(parts))
