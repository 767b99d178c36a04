"""``extract_many(n_process=N)``: whole-pipeline worker processes, results in input order.

Each worker runs the complete pipeline (``nlp.pipe`` + analysis) on a chunk of texts and
sends back finished Documents, so the parent only hands out chunks and collects results:
nothing but a pickled Document crosses a process boundary (not a spaCy Doc), and the
analysis after the parse is spread over the workers too. At most ``2 × N`` chunks are in
flight, so an endless input is read lazily.
"""

from __future__ import annotations

import multiprocessing as mp
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from multiprocessing.pool import AsyncResult
from typing import Any

from .models import Document, FailedDocument

__all__ = ["extract_in_pool"]

Chunk = list[Any]


def _init_worker(model: str | None) -> None:
    from .pipeline import load_pipeline, resolve_model_name

    load_pipeline(resolve_model_name(model))  # once per worker (a no-op after fork)


def _work(chunk: Chunk, options: dict[str, Any]) -> list[Document | FailedDocument]:
    from .extract import extract_many

    return list(extract_many(chunk, n_process=1, on_error="record", **options))


def _chunks(items: Iterable[Any], size: int) -> Iterator[Chunk]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _settle(
    start: int, chunk: Chunk, pending: AsyncResult, on_error: str, options: dict[str, Any]
) -> Iterator[Document | FailedDocument]:
    for out in pending.get():
        if isinstance(out, FailedDocument):
            if on_error == "raise":
                # Re-run the text here so the caller gets the original exception.
                from .extract import extract_many

                list(extract_many([chunk[out.index]], on_error="raise", **options))
                raise RuntimeError(f"text {start + out.index} failed in a worker: {out.message}")
            if on_error == "skip":
                continue
            out = out.model_copy(update={"index": start + out.index})
        yield out


def extract_in_pool(
    items: Iterable[Any], *, n_process: int, batch_size: int, on_error: str, **options: Any
) -> Iterator[Document | FailedDocument]:
    """What :func:`factex.extract_many` yields, computed by ``n_process`` workers.

    ``options`` are extract_many's ``published``, ``model``, ``max_chars``.
    """
    options = {**options, "batch_size": batch_size}
    with mp.get_context().Pool(
        n_process, initializer=_init_worker, initargs=(options.get("model"),)
    ) as pool:
        inflight: deque[tuple[int, Chunk, AsyncResult]] = deque()
        start = 0
        for chunk in _chunks(items, batch_size):
            inflight.append((start, chunk, pool.apply_async(_work, (chunk, options))))
            start += len(chunk)
            if len(inflight) > 2 * n_process:
                yield from _settle(*inflight.popleft(), on_error, options)
        while inflight:
            yield from _settle(*inflight.popleft(), on_error, options)
