"""Packaged data files (word lists, patterns, unit tables), validated when first loaded."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from .errors import DataFileError

__all__ = ["Boilerplate", "Lexicon", "load_boilerplate", "load_lexicon", "load_model"]

M = TypeVar("M", bound=BaseModel)


class _DataFile(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    description: str = ""


class Boilerplate(_DataFile):
    trailer_starts: list[str]
    min_content_fraction: float

    @field_validator("trailer_starts")
    @classmethod
    def _compiles(cls, patterns: list[str]) -> list[str]:
        for pattern in patterns:
            re.compile(pattern)
        return patterns


class Lexicon(_DataFile):
    """Word lists used by the extractors (see data/lexicon.json)."""

    person_nouns: list[str]
    attribution_verbs: list[str]
    source_nouns: list[str]
    qualifiers: dict[str, str]
    change_up: list[str]
    change_down: list[str]
    number_words: dict[str, int]
    vague_numbers: dict[str, int]
    currencies: dict[str, str]
    multipliers: dict[str, float]
    time_units: dict[str, str]

    @field_validator("qualifiers")
    @classmethod
    def _known_qualifiers(cls, mapping: dict[str, str]) -> dict[str, str]:
        allowed = {"more than", "less than", "about", "at least", "at most", "almost", "some"}
        bad = set(mapping.values()) - allowed
        if bad:
            raise ValueError(f"unknown qualifier kinds {sorted(bad)}; allowed: {sorted(allowed)}")
        return mapping


def load_model(name: str, model: type[M]) -> M:
    """Read ``factex/data/<name>`` and validate it against ``model``."""
    try:
        raw = resources.files("factex").joinpath("data", name).read_text(encoding="utf-8")
        return model.model_validate(json.loads(raw))
    except (OSError, json.JSONDecodeError, ValidationError, re.error) as exc:
        raise DataFileError(f"factex data file {name!r} is invalid: {exc}") from exc


@cache
def load_boilerplate() -> Boilerplate:
    return load_model("boilerplate.json", Boilerplate)


@cache
def load_lexicon() -> Lexicon:
    return load_model("lexicon.json", Lexicon)
