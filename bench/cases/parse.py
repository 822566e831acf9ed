"""Measured process: parse one page of JSON bytes into models, paired round by round with `json.loads` alone.

Run by bench/run.py as `<venv python> bench/cases/parse.py IMPL KIND PAGE ROUNDS`, IMPL one of ours (`from_dict`:
every field converted), ours_orjson (the same, the runtime's orjson serializer decodes), ours_json_few (`from_json`,
what responses parse into, then a few fields read: id, status and profile.login of a user; id, label and signOnMode of
an application), ours_json_all (`from_json`, then every field read, nested models and lists too), ours_dict_all
(`from_dict`, then every field read), stock, official;
KIND users or applications. Prints one JSON object:
samples in seconds for `json` (json.loads alone) and `models` (bytes to a list of models), how many items of the page
the implementation could parse, and the first error.
A client that cannot parse every item is also timed on the items it can parse (`subset`), so the row still says
something, and the error is recorded.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

# Run as a script in any environment: the repository root makes `bench` importable (standard library only).
sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))
from bench._timing import interleaved


def _decoder(impl: str) -> Callable[[bytes], Any]:
    """bytes to JSON values: json.loads, or the runtime's orjson serializer for the `ours_orjson` row."""
    if impl == "ours_orjson":
        from okta_plugins.serializers import orjson_engine

        return orjson_engine.loads
    return json.loads


def _read_every_field(value: Any) -> None:
    """Read every field of a model, recursively (lists and nested models too)."""
    if isinstance(value, list):
        for item in value:
            _read_every_field(item)
        return
    fields = getattr(type(value), "__attrs_attrs__", None)
    if fields is not None:
        for field in fields:
            _read_every_field(getattr(value, field.name))


def _read_user(user: Any) -> Any:
    return user.id, user.status, user.profile.login


def _read_application(application: Any) -> Any:
    return application.id, application.label, application.sign_on_mode


def _reading_loader(impl: str, kind: str) -> Callable[[Any], Any]:
    """Models, then a few or all of their fields read: what a caller of a generated function pays."""
    if kind == "users":
        from okta_api.models.user import User

        cls: Any = User
    else:
        from okta_api.models.application import Application

        cls = Application
    wrap: Callable[[Any], Any] = cls.from_dict if impl == "ours_dict_all" else cls.from_json
    few = _read_user if kind == "users" else _read_application
    read = few if impl == "ours_json_few" else _read_every_field

    def load(item: Any) -> Any:
        model = wrap(item)
        read(model)
        return model

    return load


def _loader(impl: str, kind: str) -> Callable[[Any], Any]:
    """The function that turns one decoded JSON item into the implementation's model."""
    if impl in ("ours_json_few", "ours_json_all", "ours_dict_all"):
        return _reading_loader(impl, kind)
    if impl in ("ours", "ours_orjson"):
        if kind == "users":
            from okta_api.models.user import User

            return User.from_dict
        from okta_api.models.application import Application

        return Application.from_dict
    # The references live in their own environments: nothing to type-check them against here.
    load: Callable[[Any], Any]
    if impl == "stock":
        if kind == "users":
            from okta_stock.models.user import User as StockUser  # type: ignore[import-not-found]

            load = StockUser.from_dict
        else:
            from okta_stock.models.application import Application as StockApplication  # type: ignore[import-not-found]

            load = StockApplication.from_dict
        return load
    if impl == "official":
        if kind == "users":
            from okta.models.user import User as OfficialUser  # type: ignore[import-not-found]

            load = OfficialUser.from_dict
        else:
            from okta.models.application import Application as OfficialApplication  # type: ignore[import-not-found]

            load = OfficialApplication.from_dict
        return load
    raise SystemExit(f"unknown implementation {impl!r}")


def _without_nulls(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _without_nulls(item) for key, item in value.items() if item is not None}
    if isinstance(value, list):
        return [_without_nulls(item) for item in value]
    return value


def main() -> None:
    impl, kind, page, rounds = sys.argv[1], sys.argv[2], Path(sys.argv[3]), int(sys.argv[4])
    body = page.read_bytes()
    items = json.loads(body)
    try:
        load, decode = _loader(impl, kind), _decoder(impl)
    except ImportError as exc:
        # The stock generator skips schemas it cannot model (on the current spec, User): nothing to time.
        missing = f"{type(exc).__name__}: {exc} (the generator skipped it)"
        print(json.dumps({"impl": impl, "kind": kind, "items": len(items), "parsed": 0, "error": missing}))
        return
    parsed, first_error = 0, None
    for item in items:
        try:
            load(item)
            parsed += 1
        except Exception as exc:
            first_error = first_error or f"{type(exc).__name__}: {exc}"[:300]
    result: dict[str, Any] = {"impl": impl, "kind": kind, "items": len(items), "parsed": parsed, "error": first_error}

    def models() -> object:
        return [load(item) for item in decode(body)]

    if parsed == len(items):
        result["samples"] = interleaved({"json": lambda: json.loads(body), "models": models}, rounds, warmup=5)
    else:
        # The page without its nulls, then only the items that parse: what this client can do with the same data.
        def parses(item: Any) -> bool:
            try:
                load(item)
            except Exception:
                return False
            return True

        stripped = [item for item in _without_nulls(items) if parses(item)]
        result["subset"] = {"items": len(stripped), "nulls_removed": True}
        if stripped:
            subset_body = json.dumps(stripped).encode()
            result["samples"] = interleaved(
                {
                    "json": lambda: json.loads(subset_body),
                    "models": lambda: [load(item) for item in decode(subset_body)],
                },
                rounds,
                warmup=5,
            )
    print(json.dumps(result))


if __name__ == "__main__":
    main()
