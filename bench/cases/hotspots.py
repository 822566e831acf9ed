"""Measured process: where our time goes, by cProfile, for the measures that miss their target.

`python bench/cases/hotspots.py OUT_DIR USERS_PAGE APPS_PAGE PORT` (the project's .venv; the loopback server on PORT
serves 60 user pages). Writes one text report per scenario (own and cumulative time, top functions) into OUT_DIR and
prints a JSON summary: the functions with the most own time per scenario, what okta_plugins adds to one call
function by function, and the pieces of one call timed alone.
"""

from __future__ import annotations

import cProfile
import io
import json
import pstats
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

TOKEN = "bench-token-not-a-secret"


def _scenarios(users_page: Path, apps_page: Path, port: int) -> dict[str, Callable[[], object]]:
    from okta_api.api.user import get_user
    from okta_api.models.application import Application
    from okta_api.models.user import User
    from okta_client import OktaClient

    users, apps = users_page.read_bytes(), apps_page.read_bytes()
    client = OktaClient.from_config(org_url=f"http://127.0.0.1:{port}", token=TOKEN)

    def parse_users() -> object:
        for _ in range(50):
            [User.from_dict(item) for item in json.loads(users)]
        return None

    def parse_apps() -> object:
        for _ in range(50):
            [Application.from_dict(item) for item in json.loads(apps)]
        return None

    def calls() -> object:
        for _ in range(2000):
            get_user.sync("00ub0oNGTSWTBKOLGLNR", client=client)
        return None

    def iterate() -> object:
        from okta_api.api.user import list_users

        try:
            from okta_client import paginate
        except ImportError:
            return None
        return sum(len(page) for page in paginate(list_users, client=client, limit=200).pages())

    # One untimed pass each: lazy imports and first-use caches are not what is profiled.
    User.from_dict(json.loads(users)[0])
    for item in json.loads(apps):
        Application.from_dict(item)
    get_user.sync("00ub0oNGTSWTBKOLGLNR", client=client)
    return {
        "parse_users_x50": parse_users,
        "parse_applications_x50": parse_apps,
        "get_user_sync_x2000": calls,
        "iterate_60_pages": iterate,
    }


def _micro(users_page: Path, port: int) -> dict[str, Any]:
    """Microseconds per operation for the pieces a call goes through, each timed alone (best of 5 repeats)."""
    import timeit

    import httpx
    from okta_api.api.user import get_user
    from okta_api.models.user import User
    from okta_client import OktaClient

    client = OktaClient.from_config(org_url=f"http://127.0.0.1:{port}", token=TOKEN)
    one_user = json.loads(users_page.read_bytes())[0]
    request = httpx.Request("GET", f"http://127.0.0.1:{port}/api/v1/users/x", extensions={"okta_operation": 1})
    response = httpx.Response(200, json=one_user, request=request)
    pieces: dict[str, Callable[[], object]] = {
        "User.from_dict(one user)": lambda: User.from_dict(one_user),
        "json.loads(one user)": lambda: json.loads(response.content),
        "httpx.Headers() (empty, per request in _wire._encoded)": lambda: httpx.Headers(None),
        "httpx.Response(...) (a second one per call in OktaResponse.adopt)": lambda: httpx.Response(
            status_code=200, headers=response.headers, stream=response.stream, request=request
        ),
        "isinstance(x, int) (a plain class, for scale)": lambda: isinstance(get_user.OPERATION, int),
    }
    try:
        from okta_plugins._operation import Operation as OperationProtocol

        pieces["isinstance(OPERATION, runtime_checkable Operation Protocol)"] = lambda: isinstance(
            get_user.OPERATION, OperationProtocol
        )
    except ImportError:
        pass
    try:
        from okta_plugins._scopes import ScopedCredential

        pieces["isinstance(credential, runtime_checkable ScopedCredential Protocol)"] = lambda: isinstance(
            client.credential, ScopedCredential
        )
    except ImportError:
        pass
    try:
        config = client.config
        pieces["hooks.prepare_request(...) (one pluggy hook call)"] = lambda: client.hooks.prepare_request(
            request=request, operation=get_user.OPERATION, config=config
        )
    except AttributeError:
        pass
    result: dict[str, Any] = {}
    for label, piece in pieces.items():
        try:
            best = min(timeit.repeat(piece, number=2000, repeat=5)) / 2000
            result[label] = round(best * 1e6, 2)
        except Exception as exc:  # the runtime is changing under other work; record, do not fail the run
            result[label] = f"not measured: {type(exc).__name__}: {exc}"[:200]
    return result


def _call_diff(port: int, calls: int = 2000) -> list[dict[str, Any]]:
    """Own time per call that ours spends beyond the generated function on a bare `Client`, function by function.

    Both run `get_user.sync` under cProfile against the same server; a function's own time on the bare client is
    subtracted from ours, so what remains is what okta_plugins adds (profiler overhead inflates every entry alike).
    """
    from okta_api.api.user import get_user
    from okta_api.client import Client
    from okta_client import OktaClient

    base = f"http://127.0.0.1:{port}"
    clients = {
        "ours": OktaClient.from_config(org_url=base, token=TOKEN),
        "bare": Client(base_url=base, headers={"Authorization": f"SSWS {TOKEN}", "Accept": "application/json"}),
    }
    own: dict[str, dict[str, tuple[int, float, float]]] = {}
    for name, client in clients.items():
        for _ in range(100):
            get_user.sync("00ub0oNGTSWTBKOLGLNR", client=client)
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(calls):
            get_user.sync("00ub0oNGTSWTBKOLGLNR", client=client)
        profiler.disable()
        stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
        own[name] = {_short(func): (data[1], data[2], data[3]) for func, data in stats.items()}
    rows: list[dict[str, Any]] = []
    for function, (ncalls, own_s, cum_s) in own["ours"].items():
        bare_calls, bare_own, _ = own["bare"].get(function, (0, 0.0, 0.0))
        rows.append(
            {
                "function": function,
                "extra_own_us_per_call": round((own_s - bare_own) / calls * 1e6, 2),
                "calls_per_call": round(ncalls / calls, 1),
                "bare_calls_per_call": round(bare_calls / calls, 1),
                "cum_us_per_call": round(cum_s / calls * 1e6, 1),
            }
        )
    rows.sort(key=lambda row: row["extra_own_us_per_call"], reverse=True)
    return rows[:15]


def _short(entry: tuple[str, int, str]) -> str:
    path, line, name = entry
    parts = Path(path).parts
    tail = "/".join(parts[-3:]) if len(parts) >= 3 else path
    return f"{tail}:{line}({name})" if line else name


def main() -> None:
    out, users_page, apps_page, port = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4])
    out.mkdir(parents=True, exist_ok=True)
    summary: dict[str, Any] = {}
    for name, scenario in _scenarios(users_page, apps_page, port).items():
        profiler = cProfile.Profile()
        profiler.runcall(scenario)
        text = io.StringIO()
        stats = pstats.Stats(profiler, stream=text)
        total = stats.total_tt  # type: ignore[attr-defined]
        stats.sort_stats("tottime").print_stats(25)
        stats.sort_stats("cumulative").print_stats(25)
        (out / f"{name}.txt").write_text(text.getvalue())
        rows = sorted(stats.stats.items(), key=lambda kv: kv[1][2], reverse=True)[:12]  # type: ignore[attr-defined]
        summary[name] = {
            "total_s": total,
            "top_own_time": [
                {"function": _short(func), "calls": data[1], "own_s": data[2], "cum_s": data[3]} for func, data in rows
            ],
        }
    summary["micro_us"] = _micro(users_page, port)
    summary["call_diff_vs_bare"] = _call_diff(port)
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
