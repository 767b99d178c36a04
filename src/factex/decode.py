"""Bytes → text, never silently: which encoding was used and what was replaced is reported."""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field

from .errors import InputDecodeError

__all__ = ["DecodedText", "decode_bytes"]

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return control / len(sample) > 0.05


def decode_bytes(data: bytes) -> DecodedText:
    """Decode article bytes: BOM, then UTF-8, then cp1252; invalid bytes are replaced
    and counted in ``warnings``. Binary data raises :class:`InputDecodeError`.

    >>> decode_bytes("£75".encode("cp1252")).encoding
    'cp1252'
    >>> decode_bytes(codecs.BOM_UTF8 + b"19%").text
    '19%'
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return DecodedText(data.decode(encoding, errors="replace"), encoding)
    if _looks_binary(data):
        raise InputDecodeError("input looks like binary data (NUL or control bytes), not text")
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
        return DecodedText(text, "cp1252", ["not valid UTF-8; decoded as cp1252"])
    except UnicodeDecodeError:
        text = data.decode("utf-8", errors="replace")
        bad = text.count("\ufffd")
        return DecodedText(
            text,
            "utf-8",
            [f"not valid UTF-8 or cp1252; {bad} invalid byte(s) replaced with U+FFFD"],
        )
