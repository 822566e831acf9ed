"""Measured process: our user page and our application page parsed alternately, so their ratio pairs up.

`python bench/cases/parse_pair.py USERS_PAGE APPLICATIONS_PAGE ROUNDS` (the project's .venv). Both pages go from
bytes to models with `from_dict` (every field converted), as the `ours` rows of parse.py do; parsing them in one
process, round by round, keeps drift on a shared machine out of the applications / users ratio. Prints one JSON
object of samples in seconds (wall, and CPU under `<name>@cpu`), and under `objects` the model objects each page
builds, for the cost per object.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import attrs
from okta_api._model import OktaModel
from okta_api.models.application import Application
from okta_api.models.user import User

# Run as a script: the repository root makes `bench` importable (standard library only).
sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))
from bench._timing import interleaved


def main() -> None:
    users, applications, rounds = Path(sys.argv[1]).read_bytes(), Path(sys.argv[2]).read_bytes(), int(sys.argv[3])
    cases = {
        "users": lambda: [User.from_dict(item) for item in json.loads(users)],
        "applications": lambda: [Application.from_dict(item) for item in json.loads(applications)],
    }
    result = interleaved(cases, rounds, warmup=5)
    result["objects"] = {name: count_models(build()) for name, build in cases.items()}
    print(json.dumps(result))


def count_models(value: object) -> int:
    """Model objects in `value` (a page, a model, a list or dict of them): what parsing the page built."""
    if isinstance(value, OktaModel):
        children = [getattr(value, field.name) for field in attrs.fields(type(value))]
        return 1 + sum(count_models(child) for child in children)
    if isinstance(value, (list, tuple)):
        return sum(count_models(item) for item in value)
    if isinstance(value, dict):
        return sum(count_models(item) for item in value.values())
    return 0


if __name__ == "__main__":
    main()
