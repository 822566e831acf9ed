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
