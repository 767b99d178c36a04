"""factex over a dask bag on a distributed LocalCluster: same records as the serial run."""

from __future__ import annotations

import pytest

pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

import dask.bag as db  # noqa: E402

from factex.dask import extract_bag, extract_records  # noqa: E402

PUB = "2024-11-07"


@pytest.fixture(scope="module")
def items(seed_text) -> list:
    bad = seed_text.replace("up 19%", "up 29%", 1)
    return [
        {"id": "good", "text": seed_text, "published": PUB},
        {"id": "bad", "text": bad, "published": PUB},
        {"id": "no-text", "body": "wrong field"},
        (seed_text[:700], PUB),
        "",
        seed_text[700:1800],
    ]


def test_bag_on_local_cluster_matches_serial(nlp, items):
    serial = extract_records(items, published="2024-01-01")
    # processes=False keeps the test fast (the loaded model is shared, no worker start-up).
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster),
    ):
        bag = db.from_sequence(items, npartitions=2)
        records = extract_bag(bag, published="2024-01-01").compute()
    ids = [r["id"] for r in records]
    assert ids == ["good", "bad", "no-text", "1:0", "1:1", "1:2"]
    # identical up to the id of anonymous items (partition:position vs position)
    for r in (*records, *serial):
        r["id"] = r["id"] if r["id"] in {"good", "bad", "no-text"} else None
    assert records == serial
    assert [r["status"] for r in records] == ["ok", "ok", "failed", "ok", "skipped", "ok"]
    bad = records[1]["document"]["findings"]
    assert any(f["verdict"] == "inconsistent" and f["stated"] == "29%" for f in bad)
