"""Beyond one machine: factex over a ``dask.bag`` (``pip install 'factex[dask]'``).

Each partition runs :func:`factex.batch.run_batch` in its worker, which loads the spaCy
pipeline once per worker process; results come back as plain dicts (the records of
``factex check --format jsonl``), in the bag's order.

.. code-block:: python

    import json

    import dask.bag as db
    from distributed import Client, LocalCluster
    from factex.dask import extract_bag

    with LocalCluster(n_workers=2, threads_per_worker=1) as cluster, Client(cluster):
        stories = db.read_text("stories.jsonl").map(json.loads)      # {"id", "text", "date"}
        records = extract_bag(stories, published_field="date").compute()
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .batch import run_batch
from .dates import DateOrder
from .errors import OptionalDependencyMissing
from .extract import DEFAULT_MAX_CHARS
from .inputs import source_from_item
from .published import PublishedLike

if TYPE_CHECKING:  # pragma: no cover
    import dask.bag

__all__ = ["extract_bag", "extract_records"]


def extract_records(
    items: Iterable[Any],
    *,
    published: PublishedLike = None,
    text_field: str = "text",
    id_field: str = "id",
    published_field: str = "published",
    model: str | None = None,
    batch_size: int = 16,
    max_chars: int = DEFAULT_MAX_CHARS,
    include_text: bool = False,
    id_prefix: str = "",
    date_order: DateOrder = "DMY",
) -> list[dict[str, Any]]:
    """One record per item, in order: the partition function of :func:`extract_bag`.

    Items are texts, ``(text, published)`` pairs or mappings with ``text_field``
    (and optionally ``id_field``, ``published_field``); an item without an id is named
    ``id_prefix`` + its position. A bad item gives a record with
    ``status`` "failed" or "skipped"; the others are analysed.

    >>> [r["status"] for r in extract_records(["Up 10% to 110 from 100.", {"no": "text"}])]
    ['ok', 'failed']
    """
    sources = (
        source_from_item(
            item,
            id=f"{id_prefix}{i}",
            text_field=text_field,
            id_field=id_field,
            published_field=published_field,
        )
        for i, item in enumerate(items)
    )
    results = run_batch(
        sources,
        published=published,
        model=model,
        batch_size=batch_size,
        max_chars=max_chars,
        date_order=date_order,
    )
    return [r.to_record(include_text=include_text) for r in results]


def extract_bag(
    bag: dask.bag.Bag,
    *,
    published: PublishedLike = None,
    text_field: str = "text",
    id_field: str = "id",
    published_field: str = "published",
    model: str | None = None,
    batch_size: int = 16,
    max_chars: int = DEFAULT_MAX_CHARS,
    include_text: bool = False,
    date_order: DateOrder = "DMY",
) -> dask.bag.Bag:
    """A lazy bag of result dicts, one per item of ``bag`` (see :func:`extract_records`).

    A record's ``id`` is the item's ``id_field``, else ``PARTITION:POSITION``.
    """
    try:
        import dask
        import dask.bag as db
    except ImportError as exc:  # pragma: no cover - exercised without the extra
        raise OptionalDependencyMissing("dask", "dask") from exc
    run = dask.delayed(extract_records, pure=True)
    options: dict[str, Any] = {
        "published": published,
        "text_field": text_field,
        "id_field": id_field,
        "published_field": published_field,
        "model": model,
        "batch_size": batch_size,
        "max_chars": max_chars,
        "include_text": include_text,
        "date_order": date_order,
    }
    parts = [run(part, id_prefix=f"{n}:", **options) for n, part in enumerate(bag.to_delayed())]
    return db.from_delayed(parts)
