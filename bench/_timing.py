"""Timing and statistics shared by the runner and the measured processes (standard library only).

Measured processes run in other virtual environments, so this module imports nothing outside the standard library.
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable


def interleaved(
    cases: dict[str, Callable[[], object]], rounds: int, warmup: int, inner: int = 1
) -> dict[str, list[float]]:
    """Seconds per call of each case, `rounds` samples each; cases alternate inside a round so they pair up.

    Each sample is the mean of `inner` back-to-back calls; the garbage collector runs between samples, not inside.
    Wall time is under each case's name and this process's CPU time under `<name>@cpu`: on an idle machine they
    agree for CPU-bound work, and CPU time is what other work on a busy machine disturbs least.
    """
    for _ in range(warmup):
        for case in cases.values():
            case()
    samples: dict[str, list[float]] = {}
    for name in cases:
        samples[name], samples[f"{name}@cpu"] = [], []
    for _ in range(rounds):
        for name, case in cases.items():
            gc.collect()
            start, start_cpu = time.perf_counter(), time.process_time()
            for _ in range(inner):
                case()
            samples[f"{name}@cpu"].append((time.process_time() - start_cpu) / inner)
            samples[name].append((time.perf_counter() - start) / inner)
    return samples


def summary(samples: list[float]) -> dict[str, float]:
    """Median, the interquartile range, min and max of one case's samples."""
    ordered = sorted(samples)
    quartiles = statistics.quantiles(ordered, n=4) if len(ordered) >= 2 else [ordered[0]] * 3
    return {
        "median": statistics.median(ordered),
        "q1": quartiles[0],
        "q3": quartiles[2],
        "min": ordered[0],
        "max": ordered[-1],
        "n": float(len(ordered)),
    }


def paired_ratio(numerator: list[float], denominator: list[float]) -> dict[str, float]:
    """The ratio round by round (sample i over sample i), summarized, so drift on a noisy machine cancels."""
    ratios = [a / b for a, b in zip(numerator, denominator, strict=True) if b > 0]
    return summary(ratios)
