"""Bytes → text, never silently: which encoding was used and what was replaced is reported.

Order of decisions in :func:`decode_bytes`:

1. a byte-order mark (UTF-8, UTF-16, UTF-32) decides the encoding;
2. UTF-16 without a BOM is recognised by its NUL bytes (plain ASCII-range text);
3. known binary formats (PDF, ZIP/DOCX, gzip, PNG, JPEG, GIF) and data with NUL or many
   control bytes raise :class:`~factex.errors.InputDecodeError`;
4. strict UTF-8;
5. otherwise whichever of UTF-8 and cp1252 needs fewer replacements: a UTF-8 file with a
   stray byte stays UTF-8, a Windows-1252 file is read as cp1252.

Invalid bytes become U+FFFD and are counted in ``warnings`` — never dropped. Text that
looks like mojibake (UTF-8 read as cp1252 somewhere upstream, e.g. ``â€™``) is reported,
not repaired: repairing would change the text the offsets point into.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from .errors import InputDecodeError

__all__ = ["DecodedText", "decode_bytes", "find_mojibake"]

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = (
    (b"%PDF-", "a PDF file"),
    (b"PK\x03\x04", "a ZIP archive (or DOCX/XLSX/EPUB)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
)
# UTF-8 bytes of common characters read as cp1252/latin-1: "â€™", "Ã©", "Â£", "Ã‚".
_MOJIBAKE = re.compile("â€[™œ\u009d˜“”¦¢]|Ã[\u0080-\u00bf©¨¶¼½¤§³±ª«¬®¯°¹º»¿]|Â[£€°½¼¾·©®\u00a0]")


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def find_mojibake(text: str) -> str | None:
    """A warning when ``text`` looks double-encoded (UTF-8 bytes read as cp1252).

    >>> find_mojibake("It’s £5")
    >>> find_mojibake("Itâ€™s Â£5")
    "text looks like mojibake (UTF-8 read as cp1252): 2 sequence(s) such as 'â€™'; not repaired"
    """
    hits = _MOJIBAKE.findall(text)
    if not hits:
        return None
    return (
        f"text looks like mojibake (UTF-8 read as cp1252): {len(hits)} sequence(s) "
        f"such as {hits[0]!r}; not repaired"
    )


def _replaced(text: str, encoding: str) -> list[str]:
    bad = text.count("\ufffd")
    return [f"{bad} invalid byte sequence(s) replaced with U+FFFD ({encoding})"] if bad else []


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when NUL bytes sit at every odd/even position of the sample."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) >= 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) >= 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return control / len(sample) > 0.05


def _with_mojibake(decoded: DecodedText) -> DecodedText:
    hint = find_mojibake(decoded.text)
    if hint is None:
        return decoded
    return DecodedText(decoded.text, decoded.encoding, [*decoded.warnings, hint])


def decode_bytes(data: bytes) -> DecodedText:
    """Decode article bytes; what was guessed or replaced is in ``warnings``.

    >>> decode_bytes("£75".encode("cp1252")).encoding
    'cp1252'
    >>> decode_bytes(codecs.BOM_UTF8 + b"19%").text
    '19%'
    >>> decode_bytes("Up 19% – £75m".encode("utf-8") + b"\\xff").warnings
    ['1 invalid byte sequence(s) replaced with U+FFFD (utf-8)']
    """
    return _with_mojibake(_decode(data))


def _decode(data: bytes) -> DecodedText:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data.decode(encoding, errors="replace")
            return DecodedText(text, encoding, _replaced(text, encoding))
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        text = data.decode(utf16, errors="replace")
        return DecodedText(
            text, utf16, [f"no byte-order mark; decoded as {utf16}", *_replaced(text, utf16)]
        )
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise InputDecodeError(f"input is {kind}, not text: extract the text first")
    if _looks_binary(data):
        raise InputDecodeError("input looks like binary data (NUL or control bytes), not text")
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    as_utf8 = data.decode("utf-8", errors="replace")
    as_cp1252 = data.decode("cp1252", errors="replace")
    # Valid multi-byte sequences rarely arise by accident in cp1252 text: if the data has
    # at least as many of them as invalid bytes, it is UTF-8 with damage, not cp1252.
    invalid = as_utf8.count("\ufffd")
    if _non_ascii(as_utf8) - invalid >= invalid:
        return DecodedText(as_utf8, "utf-8", _replaced(as_utf8, "utf-8"))
    return DecodedText(
        as_cp1252, "cp1252", ["not valid UTF-8; decoded as cp1252", *_replaced(as_cp1252, "cp1252")]
    )


def _non_ascii(text: str) -> int:
    return sum(1 for ch in text if ord(ch) > 127)
