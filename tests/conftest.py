from __future__ import annotations

from pathlib import Path

import pytest

import factex
from factex.pipeline import load_pipeline

TESTS = Path(__file__).parent
FIXTURES = TESTS / "fixtures"
SHARED = TESTS.parent.parent / "shared"
SEED = FIXTURES / "channel-crossings-2024-11-07.txt"


@pytest.fixture(scope="session")
def nlp():
    """The real spaCy pipeline, loaded once for the whole session."""
    return load_pipeline()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_doc(nlp, seed_text) -> factex.Document:
    return factex.extract(seed_text, published="2024-11-07")


@pytest.fixture(scope="session")
def seed_doc_inferred(nlp, seed_text) -> factex.Document:
    return factex.extract(seed_text)


def shared_path(*parts: str) -> Path:
    """A path under ../shared, skipping the test when the shared folder is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not available")
    return path
