"""Deterministic JSON shaped like Okta's own answers, for the benchmark's pages.

Users follow what `GET /api/v1/users` returns in a real org: STAGED users with `activated` and `lastLogin` null,
profile attributes Okta sends as null, custom profile attributes the spec does not declare, `credentials` with a
provider and (often) an empty password object, and `_links`. Applications cycle through the shapes in
tests/fixtures/okta/app_*.json (bookmark, OIDC, SAML, org2org, SWA, SWA 3-field, an unknown sign-on mode), each with
its own id, so a page mixes every subclass the discriminator dispatches to.
"""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "okta"
ORG = "https://dev-123456.okta.com"

_FIRST = ("Isaac", "Maria", "Wei", "Aisha", "Tomas", "Priya", "Olu", "Sven", "Keiko", "Diego", "Fatima", "Noah")
_LAST = ("Brock", "Garcia", "Chen", "Khan", "Novak", "Iyer", "Adeyemi", "Larsen", "Sato", "Lopez", "Haddad", "Smith")
_DEPARTMENTS = ("Engineering", "Sales", "Finance", "Support", "Legal", "People")
_STATUSES = ("ACTIVE",) * 7 + ("STAGED", "PROVISIONED", "SUSPENDED", "PASSWORD_EXPIRED", "LOCKED_OUT")


def _okta_id(rng: random.Random, prefix: str) -> str:
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    return prefix + "".join(rng.choice(alphabet) for _ in range(17))


def _timestamp(rng: random.Random, year: int) -> str:
    return (
        f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T"
        f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.000Z"
    )


def user(rng: random.Random, index: int) -> dict[str, Any]:
    """One user as `GET /api/v1/users` lists it."""
    user_id = _okta_id(rng, "00u")
    first, last = rng.choice(_FIRST), rng.choice(_LAST)
    login = f"{first.lower()}.{last.lower()}{index}@example.com"
    status = rng.choice(_STATUSES)
    staged = status in ("STAGED", "PROVISIONED")
    never_logged_in = staged or rng.random() < 0.2
    profile: dict[str, Any] = {
        "firstName": first,
        "lastName": last,
        "mobilePhone": None if rng.random() < 0.6 else f"+1-555-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
        "secondEmail": None,
        "login": login,
        "email": login,
        "displayName": f"{first} {last}",
        "title": rng.choice(("Engineer", "Manager", "Analyst", None)),
        "department": rng.choice(_DEPARTMENTS),
        "employeeNumber": str(100000 + index),
        "costCenter": f"CC-{rng.randint(100, 999)}",
        "managerId": None,
        "countryCode": rng.choice(("US", "DE", "IN", "JP")),
        "timezone": "America/Los_Angeles",
        # Custom attributes an org adds in its profile editor: undeclared in the spec.
        "employeeStartDate": f"20{rng.randint(10, 24)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
        "badgeNumber": rng.randint(1000, 99999),
        "isContractor": rng.random() < 0.15,
        "githubUsername": None if rng.random() < 0.5 else f"{first.lower()}{index}",
        "groupsOfInterest": rng.sample(["oncall", "security", "frontend", "data", "infra"], 2),
    }
    provider = {"type": "OKTA", "name": "OKTA"} if rng.random() < 0.8 else {"type": "ACTIVE_DIRECTORY", "name": "corp"}
    credentials: dict[str, Any] = {
        "emails": [{"value": login, "status": "VERIFIED", "type": "PRIMARY"}],
        "provider": provider,
    }
    if provider["type"] == "OKTA" and not staged:
        credentials["password"] = {}
        if rng.random() < 0.3:
            credentials["recovery_question"] = {"question": "Who's a major player in the cowboy scene?"}
    created_year = rng.randint(2016, 2023)
    return {
        "id": user_id,
        "status": status,
        "created": _timestamp(rng, created_year),
        "activated": None if staged else _timestamp(rng, created_year),
        "statusChanged": None if staged else _timestamp(rng, created_year + 1),
        "lastLogin": None if never_logged_in else _timestamp(rng, 2024),
        "lastUpdated": _timestamp(rng, 2024),
        "passwordChanged": None if staged else _timestamp(rng, 2024),
        "type": {"id": "oty1a2b3c4d5e6f7g8h9"},
        "profile": profile,
        "credentials": credentials,
        "_links": {
            "self": {"href": f"{ORG}/api/v1/users/{user_id}"},
            "schema": {"href": f"{ORG}/api/v1/meta/schemas/user/osc1a2b3c4d5e6f7g8h9"},
            "type": {"href": f"{ORG}/api/v1/meta/types/user/oty1a2b3c4d5e6f7g8h9"},
        },
    }


def users(count: int, seed: int = 8) -> list[dict[str, Any]]:
    """`count` users, the same for the same seed."""
    rng = random.Random(seed)
    return [user(rng, index) for index in range(count)]


def applications(count: int, seed: int = 8) -> list[dict[str, Any]]:
    """`count` applications cycling through every fixture shape, each with a fresh id."""
    rng = random.Random(seed)
    shapes = [json.loads(path.read_text()) for path in sorted(FIXTURES.glob("app_*.json"))]
    page = []
    for index in range(count):
        app = copy.deepcopy(shapes[index % len(shapes)])
        old_id, new_id = app["id"], _okta_id(rng, "0oa")
        app = json.loads(json.dumps(app).replace(old_id, new_id))
        app["label"] = f"{app['label']} {index}"
        page.append(app)
    return page


def write_pages(directory: Path, page_size: int = 200) -> dict[str, Path]:
    """The user page and the application page as UTF-8 JSON files, for the measured processes to read."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = {"users": directory / "users.json", "applications": directory / "applications.json"}
    paths["users"].write_text(json.dumps(users(page_size)))
    paths["applications"].write_text(json.dumps(applications(page_size)))
    return paths
