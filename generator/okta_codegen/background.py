"""Run a step (a check, a rendering) in a forked child process while this one goes on, and collect its outcome later.

The child is a fork: it sees the parent's data as it was at `start`, whatever the parent changes afterwards, and
nothing is pickled on the way in. Its exception (or None) comes back pickled. Where fork does not exist (Windows),
the check runs at once, in this process: the verdict is the same, only later in coming.
"""

from __future__ import annotations

import multiprocessing
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from types import TracebackType


class ChildDied(Exception):
    """The checking process ended without a verdict (killed, or out of memory)."""


class Pending:
    """A check started by `start`: `wait` returns when it passed and raises what it raised."""

    def __init__(
        self,
        process: BaseProcess | None,
        verdict: Connection | None,
        outcome: BaseException | None = None,
        on_success: Callable[[], None] | None = None,
    ) -> None:
        self._process = process
        self._verdict = verdict
        self._outcome = outcome
        self._on_success = on_success

    def wait(self) -> None:
        """Block until the check is done; raise its exception, if any (every call raises it again)."""
        if self._process is not None and self._verdict is not None:
            self._outcome = _receive(self._process, self._verdict)
            self._process, self._verdict = None, None
        if self._outcome is not None:
            raise self._outcome
        if self._on_success is not None:
            on_success, self._on_success = self._on_success, None
            on_success()

    def close(self) -> None:
        """Stop a check still running (the caller failed or was interrupted and will not ask)."""
        if self._process is not None:
            self._process.kill()
            self._process.join()
        if self._verdict is not None:
            self._verdict.close()
        self._process, self._verdict = None, None

    def __enter__(self) -> Pending:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.close()


def start(check: Callable[[], None], background: bool, on_success: Callable[[], None] | None = None) -> Pending:
    """Run `check`: in a forked child when `background` (and fork exists), else here and now.

    `on_success` runs in this process, at the first `wait` that finds the check passed.
    """
    if not background or "fork" not in multiprocessing.get_all_start_methods():
        try:
            check()
        except Exception as exc:
            return Pending(None, None, exc)
        return Pending(None, None, None, on_success)
    context = multiprocessing.get_context("fork")
    receiving, sending = context.Pipe(duplex=False)
    process = context.Process(target=_run, args=(check, sending), daemon=True, name="okta-codegen-check")
    process.start()
    sending.close()  # the child holds the only sending end: its exit ends the pipe
    return Pending(process, receiving, None, on_success)


def _run(check: Callable[[], None], sending: Connection) -> None:
    """The child: run `check` and send its exception (None when it passed)."""
    outcome: BaseException | None = None
    try:
        check()
    except Exception as exc:
        # The traceback does not survive pickling; the note keeps where in the child it was raised.
        exc.add_note("".join(traceback.format_exception(exc)).rstrip())
        outcome = exc
    try:
        sending.send(outcome)
    except Exception:  # an exception that does not pickle: its text does
        sending.send(ChildDied("".join(traceback.format_exception(outcome)) if outcome else "unpicklable verdict"))
    finally:
        sending.close()


def _receive(process: BaseProcess, verdict: Connection) -> BaseException | None:
    try:
        outcome = verdict.recv()
    except EOFError:
        outcome = ChildDied("the checking process ended without a verdict")
    except Exception as exc:  # a verdict that pickles but does not unpickle
        outcome = ChildDied(f"the checking process's verdict does not unpickle: {type(exc).__name__}: {exc}")
    finally:
        verdict.close()
        process.join()
    if isinstance(outcome, ChildDied) and process.exitcode:
        outcome.add_note(f"exit code {process.exitcode}")
    if outcome is not None and not isinstance(outcome, BaseException):
        return ChildDied(f"the checking process sent {type(outcome).__name__}, not a verdict")
    return outcome
