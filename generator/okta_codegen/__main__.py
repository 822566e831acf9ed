"""`python -m okta_codegen generate|check|normalize|update-spec SOURCE|diff OLD NEW|swagger2 IN OUT [--root DIR]`."""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from pathlib import Path

from .errors import PluginFailed, SpecError
from .format import FormattingFailed
from .normalize import dump_json, normalized_document
from .opc import GenerationFailed
from .output import write_atomic
from .pipeline import SHIPPED, Project, check_generated, generate, project_for
from .update_spec import run_spec_command

ARGUMENTS = {"update-spec": 1, "diff": 2, "swagger2": 2}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="okta_codegen", description=__doc__)
    parser.add_argument("command", choices=("generate", "check", "normalize", *ARGUMENTS))
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="the project's root folder")
    parser.add_argument(
        "--target",
        default=SHIPPED,
        help="the spec to build: `shipped` (spec/upstream.toml -> generated/) or a spec/targets/<name>.toml "
        "(-> build/targets/<name>/)",
    )
    parser.add_argument("arguments", nargs="*", help="update-spec: SOURCE (URL, path); diff: OLD NEW; swagger2: IN OUT")
    parser.add_argument("--sha256", help="update-spec: refuse a file whose sha256 is not this")
    parser.add_argument("--url", help="update-spec: the URL to record when SOURCE is a local path")
    parser.add_argument("--report", type=Path, help="update-spec, diff: also write the change report to this file")
    parser.add_argument("--normalized", action="store_true", help="diff: OLD and NEW are normalized specs already")
    parser.add_argument(
        "--migration", action="store_true", help="diff: print where each operation's import path went instead"
    )
    parser.add_argument(
        "--debug", action="store_true", help=f"print the traceback of a failure (or set {DEBUG_VARIABLE}=1)"
    )
    args = parser.parse_args(argv)
    if len(args.arguments) != ARGUMENTS.get(args.command, 0):
        parser.error(f"{args.command} takes {ARGUMENTS.get(args.command, 0)} argument(s)")
    debug = args.debug or os.environ.get(DEBUG_VARIABLE, "") not in ("", "0")
    try:
        project = project_for(args.root.resolve(), args.target)
        if args.command in ARGUMENTS:
            return run_spec_command(args, project)
        return _run(args.command, project)
    except (SpecError, PluginFailed, GenerationFailed, FormattingFailed, ImportError) as exc:
        return _fail(str(exc), debug)
    except RecursionError:
        return _fail("internal error: recursion too deep (a reference loop the checks missed?); " + HOW, debug)
    except Exception as exc:  # a bug of ours: still one clear line, never a raw traceback
        return _fail(f"internal error: {type(exc).__name__}: {exc}; " + HOW, debug)


DEBUG_VARIABLE = "OKTA_CODEGEN_DEBUG"
HOW = f"run with --debug (or {DEBUG_VARIABLE}=1) for the traceback, and please report it"


def _fail(message: str, debug: bool) -> int:
    if debug:
        traceback.print_exc()
    print(f"okta_codegen: error: {message}", file=sys.stderr)
    return 1


def _run(command: str, project: Project) -> int:
    if command == "generate":
        generate(project)
        print(f"generated {project.generated.relative_to(project.root)}")
        return 0
    if command == "normalize":
        write_atomic(project.normalized_spec, dump_json(normalized_document(project.inputs)))
        print(f"wrote {project.normalized_spec.relative_to(project.root)}")
        return 0
    differences = check_generated(project)
    for line in differences[:50]:
        print(line)
    if len(differences) > 50:
        print(f"... and {len(differences) - 50} more")
    if differences:
        print(f"generated/ differs from what the generator produces: {len(differences)} file(s)", file=sys.stderr)
        return 1
    print("generated/ is exactly what the generator produces")
    return 0


if __name__ == "__main__":
    sys.exit(main())
