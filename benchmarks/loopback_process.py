"""Run the loopback provider server in a child process, so a benchmark's client does not
share its interpreter (and GIL) with the server it measures."""

from __future__ import annotations

import multiprocessing as mp
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def _serve(
    conn: Connection, faults: Sequence[tuple[str | None, Any, int]], down: Sequence[str]
) -> None:
    sys.path.insert(0, str(ROOT))
    from tests.loopback_provider import LoopbackProvider

    with LoopbackProvider() as provider:
        for model, fault, times in faults:
            provider.add_fault(model, fault, times)
        for model in down:
            provider.set_down(model)
        conn.send(provider.base_url)
        conn.recv()  # stop
        conn.send(len(provider.requests))


@contextmanager
def loopback_server(
    faults: Sequence[tuple[str | None, Any, int]] = (), down: Sequence[str] = ()
) -> Iterator[tuple[str, list[int]]]:
    """Yield ``(base_url, counter)``; after the block ``counter`` holds the request count."""
    ctx = mp.get_context("spawn")
    parent, child = ctx.Pipe()
    process = ctx.Process(target=_serve, args=(child, list(faults), list(down)), daemon=True)
    process.start()
    counter: list[int] = []
    try:
        yield parent.recv(), counter
    finally:
        parent.send("stop")
        if parent.poll(10):
            counter.append(parent.recv())
        process.join(10)
        if process.is_alive():
            process.kill()
