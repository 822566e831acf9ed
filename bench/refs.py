"""Build the reference environments the benchmark compares against, under build/ (idempotent).

- build/bench-venvs/official: the official `okta` SDK, pinned.
- build/bench-venvs/stock: attrs, httpx and python-dateutil, plus the stock openapi-python-client output for the
  same upstream spec (generated into build/bench-stock/ with the project's own openapi-python-client).
- build/bench-venvs/httpx: raw httpx, the floor every row is divided by.
- build/bench-venvs/tools: matplotlib, for the chart only (never imported by a measured process).

Every compared tree is precompiled into one bytecode cache (build/bench-pycache, used through PYTHONPYCACHEPREFIX by
every measured process), because this machine sets PYTHONDONTWRITEBYTECODE=1 while a real install has bytecode.
"""

from __future__ import annotations

import compileall
import os
import subprocess
import sys
import sysconfig
import tomllib
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
VENVS = BUILD / "bench-venvs"
# With --meta none the output path is the package itself, so its name must be importable.
STOCK_OUT = BUILD / "bench-stock" / "okta_stock"
PYCACHE = BUILD / "bench-pycache"
# The spec the shipped client follows (spec/upstream.toml), so the stock row is generated from the same document.
SPEC = Path("/work/shared/spec") / tomllib.loads((ROOT / "spec" / "upstream.toml").read_text())["file"]
PROJECT_PY = ROOT / ".venv" / "bin" / "python"

OFFICIAL_SDK = "okta==3.4.6"
# The same versions as the project's .venv, so the stock row differs from ours only in the generated code.
STOCK_DEPS = ("attrs==26.1.0", "httpx==0.28.1", "python-dateutil")
HTTPX_DEPS = ("httpx==0.28.1",)
TOOLS_DEPS = ("matplotlib",)

ENVS: dict[str, tuple[str, ...]] = {
    # httpx only for the same-environment `import httpx` baseline; the SDK never imports it.
    "official": (OFFICIAL_SDK, *HTTPX_DEPS),
    "stock": STOCK_DEPS,
    "httpx": HTTPX_DEPS,
    "tools": TOOLS_DEPS,
}


def python_of(name: str) -> Path:
    """The interpreter of one reference environment."""
    return VENVS / name / "bin" / "python"


def _site_packages(python: Path) -> Path:
    out = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    )
    return Path(out.stdout.strip())


def _ensure_venv(name: str, requirements: tuple[str, ...]) -> None:
    target = VENVS / name
    stamp = target / ".bench-installed"
    wanted = "\n".join(requirements)
    if stamp.exists() and stamp.read_text() == wanted:
        return
    if not python_of(name).exists():
        subprocess.run([sys.executable, "-m", "venv", str(target)], check=True)
    # pip's output is kept for a failure only: this machine's extra indexes make it chatty.
    pip = subprocess.run(
        [str(python_of(name)), "-m", "pip", "install", "--quiet", *requirements], capture_output=True, text=True
    )
    if pip.returncode != 0:
        raise RuntimeError(f"pip install into {target} failed:\n{pip.stdout}{pip.stderr}")
    stamp.write_text(wanted)


def _generate_stock() -> None:
    if (STOCK_OUT / "client.py").exists():
        return
    STOCK_OUT.parent.mkdir(parents=True, exist_ok=True)
    tool = ROOT / ".venv" / "bin" / "openapi-python-client"
    # Okta's current spec has enums whose values collide as Python names (BY_DATE_TIME twice): the stock generator
    # refuses them unless enums are literal types, as its error says.
    config = STOCK_OUT.parent / "stock-config.yaml"
    config.write_text("literal_enums: true\n")
    result = subprocess.run(
        [
            *(str(tool), "generate", "--path", str(SPEC), "--meta", "none"),
            *("--output-path", str(STOCK_OUT), "--config", str(config)),
        ],
        capture_output=True,
        text=True,
        check=False,
        # Its post-generation hooks run ruff, which lives beside it.
        env={**os.environ, "PATH": f"{tool.parent}{os.pathsep}{os.environ['PATH']}"},
    )
    # The stock generator warns about (and skips) what it cannot model but still writes a package.
    (STOCK_OUT.parent / "generate.log").write_text(result.stdout + result.stderr)
    if not STOCK_OUT.exists():
        raise RuntimeError(f"stock generation failed; see {STOCK_OUT.parent / 'generate.log'}")


def _link_stock() -> None:
    # A .pth file puts the stock package on the stock venv's path without copying it.
    pth = _site_packages(python_of("stock")) / "okta_stock_bench.pth"
    pth.write_text(f"{STOCK_OUT.parent}\n")


def precompile() -> None:
    """Bytecode for every tree a measured process imports, into the shared cache prefix."""
    PYCACHE.mkdir(parents=True, exist_ok=True)
    sys.pycache_prefix = str(PYCACHE)
    trees = [
        Path(sysconfig.get_paths()["stdlib"]),
        _site_packages(PROJECT_PY),
        ROOT / "generated",
        ROOT / "plugins",
        ROOT / "bench",
        STOCK_OUT,
        *(_site_packages(python_of(name)) for name in ("official", "stock", "httpx")),
    ]
    with warnings.catch_warnings():
        # The standard library's own test data holds deliberate syntax warnings.
        warnings.simplefilter("ignore")
        for tree in trees:
            compileall.compile_dir(str(tree), quiet=2, workers=2)


def main() -> None:
    VENVS.mkdir(parents=True, exist_ok=True)
    for name, requirements in ENVS.items():
        _ensure_venv(name, requirements)
    _generate_stock()
    _link_stock()
    precompile()
    print(f"reference environments ready under {VENVS.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    os.chdir(ROOT)
    main()
