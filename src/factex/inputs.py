"""Reading batch inputs: files, folders, standard input and JSONL, one :class:`Source` each.

Reading never raises for one bad input: an unreadable file, undecodable bytes or a broken
JSONL line becomes a Source with ``error`` set, and the batch goes on.

A plain-text file may carry its publication date in a header, which is masked (replaced by
spaces, newlines kept) so offsets and line numbers still point into the file:

- front matter: a first line ``---``, ``key: value`` lines, a closing ``---`` line, with a
  ``published:`` (or ``date:``) key;
- a first non-blank line ``PUBLISHED: YYYY-MM-DD``.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .decode import decode_bytes
from .errors import FactexError
from .published import parse_published

__all__ = [
    "STDIN",
    "Source",
    "list_inputs",
    "read_files",
    "read_jsonl",
    "source_from_bytes",
    "source_from_item",
    "split_header",
]

STDIN = "-"
_FRONT_MATTER = re.compile(
    r"\A---[ \t]*\r?\n(?P<body>.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M
)
_FRONT_KEY = re.compile(r"^(?P<key>published|date)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*\r?$", re.M)
_PUBLISHED_LINE = re.compile(
    r"\A(?:[ \t]*\r?\n)*[ \t]*PUBLISHED[ \t]*:[ \t]*(?P<value>[^\r\n]*?)[ \t]*(?:\r?\n|\Z)", re.I
)


@dataclass(frozen=True)
class Source:
    """One input document, as read (before analysis)."""

    id: str
    """The input's id: the file path, or the JSONL record's id field."""
    text: str | None
    """None when the input could not be read or decoded (see ``error``)."""
    path: str | None = None
    """The file the text came from (None for in-memory items)."""
    line: int = 1
    """Line of ``path`` where the text starts (for JSONL, the record's line)."""
    in_jsonl: bool = False
    """True when the text is a JSON string field: offsets map to the record, not columns."""
    published: str | None = None
    """Publication date from the file header or the JSONL record."""
    error: str | None = None
    warnings: tuple[str, ...] = field(default_factory=tuple)


def split_header(text: str) -> tuple[str, str | None, list[str]]:
    """Mask a front-matter or ``PUBLISHED:`` header; return (text, published, warnings).

    The masked text has the same length and line breaks as the original.

    >>> split_header("PUBLISHED: 2024-11-07\\nUp 19%.")
    ('                     \\nUp 19%.', '2024-11-07', [])
    >>> split_header("---\\ntitle: X\\ndate: 2024-11-07T09:00:00Z\\n---\\nBody")[1]
    '2024-11-07T09:00:00Z'
    >>> split_header("No header here.")
    ('No header here.', None, [])
    """
    match = _FRONT_MATTER.match(text)
    if match:
        keys = {m["key"]: m["value"].strip("'\"") for m in _FRONT_KEY.finditer(match["body"])}
        value = keys.get("published") or keys.get("date")
    else:
        match = _PUBLISHED_LINE.match(text)
        value = match["value"].strip("'\"") if match else None
    if match is None:
        return text, None, []
    masked = re.sub(r"[^\r\n]", " ", match.group(0)) + text[match.end() :]
    if not value:
        return masked, None, []
    try:
        parse_published(value)
    except FactexError:
        return masked, None, [f"header date {value!r} is not YYYY-MM-DD; ignored"]
    return masked, value, []


def source_from_bytes(
    id: str, data: bytes, *, path: str | None = None, read_header: bool = True
) -> Source:
    """Decode bytes (UTF-8, else cp1252, saying so) and read the header convention."""
    try:
        decoded = decode_bytes(data)
    except FactexError as exc:
        return Source(id, None, path=path, error=f"{type(exc).__name__}: {exc}")
    text, published, warnings = (
        split_header(decoded.text) if read_header else (decoded.text, None, [])
    )
    return Source(id, text, path=path, published=published, warnings=(*decoded.warnings, *warnings))


def _visible(path: Path, root: Path) -> bool:
    return not any(part.startswith(".") for part in path.relative_to(root).parts)


def list_inputs(paths: Sequence[str], globs: Sequence[str] = ("*",)) -> list[str]:
    """Expand folders (recursively, files matching any glob, hidden entries left out) and
    keep files and ``-`` as given, in order; a missing path is kept (it fails on read)."""
    found: list[str] = []
    for raw in paths:
        path = Path(raw)
        if raw == STDIN or not path.is_dir():
            found.append(raw)
            continue
        matches = {p for pattern in globs for p in path.rglob(pattern)}
        found.extend(str(p) for p in sorted(matches) if p.is_file() and _visible(p, path))
    return found


def _read(raw: str, max_bytes: int | None) -> bytes:
    if raw == STDIN:
        return sys.stdin.buffer.read()
    path = Path(raw)
    if max_bytes is not None and path.is_file() and path.stat().st_size > max_bytes:
        size = path.stat().st_size
        raise OSError(
            f"file has {size:,} bytes, more than the {max_bytes:,} read for one article; "
            "split it into articles, or raise the limit (--max-chars)"
        )
    return path.read_bytes()


def _read_error(exc: OSError) -> str:
    if isinstance(exc, IsADirectoryError):
        return "cannot read: is a directory"
    return f"cannot read: {exc.strerror or exc}"


def read_files(entries: Iterable[str], *, max_bytes: int | None = None) -> Iterator[Source]:
    """One Source per file (``-`` is standard input), read lazily in order."""
    for raw in entries:
        name = "<stdin>" if raw == STDIN else raw
        path = None if raw == STDIN else raw
        try:
            data = _read(raw, max_bytes)
        except OSError as exc:
            yield Source(name, None, path=path, error=_read_error(exc))
            continue
        yield source_from_bytes(name, data, path=path)


def source_from_item(
    item: Any,
    *,
    id: str,
    text_field: str = "text",
    id_field: str = "id",
    published_field: str = "published",
    path: str | None = None,
    line: int = 1,
) -> Source:
    """A Source from an in-memory item: a str, a ``(text, published)`` pair or a mapping
    with ``text_field`` (and optionally ``id_field``, ``published_field``)."""
    published: Any = None
    if isinstance(item, str):
        text: Any = item
    elif isinstance(item, tuple) and len(item) == 2:
        text, published = item
    elif isinstance(item, dict):
        if item.get(id_field) is not None:
            id = str(item[id_field])
        if text_field not in item:
            return Source(id, None, path=path, line=line, error=f"no {text_field!r} field")
        text, published = item[text_field], item.get(published_field)
    else:
        kind = type(item).__name__
        return Source(id, None, path=path, line=line, error=f"not a text or record: {kind}")
    if not isinstance(text, str):
        error = f"the {text_field!r} field is {type(text).__name__}, not a string"
        return Source(id, None, path=path, line=line, error=error)
    in_jsonl = path is not None
    if published is not None and not isinstance(published, str):
        published = str(published)
    return Source(id, text, path=path, line=line, in_jsonl=in_jsonl, published=published)


def read_jsonl(
    entries: Iterable[str],
    *,
    text_field: str = "text",
    id_field: str = "id",
    published_field: str = "published",
) -> Iterator[Source]:
    """One Source per non-blank line of each JSONL file (``-`` is standard input).

    A record without an id is named ``FILE:LINE``; a line that is not a JSON object
    becomes a Source with an error.
    """
    for raw in entries:
        name = "<stdin>" if raw == STDIN else raw
        try:
            stream = sys.stdin.buffer if raw == STDIN else open(raw, "rb")  # noqa: SIM115
        except OSError as exc:
            yield Source(name, None, path=raw, error=_read_error(exc))
            continue
        with stream:
            for number, data in enumerate(stream, 1):
                if not data.strip():
                    continue
                yield _jsonl_record(data, name, number, text_field, id_field, published_field)


def _jsonl_record(
    data: bytes, name: str, number: int, text_field: str, id_field: str, published_field: str
) -> Source:
    rid = f"{name}:{number}"
    try:
        item = json.loads(data)
    except ValueError as exc:
        return Source(rid, None, path=name, line=number, error=f"not valid JSON: {exc}")
    if not isinstance(item, dict):
        kind = type(item).__name__
        return Source(rid, None, path=name, line=number, error=f"not a JSON object: {kind}")
    return source_from_item(
        item,
        id=rid,
        text_field=text_field,
        id_field=id_field,
        published_field=published_field,
        path=name,
        line=number,
    )
