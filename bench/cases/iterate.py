"""Measured process: iterate every user of the loopback server's pages, ours or raw httpx + json.

`python bench/cases/iterate.py IMPL PORT LIMIT [PAGES]` (the project's .venv), IMPL ours or raw; PAGES stops early.
Ours pages with the runtime's helper (okta_client.paginate) when it is there, else by following
`Link: rel="next"` with `list_users.sync_detailed(after=...)`. Each user's id and login are read (`user.id`,
`user.profile.login`; raw: `user["id"]`, `user["profile"]["login"]`), as a caller of either would. Prints users seen,
seconds (wall, and this process's CPU), the resident set size at a few pages (to show it stays flat) and the
process's peak RSS (VmHWM).
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx

TOKEN = "bench-token-not-a-secret"
CHECKPOINTS = (1, 10, 50, 100, 250, 500)


def _status_mib(field: str) -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field):
                return int(line.split()[1]) / 1024
    return 0.0


def _rss_mib() -> float:
    return _status_mib("VmRSS:")


def _raw_pages(base: str, limit: int) -> Iterator[list[Any]]:
    headers = {"Authorization": f"SSWS {TOKEN}", "Accept": "application/json"}
    client = httpx.Client(headers=headers)
    url: str | None = f"{base}/api/v1/users?limit={limit}"
    while url is not None:
        response = client.get(url)
        yield response.json()
        url = response.links.get("next", {}).get("url")


def _ours_pages(base: str, limit: int) -> tuple[Iterator[list[Any]], str]:
    """Our pages, and how they are paged: the runtime's helper if it is there, else Link headers by hand."""
    from okta_api.api.user import list_users
    from okta_client import OktaClient

    client = OktaClient.from_config(org_url=base, token=TOKEN)
    try:
        from okta_client import paginate

        return paginate(list_users, client=client, limit=limit).pages(), "okta_client.paginate().pages()"
    except (ImportError, AttributeError):
        return _pages_by_hand(list_users, client, limit), "Link headers by hand (list_users.sync_detailed + after)"


def _pages_by_hand(list_users: Any, client: Any, limit: int) -> Iterator[list[Any]]:
    after: str | None = None
    while True:
        response = list_users.sync_detailed(client=client, limit=limit, **({"after": after} if after else {}))
        yield response.parsed or []
        next_url = httpx.Response(200, headers=response.headers).links.get("next", {}).get("url")
        if next_url is None:
            return
        after = parse_qs(urlsplit(next_url).query)["after"][0]


def _read_ours(user: Any) -> str:
    return f"{user.id} {user.profile.login}"


def _read_raw(user: Any) -> str:
    return f"{user['id']} {user['profile']['login']}"


def main() -> None:
    impl, port, limit = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    max_pages = int(sys.argv[4]) if len(sys.argv) > 4 else None  # for the instruction count, a few pages only
    base = f"http://127.0.0.1:{port}"
    pages, how = _ours_pages(base, limit) if impl == "ours" else (_raw_pages(base, limit), "raw httpx + json")
    read = _read_ours if impl == "ours" else _read_raw
    rss: dict[str, float] = {"start": _rss_mib()}
    users = page_count = 0
    start, start_cpu = time.perf_counter(), time.process_time()
    characters = 0  # what was read, summed rather than kept: the memory measure stays the pages'
    for page in pages:
        page_count += 1
        for user in page:
            users += 1
            characters += len(read(user))
        if page_count in CHECKPOINTS:
            rss[str(page_count)] = _rss_mib()
        if page_count == max_pages:
            break
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - start_cpu
    # VmHWM, not ru_maxrss: Linux carries the parent's high-water mark into ru_maxrss across fork and exec.
    peak = _status_mib("VmHWM:")
    result = {
        "impl": impl,
        "users": users,
        "characters_read": characters,
        "pages": page_count,
        "seconds": seconds,
        "cpu_seconds": cpu_seconds,
        "rss_mib": rss,
        "peak_rss_mib": peak,
        "pagination": how,
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
