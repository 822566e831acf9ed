"""Measured process: our user page and our application page parsed alternately, so their ratio pairs up.

`python bench/cases/parse_pair.py USERS_PAGE APPLICATIONS_PAGE ROUNDS` (the project's .venv). Both pages go from
bytes to models with `from_dict` (every field converted), as the `ours` rows of parse.py do; parsing them in one
process, round by round, keeps drift on a shared machine out of the applications / users ratio. Prints one JSON
object of samples in seconds (wall, and CPU under `<name>@cpu`).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

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
    print(json.dumps(interleaved(cases, rounds, warmup=5)))


if __name__ == "__main__":
    main()
