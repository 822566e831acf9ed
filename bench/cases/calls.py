"""Measured process: one `getUser` call against the loopback server, ours (plugins on) against raw httpx.

`python bench/cases/calls.py PORT ROUNDS CALLS` (the project's .venv). Each sample is the mean of CALLS sequential
calls over one kept-alive connection; ours and raw alternate within each round (sync, then async in one event loop)
so their ratio pairs up. Raw httpx sends the same request (same headers) and decodes the JSON; ours also builds the
`User` model, which is part of what a caller pays. To split the difference, sync also times raw httpx + `User.from_dict`
(`raw_model`) and the generated function on the generated bare `Client` without okta_plugins (`generated_bare`).
Prints one JSON object of samples in seconds per call.
"""

from __future__ import annotations

import asyncio
import gc
import json
import sys
import time
from pathlib import Path

import httpx
from okta_api.api.user import get_user
from okta_api.client import Client
from okta_api.models.user import User
from okta_client import OktaClient

# Run as a script in any environment: the repository root makes `bench` importable (standard library only).
sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))
from bench._timing import interleaved

USER_ID = "00ub0oNGTSWTBKOLGLNR"
TOKEN = "bench-token-not-a-secret"


def main() -> None:
    port, rounds, calls = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    base = f"http://127.0.0.1:{port}"
    headers = {"Authorization": f"SSWS {TOKEN}", "Accept": "application/json", "User-Agent": "bench"}
    ours = OktaClient.from_config(org_url=base, token=TOKEN)
    bare = Client(base_url=base, headers=headers)
    raw = httpx.Client(base_url=base, headers=headers)

    def ours_sync() -> object:
        return get_user.sync(USER_ID, client=ours)

    def raw_sync() -> object:
        return raw.get(f"/api/v1/users/{USER_ID}").json()

    # The two steps between raw and ours, to split the overhead: the model, then the generated function.
    def raw_model_sync() -> object:
        return User.from_dict(raw.get(f"/api/v1/users/{USER_ID}").json())

    def generated_bare_sync() -> object:
        return get_user.sync(USER_ID, client=bare)

    assert ours_sync() is not None and raw_sync() and generated_bare_sync() is not None
    cases = {"ours": ours_sync, "raw": raw_sync, "raw_model": raw_model_sync, "generated_bare": generated_bare_sync}
    result = {"sync": interleaved(cases, rounds, warmup=50, inner=calls)}
    result["async"] = asyncio.run(_async_samples(base, headers, rounds, calls))
    print(json.dumps(result))


async def _async_samples(base: str, headers: dict[str, str], rounds: int, calls: int) -> dict[str, list[float]]:
    ours = OktaClient.from_config(org_url=base, token=TOKEN)
    raw = httpx.AsyncClient(base_url=base, headers=headers)

    async def ours_async() -> object:
        return await get_user.asyncio(USER_ID, client=ours)

    async def raw_async() -> object:
        return (await raw.get(f"/api/v1/users/{USER_ID}")).json()

    cases = {"ours": ours_async, "raw": raw_async}
    for _ in range(50):
        for case in cases.values():
            await case()
    samples: dict[str, list[float]] = {}
    for name in cases:
        samples[name], samples[f"{name}@cpu"] = [], []
    for _ in range(rounds):
        for name, case in cases.items():
            gc.collect()
            start, start_cpu = time.perf_counter(), time.process_time()
            for _ in range(calls):
                await case()
            samples[f"{name}@cpu"].append((time.process_time() - start_cpu) / calls)
            samples[name].append((time.perf_counter() - start) / calls)
    await raw.aclose()
    await ours.get_async_httpx_client().aclose()
    return samples


if __name__ == "__main__":
    main()
