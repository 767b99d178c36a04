"""factex: read news articles, pull out their facts as structured data, check the arithmetic.

>>> import factex
>>> doc = factex.extract("Sales rose 10% to 110 units from 100 units.", published="2024-11-07")
>>> [f.verdict for f in doc.findings]
['consistent']
"""

from __future__ import annotations

from . import render
from .errors import (
    DocumentTooLarge,
    EmptyDocument,
    FactexError,
    InputDecodeError,
    InvalidPublicationDate,
    ModelNotFound,
    OptionalDependencyMissing,
)
from .extract import extract, extract_many
from .models import (
    Claim,
    Coverage,
    DateMention,
    DateRange,
    Document,
    Entity,
    FailedDocument,
    Finding,
    Quantity,
)
from .tables import to_pandas
from .verify import verify

__version__ = "0.1.0"

__all__ = [
    "Claim",
    "Coverage",
    "DateMention",
    "DateRange",
    "Document",
    "DocumentTooLarge",
    "EmptyDocument",
    "Entity",
    "FactexError",
    "FailedDocument",
    "Finding",
    "InputDecodeError",
    "InvalidPublicationDate",
    "ModelNotFound",
    "OptionalDependencyMissing",
    "Quantity",
    "__version__",
    "extract",
    "extract_many",
    "render",
    "to_pandas",
    "verify",
]
