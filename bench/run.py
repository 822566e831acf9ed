"""Run every benchmark of issue 8 once and write bench/results.json, bench/results.md and bench/chart.png.

`.venv/bin/python bench/run.py [--quick]` from the repository root (or anywhere: paths are absolute). It first builds
the reference environments (bench/refs.py, skipped when present), then measures, in separate processes:
cold import + client construction, page parsing, per-call overhead and paging against a loopback server, the full
generation, and profiles of ours. `--quick` cuts the rounds for a smoke run; its numbers are not for the table.

Every measured process runs with PYTHONDONTWRITEBYTECODE removed and one precompiled bytecode cache
(PYTHONPYCACHEPREFIX=build/bench-pycache), so each row pays what an installed package with bytecode pays.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
# Run as a script: the repository root makes `bench` importable as a package.
sys.path.insert(0, str(ROOT))

from bench import refs  # noqa: E402
from bench._timing import paired_ratio, summary  # noqa: E402
from bench.data import okta_json  # noqa: E402

OURS_PY = ROOT / ".venv" / "bin" / "python"
DATA = ROOT / "build" / "bench-data"
PROFILES = ROOT / "build" / "bench-profiles"
ORG = "https://dev-123456.okta.com"
TOKEN = "bench-token-not-a-secret"
ITERATE_PAGES, PAGE_SIZE = 500, 200

COLD = {
    "ours": (
        OURS_PY,
        "from okta_api.api.user import list_users\n"
        "from okta_client import OktaClient\n"
        f"OktaClient.from_config(org_url={ORG!r}, token={TOKEN!r})",
    ),
    "stock": (
        refs.python_of("stock"),
        "from okta_stock.api.user import list_users\n"
        "from okta_stock.client import AuthenticatedClient\n"
        f"AuthenticatedClient(base_url={ORG!r}, token={TOKEN!r}, prefix='SSWS')",
    ),
    "official": (
        refs.python_of("official"),
        f"from okta.client import Client\nClient({{'orgUrl': {ORG!r}, 'token': {TOKEN!r}}})",
    ),
}

TARGETS = {
    "cold_import_ratio": 1.5,
    "cold_import_peak_mib": 30.0,
    "parse_users_ms": 3.0,
    "parse_applications_vs_users_per_object": 1.2,
    "per_call_ratio": 1.10,
    "iterate_peak_mib": 50.0,
    "iterate_time_ratio": 1.2,
    "generate_s": 30.0,
}


def child_env(home: Path) -> dict[str, str]:
    """The environment of every measured process: bytecode on, no Okta settings from this machine."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE" and not k.startswith("OKTA_")}
    env.update({"PYTHONPYCACHEPREFIX": str(refs.PYCACHE), "HOME": str(home)})
    return env


# Appended to every cold-start snippet, baselines alike: the process's own peak RSS. ru_maxrss from wait4 would not
# do, since Linux carries the parent's high-water mark across fork and exec into the child's.
PEAK_RSS = "\nimport sys\nsys.stderr.write([l for l in open('/proc/self/status') if l.startswith('VmHWM')][0])"


def timed_process(argv: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB, from the VmHWM line the snippet writes) of one `python -c` process."""
    argv = [*argv[:-1], argv[-1] + PEAK_RSS]
    start = time.perf_counter()
    out = subprocess.run(argv, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    wall = time.perf_counter() - start
    if out.returncode != 0:
        raise RuntimeError(f"{argv} failed: {out.stderr.decode()[-2000:]}")
    line = out.stderr.decode().strip().splitlines()[-1]
    return wall, int(line.split()[1]) / 1024


def json_process(argv: list[str], env: dict[str, str], cwd: Path, timeout: float = 300) -> Any:
    out = subprocess.run(argv, env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout, check=False)
    if out.returncode != 0:
        raise RuntimeError(f"{argv} failed: {out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def measure_cold(env: dict[str, str], cwd: Path, rounds: int) -> dict[str, Any]:
    """Cold import + client construction against `python -c "import httpx"` in the same environment, round by round."""
    samples: dict[str, dict[str, list[float]]] = {
        name: {"wall": [], "rss": [], "httpx_wall": [], "httpx_rss": []} for name in COLD
    }
    for round_index in range(rounds + 2):
        for name, (python, code) in COLD.items():
            base = timed_process([str(python), "-c", "import httpx"], env, cwd)
            row = timed_process([str(python), "-c", code], env, cwd)
            if round_index < 2:
                continue  # warm-up: fills the page cache and any missing bytecode
            samples[name]["httpx_wall"].append(base[0])
            samples[name]["httpx_rss"].append(base[1])
            samples[name]["wall"].append(row[0])
            samples[name]["rss"].append(row[1])
    result: dict[str, Any] = {}
    for name, data in samples.items():
        result[name] = {
            "wall_s": summary(data["wall"]),
            "peak_rss_mib": summary(data["rss"]),
            "httpx_wall_s": summary(data["httpx_wall"]),
            "httpx_peak_rss_mib": summary(data["httpx_rss"]),
            "ratio": paired_ratio(data["wall"], data["httpx_wall"]),
        }
    return result


def _import_times(code: str, env: dict[str, str], cwd: Path) -> dict[str, float]:
    """Own import time (ms) by top-level package of `python -X importtime -c code`, best of 3 runs per package."""
    best: dict[str, float] = {}
    for _ in range(3):
        out = subprocess.run(
            [str(OURS_PY), "-X", "importtime", "-c", code], env=env, cwd=cwd, capture_output=True, text=True, check=True
        )
        totals: dict[str, float] = {}
        for line in out.stderr.splitlines():
            if not line.startswith("import time:") or "self [us]" in line:
                continue
            own, _cumulative, module = line[len("import time:") :].split("|")
            package = module.strip().split(".")[0]
            totals[package] = totals.get(package, 0.0) + int(own) / 1000
        for package, ms in totals.items():
            best[package] = min(best.get(package, ms), ms)
    return best


def import_profile(env: dict[str, str], cwd: Path) -> list[dict[str, Any]]:
    """What our cold start imports beyond `import httpx` (`-X importtime`), by top-level package, most first."""
    ours = _import_times(COLD["ours"][1], env, cwd)
    httpx_alone = _import_times("import httpx", env, cwd)
    added = {package: ms - httpx_alone.get(package, 0.0) for package, ms in ours.items()}
    ranked = sorted(added.items(), key=lambda kv: kv[1], reverse=True)
    return [{"package": package, "own_ms": round(ms, 2)} for package, ms in ranked[:15] if ms > 0.2]


def measure_parse(
    env: dict[str, str], cwd: Path, pages: dict[str, Path], rounds: int, with_orjson: bool
) -> dict[str, Any]:
    interpreters = {"ours": OURS_PY, "stock": refs.python_of("stock"), "official": refs.python_of("official")}
    if with_orjson:
        interpreters["ours_orjson"] = OURS_PY
    for variant in ("ours_json_few", "ours_json_all", "ours_dict_all"):
        interpreters[variant] = OURS_PY
    result: dict[str, Any] = {}
    for kind in ("users", "applications"):
        for impl, python in interpreters.items():
            data = json_process(
                [str(python), str(BENCH / "cases" / "parse.py"), impl, kind, str(pages[kind]), str(rounds)], env, cwd
            )
            samples = data.pop("samples", None)
            if samples:
                data["models_s"] = summary(samples["models"])
                data["json_s"] = summary(samples["json"])
                data["models_cpu_s"] = summary(samples["models@cpu"])
                data["json_cpu_s"] = summary(samples["json@cpu"])
                data["ratio_to_json"] = paired_ratio(samples["models"], samples["json"])
                data["ratio_of_min"] = min(samples["models"]) / min(samples["json"])
            result[f"{kind}/{impl}"] = data
    pair = json_process(
        [
            str(OURS_PY),
            str(BENCH / "cases" / "parse_pair.py"),
            str(pages["users"]),
            str(pages["applications"]),
            str(rounds),
        ],
        env,
        cwd,
    )
    objects = pair["objects"]
    # Cost per model object built: the page ratio (paired round by round) scaled by users' / applications' objects.
    scale = objects["users"] / objects["applications"]
    result["applications_vs_users"] = {
        "cpu": paired_ratio(pair["applications@cpu"], pair["users@cpu"]),
        "objects": objects,
        "per_object_cpu": paired_ratio([a * scale for a in pair["applications@cpu"]], pair["users@cpu"]),
        "users_cpu_s": summary(pair["users@cpu"]),
        "applications_cpu_s": summary(pair["applications@cpu"]),
    }
    return result


@contextmanager
def loopback_server(env: dict[str, str], cwd: Path, pages: int) -> Iterator[int]:
    """The tiny Okta stand-in on 127.0.0.1; yields its port and stops it afterwards."""
    process = subprocess.Popen(
        [str(OURS_PY), str(BENCH / "cases" / "server.py"), str(DATA / "users.json"), str(pages)],
        env=env,
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        yield int(process.stdout.readline())
    finally:
        process.terminate()
        process.wait(timeout=10)


def measure_calls(env: dict[str, str], cwd: Path, rounds: int, calls: int) -> dict[str, Any]:
    with loopback_server(env, cwd, pages=1) as port:
        data = json_process(
            [str(OURS_PY), str(BENCH / "cases" / "calls.py"), str(port), str(rounds), str(calls)], env, cwd
        )
    result: dict[str, Any] = {}
    for mode in ("sync", "async"):
        ours, raw = data[mode]["ours"], data[mode]["raw"]
        result[mode] = {
            "ours_s": summary(ours),
            "raw_s": summary(raw),
            "ratio": paired_ratio(ours, raw),
            "overhead_us": summary([(a - b) * 1e6 for a, b in zip(ours, raw, strict=True)]),
            # Least disturbed by other work on the machine: the best sample of each.
            "ratio_of_min": min(ours) / min(raw),
            # The client process's own CPU per call: the overhead without the server's share of the wall time.
            "ours_cpu_s": summary(data[mode]["ours@cpu"]) if "ours@cpu" in data[mode] else None,
            "raw_cpu_s": summary(data[mode]["raw@cpu"]) if "raw@cpu" in data[mode] else None,
        }
    sync: dict[str, list[float]] = data["sync"]

    def step_us(later: str, earlier: str) -> dict[str, float]:
        return summary([(a - b) * 1e6 for a, b in zip(sync[later], sync[earlier], strict=True)])

    # Where the sync overhead goes, round by round: model building, generated function, okta_plugins runtime;
    # in wall time and in the client's CPU time (which leaves out the server and other work on the machine).
    steps = {
        "model (raw + User.from_dict - raw)": ("raw_model", "raw"),
        "generated function on a bare Client (- raw + model)": ("generated_bare", "raw_model"),
        "okta_plugins runtime (ours - bare Client)": ("ours", "generated_bare"),
    }
    result["sync_split_us"] = {label: step_us(later, earlier) for label, (later, earlier) in steps.items()}
    result["sync_split_cpu_us"] = {
        label: step_us(f"{later}@cpu", f"{earlier}@cpu") for label, (later, earlier) in steps.items()
    }
    return result


def measure_iterate(env: dict[str, str], cwd: Path, runs: int) -> dict[str, Any]:
    runs_by_impl: dict[str, list[dict[str, Any]]] = {"raw": [], "ours": []}
    with loopback_server(env, cwd, pages=ITERATE_PAGES) as port:
        for _ in range(runs):
            for impl in runs_by_impl:
                argv = [str(OURS_PY), str(BENCH / "cases" / "iterate.py"), impl, str(port), str(PAGE_SIZE)]
                runs_by_impl[impl].append(json_process(argv, env, cwd))
    read = {impl: {r["characters_read"] for r in runs_done} for impl, runs_done in runs_by_impl.items()}
    if read["ours"] != read["raw"] or len(read["raw"]) != 1:
        raise SystemExit(f"iterate: ours and raw read different data ({read}); the comparison would mislead")
    result: dict[str, Any] = {}
    for impl, runs_done in runs_by_impl.items():
        result[impl] = {
            "users": runs_done[0]["users"],
            "characters_read": runs_done[0]["characters_read"],
            "pages": runs_done[0]["pages"],
            "seconds": summary([r["seconds"] for r in runs_done]),
            "cpu_seconds": summary([r["cpu_seconds"] for r in runs_done]),
            "users_per_s": summary([r["users"] / r["seconds"] for r in runs_done]),
            "peak_rss_mib": summary([r["peak_rss_mib"] for r in runs_done]),
            "rss_mib_first_run": runs_done[0]["rss_mib"],
            "pagination": runs_done[0]["pagination"],
        }
    result["time_ratio"] = paired_ratio(
        [r["seconds"] for r in runs_by_impl["ours"]], [r["seconds"] for r in runs_by_impl["raw"]]
    )
    # The client's own CPU: wall time also holds the loopback server's share of two shared cores.
    result["cpu_ratio"] = paired_ratio(
        [r["cpu_seconds"] for r in runs_by_impl["ours"]], [r["cpu_seconds"] for r in runs_by_impl["raw"]]
    )
    with loopback_server(env, cwd, pages=ITERATE_PAGES) as port:
        result["instructions"] = iterate_instructions(env, cwd, port)
    return result


def iterate_instructions(env: dict[str, str], cwd: Path, port: int) -> dict[str, Any]:
    """Instructions a page costs the client, ours and raw, counted by callgrind: the same count whatever else the
    machine does, beside the wall-time ratio. A run of 2 pages is taken from a run of 12 so start-up cancels."""
    if shutil.which("valgrind") is None:
        return {"available": False, "why_not": "valgrind is not installed"}
    counts: dict[str, dict[int, int]] = {"raw": {}, "ours": {}}
    with tempfile.TemporaryDirectory() as scratch:
        for impl, by_pages in counts.items():
            for pages in (2, 12):
                out = Path(scratch) / f"{impl}-{pages}.callgrind"
                argv = [
                    "valgrind",
                    "--tool=callgrind",
                    f"--callgrind-out-file={out}",
                    str(OURS_PY),
                    str(BENCH / "cases" / "iterate.py"),
                    impl,
                    str(port),
                    str(PAGE_SIZE),
                    str(pages),
                ]
                done = subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True, check=True)
                match = re.search(r"Collected : (\d+)", done.stderr)
                if match is None:
                    return {"available": False, "why_not": done.stderr[-300:]}
                by_pages[pages] = int(match.group(1))
    per_page = {impl: (by_pages[12] - by_pages[2]) / 10 for impl, by_pages in counts.items()}
    return {"available": True, "per_page": per_page, "ratio": per_page["ours"] / per_page["raw"]}


def measure_generate(env: dict[str, str], runs: int) -> dict[str, Any]:
    """`make generate` (generate, then check) with build/cache emptied and warm, `check` alone, and the stock
    generator.

    Wall and CPU seconds (user + system of the process and its children) of each run: CPU time shows what the
    generation costs when other work shares the machine.
    """
    env = {**env, "PATH": f"{OURS_PY.parent}{os.pathsep}{env['PATH']}"}

    def run(argv: list[str], cwd: Path) -> tuple[float, float, bool]:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        done = subprocess.run(argv, cwd=cwd, env=env, capture_output=True, check=False)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        return wall, cpu, done.returncode == 0

    def make_generate(cold: bool) -> tuple[float, float, bool]:
        if cold:
            shutil.rmtree(ROOT / "build" / "cache", ignore_errors=True)
        steps = [run([str(OURS_PY), "-m", "okta_codegen", command], ROOT) for command in ("generate", "check")]
        return sum(s[0] for s in steps), sum(s[1] for s in steps), all(s[2] for s in steps)

    cold = [make_generate(cold=True) for _ in range(runs)]
    warm = [make_generate(cold=False) for _ in range(runs)]
    ours = [run([str(OURS_PY), "-m", "okta_codegen", "check"], ROOT) for _ in range(runs)]
    with tempfile.TemporaryDirectory() as tmp:
        tool = str(OURS_PY.parent / "openapi-python-client")
        config = Path(tmp) / "stock-config.yaml"
        config.write_text("literal_enums: true\n")  # as refs.py: the current spec's enums need it
        stock = run(
            [
                *(tool, "generate", "--path", str(refs.SPEC), "--meta", "none"),
                *("--output-path", f"{tmp}/okta_stock", "--config", str(config)),
            ],
            Path(tmp),
        )
    return {
        "ours_cold_s": summary([r[0] for r in cold]),
        "ours_cold_cpu_s": summary([r[1] for r in cold]),
        "ours_make_s": summary([r[0] for r in warm]),
        "ours_make_cpu_s": summary([r[1] for r in warm]),
        "ours_make_ok": all(r[2] for r in cold + warm),
        "ours_check_s": summary([r[0] for r in ours]),
        "ours_check_cpu_s": summary([r[1] for r in ours]),
        "ours_check_ok": all(r[2] for r in ours),
        "stock_generate_with_ruff_s": stock[0],
        "stock_generate_cpu_s": stock[1],
        "stock_generate_ok": stock[2],
    }


def orjson_row() -> dict[str, Any]:
    """Whether the runtime's optional orjson serializer is there (and orjson installed) to be measured."""
    probe = "import okta_plugins.serializers.orjson_engine as m; print(m.__name__)"
    out = subprocess.run([str(OURS_PY), "-c", probe], capture_output=True, text=True, check=False)
    return {"available": out.returncode == 0, "module": out.stdout.strip() or None, "why_not": out.stderr[-300:]}


def verdicts(results: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per target of the issue, with our value and pass or fail."""
    cold, parse, calls, iterate, generate = (
        results["cold_import"],
        results["parse"],
        results["per_call"],
        results["iterate"],
        results["generate"],
    )
    # CPU time of the measuring process: wall time on an idle machine, and robust to other work on a busy one.
    users_ms = parse["users/ours"]["models_cpu_s"]["median"] * 1000
    # What a generated function gives (from_json models), with three fields of each user read.
    users_response_ms = parse["users/ours_json_few"]["models_cpu_s"]["median"] * 1000
    # Both pages parsed alternately in one process: the ratio pairs up round by round.
    apps_vs_users = parse["applications_vs_users"]["per_object_cpu"]["median"]
    rows = [
        ("cold import + client, wall / import httpx", cold["ours"]["ratio"]["median"], "x", "cold_import_ratio"),
        ("cold import + client, peak RSS", cold["ours"]["peak_rss_mib"]["median"], "MiB", "cold_import_peak_mib"),
        ("parse 200 users (bytes to models, `from_dict`: every field, CPU)", users_ms, "ms", "parse_users_ms"),
        (
            "parse 200 users as responses are (`from_json`, 3 fields read, CPU)",
            users_response_ms,
            "ms",
            "parse_users_ms",
        ),
        (
            "parse 200 mixed applications / 200 users, CPU per model object built (paired)",
            apps_vs_users,
            "x",
            "parse_applications_vs_users_per_object",
        ),
        ("per call, sync, plugins on / raw httpx", calls["sync"]["ratio"]["median"], "x", "per_call_ratio"),
        ("per call, async, plugins on / raw httpx", calls["async"]["ratio"]["median"], "x", "per_call_ratio"),
        ("iterate 100,000 users, peak RSS", iterate["ours"]["peak_rss_mib"]["max"], "MiB", "iterate_peak_mib"),
        (
            "iterate 100,000 users, client CPU time / raw httpx + json",
            iterate["cpu_ratio"]["median"],
            "x",
            "iterate_time_ratio",
        ),
    ]
    return _verdict_rows(rows) + generate_verdicts(generate)


def generate_verdicts(generate: dict[str, Any]) -> list[dict[str, Any]]:
    """The generation rows of the verdict table."""
    rows = [
        ("`make generate` (generate + check), caches warm", generate["ours_make_s"]["median"], "s", "generate_s"),
        ("`make generate` (generate + check), build/cache empty", generate["ours_cold_s"]["median"], "s", "generate_s"),
    ]
    return _verdict_rows(rows)


def _verdict_rows(rows: list[tuple[str, float, str, str]]) -> list[dict[str, Any]]:
    return [
        {
            "measure": label,
            "value": round(value, 3),
            "unit": unit,
            "target": TARGETS[key],
            "pass": value <= TARGETS[key],
        }
        for label, value, unit, key in rows
    ]


def generate_only(runs: int) -> None:
    """Measure generation alone and put it into the results of the last full run (json, md and verdicts)."""
    path = BENCH / "results.json"
    if not path.exists():
        sys.exit(f"{path} is missing: run `make bench` once first")
    results = json.loads(path.read_text())
    with tempfile.TemporaryDirectory(prefix="okta-bench-") as tmp:
        load = [round(value, 2) for value in os.getloadavg()]
        generate = measure_generate(child_env(Path(tmp)), runs=runs)
    generate["when"] = datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")
    generate["load_average"] = load
    results["generate"] = generate
    results["load_average_at_step"]["generation"] = load
    fresh = generate_verdicts(generate)
    labels = {row["measure"] for row in fresh}
    results["verdicts"] = [row for row in results.get("verdicts", []) if row["measure"] not in labels] + fresh
    path.write_text(json.dumps(results, indent=2) + "\n")
    from bench.report import write_markdown

    try:
        write_markdown(results, BENCH / "results.md")
    except KeyError as missing:  # the other rows come from a run of an older bench/run.py
        print(f"results.md not rewritten: the last full run lacks {missing}; run `make bench`", file=sys.stderr)
    for row in fresh:
        mark = "PASS" if row["pass"] else "FAIL"
        print(f"{mark}  {row['measure']}: {row['value']} {row['unit']} (target <= {row['target']})")
    print(json.dumps({key: generate[key] for key in generate if key.endswith("_s")}, indent=1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="few rounds, for a smoke run only")
    parser.add_argument(
        "--generate-only",
        action="store_true",
        help="measure only generation (3 runs cold and warm) into the results of the last full run",
    )
    args = parser.parse_args()
    if args.generate_only:
        generate_only(runs=3)
        return
    quick = args.quick
    started = time.perf_counter()
    refs.main()
    pages = okta_json.write_pages(DATA, PAGE_SIZE)
    results: dict[str, Any] = {
        "when": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform()},
        "method": {
            "bytecode": "PYTHONDONTWRITEBYTECODE removed and one precompiled cache (PYTHONPYCACHEPREFIX) for every"
            " measured process, ours and the references alike",
            "quick": quick,
        },
        "targets": TARGETS,
    }
    with tempfile.TemporaryDirectory(prefix="okta-bench-") as tmp:
        home = Path(tmp)
        env = child_env(home)
        load: dict[str, list[float]] = {}

        def step(name: str) -> None:
            # Other work on the machine shows here; the paired ratios are what it disturbs least.
            load[name] = [round(value, 2) for value in os.getloadavg()]
            print(f"[{time.perf_counter() - started:6.1f}s] {name} (load {load[name][0]})", file=sys.stderr, flush=True)

        step("cold import")
        results["cold_import"] = measure_cold(env, home, rounds=3 if quick else 20)
        results["cold_import_profile"] = import_profile(env, home)
        step("parse")
        results["orjson"] = orjson_row()
        results["parse"] = measure_parse(
            env, home, pages, rounds=5 if quick else 60, with_orjson=results["orjson"]["available"]
        )
        step("per-call overhead")
        results["per_call"] = measure_calls(env, home, rounds=3 if quick else 40, calls=50 if quick else 100)
        step("iterate 100,000 users")
        results["iterate"] = measure_iterate(env, home, runs=1 if quick else 7)
        step("generation")
        results["generate"] = measure_generate(env, runs=1)
        step("profiles")
        with loopback_server(env, home, pages=60) as port:
            results["profiles"] = json_process(
                [
                    str(OURS_PY),
                    str(BENCH / "cases" / "hotspots.py"),
                    str(PROFILES),
                    str(pages["users"]),
                    str(pages["applications"]),
                    str(port),
                ],
                env,
                home,
            )
    results["load_average_at_step"] = load
    results["verdicts"] = verdicts(results)
    results["total_s"] = time.perf_counter() - started
    (BENCH / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    from bench.report import write_markdown

    write_markdown(results, BENCH / "results.md")
    chart = subprocess.run(
        [str(refs.python_of("tools")), str(BENCH / "chart.py"), str(BENCH / "results.json"), str(BENCH / "chart.png")],
        capture_output=True,
        text=True,
        check=False,
    )
    if chart.returncode != 0:
        print(f"chart not drawn: {chart.stderr[-1000:]}", file=sys.stderr)
    step("done")
    for row in results["verdicts"]:
        mark = "PASS" if row["pass"] else "FAIL"
        print(f"{mark}  {row['measure']}: {row['value']} {row['unit']} (target <= {row['target']})")


if __name__ == "__main__":
    main()
