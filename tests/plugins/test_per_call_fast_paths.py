"""The shortcuts on every call's path (see bench/results.md, "Per call") change nothing a caller can see."""

from __future__ import annotations

from okta_plugins._clock import SystemClock
from okta_plugins._deadline import Deadline, current_deadline, deadline_scope, enter_deadline, leave_deadline


def test_entering_the_deadline_in_force_again_keeps_it_in_force_after_leaving() -> None:
    outer = Deadline(SystemClock(), 5)
    with deadline_scope(outer):
        token = enter_deadline(outer)  # the transport, inside the retry loop's scope: nothing to change
        leave_deadline(token)
        assert current_deadline() is outer
    assert current_deadline() is None


def test_a_different_deadline_is_put_in_force_and_the_outer_one_restored() -> None:
    outer, inner = Deadline(SystemClock(), 5), Deadline(SystemClock(), 1)
    with deadline_scope(outer):
        token = enter_deadline(inner)
        assert current_deadline() is inner
        leave_deadline(token)
        assert current_deadline() is outer
    token = enter_deadline(None)
    assert current_deadline() is None
    leave_deadline(token)
    assert current_deadline() is None
