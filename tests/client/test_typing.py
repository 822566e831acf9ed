"""What a type checker sees of the models: misspelt fields are errors; extensible models take any attribute."""

from __future__ import annotations

import textwrap
from pathlib import Path

from mypy import api

PROBE = textwrap.dedent("""\
    from okta_api.models.user import User
    from okta_api.models.user_profile import UserProfile

    user = User.from_dict({})
    user.stauts
    profile: UserProfile = UserProfile.from_dict({})
    custom: str = profile.employeeStartDate
    """)


def test_a_misspelt_field_is_a_type_error_and_a_custom_profile_attribute_is_not(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text(PROBE)
    root = Path(__file__).resolve().parents[2]
    out, _, status = api.run(
        ["--config-file", str(root / "pyproject.toml"), "--cache-dir", str(root / ".mypy_cache"), str(probe)]
    )
    errors = [line for line in out.splitlines() if ": error:" in line]
    assert status == 1
    assert len(errors) == 1 and 'probe.py:5: error: "User" has no attribute "stauts"' in errors[0], out


READING_PROBE = textwrap.dedent("""\
    from typing import assert_type

    from okta_api.models.user import User
    from okta_api.models.user_status import UserStatus

    user = User.from_json({"id": "00u1", "profile": {"login": "a@example.com"}})
    assert_type(user.id, str | None)
    assert_type(user.status, UserStatus | None)
    login: str | None = user.profile.login if user.profile is not None else None
    ids: list[str] = [user.id] if user.id is not None else []
    User(id="00u2", status=None)  # absent, null or a value: the constructor takes each
    """)


def test_reading_a_field_needs_no_unset_narrowing(tmp_path: Path) -> None:
    """A field reads as its value type or None (absent or null): `None` checks alone satisfy mypy --strict."""
    probe = tmp_path / "reading.py"
    probe.write_text(READING_PROBE)
    root = Path(__file__).resolve().parents[2]
    out, _, status = api.run(
        ["--config-file", str(root / "pyproject.toml"), "--cache-dir", str(root / ".mypy_cache"), str(probe)]
    )
    assert status == 0, out
