"""Make article text analysable without moving a single character.

HTML markup is *masked* (replaced by spaces or newlines of the same length) and site
furniture at the end of an article is cut off, so every offset into the analysed text
is also an offset into the original. Every step here runs in linear time on any input
(no regex can backtrack over the whole text; see ``tests/test_clean.py``).

Two more same-length substitutions protect the parser from hostile input:

- a lone UTF-16 surrogate (which cannot be encoded, and crashes spaCy) becomes U+FFFD;
- a run of more than :data:`MAX_RUN` characters without whitespace (no word in news copy
  is that long; spaCy's tokenizer is quadratic in the length of one token) is broken by
  a space every :data:`MAX_RUN` characters.

Records keep the *original* characters: extractors read ``source_text[start:end]``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .decode import find_mojibake
from .resources import load_boilerplate

__all__ = [
    "MAX_RUN",
    "CleanText",
    "break_long_runs",
    "clean",
    "find_content_end",
    "input_warnings",
    "looks_like_html",
    "mask_html",
    "replace_surrogates",
]

MAX_RUN = 64
"""Longest run of non-whitespace characters handed to the tokenizer unbroken."""

_HTML_HINT = re.compile(
    r"<(?:/?(?:p|div|br|span|a|html|body|head|h[1-6]|li|ul|ol|table|tr|td|"
    r"script|style|article|section|em|strong|b|i)\b[^>]*|!--)",
    re.I,
)
_RAW_OPEN = re.compile(r"<(script|style|noscript|template)\b", re.I)
_TAG = re.compile(r"</?[A-Za-z][^<>]{0,2000}>|<[!?][^<>]{0,2000}>")
_BLOCK = re.compile(r"</?(?:p|div|br|li|ul|ol|h[1-6]|tr|table|article|section|blockquote)\b", re.I)
_ENTITY = re.compile(r"&(#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z]{2,8});")
_SURROGATE = re.compile("[\ud800-\udfff]")
_LONG_RUN = re.compile(rf"\S{{{MAX_RUN + 1},}}")
_NAMED = {
    "amp": "&",
    "lt": "<",
    "gt": ">",
    "quot": '"',
    "apos": "'",
    "nbsp": " ",
    "pound": "£",
    "euro": "€",
    "ndash": "–",
    "mdash": "—",
    "rsquo": "’",
    "lsquo": "‘",
    "ldquo": "“",
    "rdquo": "”",
    "hellip": "…",
}


@dataclass(frozen=True)
class CleanText:
    text: str
    """The analysed text: the original up to ``content_end`` with markup masked, same
    offsets, trailing whitespace dropped (so appended blank lines change nothing)."""
    content_end: int
    is_html: bool


def looks_like_html(text: str) -> bool:
    """True when the text carries HTML markup.

    >>> looks_like_html("<p>Up 19% on 2022.</p>")
    True
    >>> looks_like_html("Profits rose 5% as x < y > z")
    False
    """
    return _HTML_HINT.search(text) is not None


def _raw_blocks(text: str) -> list[tuple[int, int]]:
    """Spans masked whole: ``<script>``-like elements,
    ``<!-- … -->`` comments and ``<!DOCTYPE … [ … ]>`` declarations (whose entity
    definitions are never used). One left-to-right pass; an unclosed block runs to the
    end of the text, as in browsers. Each opener's next position is found once per
    block, so the pass stays linear however the kinds interleave."""
    lower = text.lower()
    blocks: list[tuple[int, int]] = []
    nxt = {"script": -2, "comment": -2, "doctype": -2}
    pos = 0
    opening: re.Match[str] | None = None
    while True:
        if nxt["script"] != -1 and nxt["script"] < pos:
            opening = _RAW_OPEN.search(text, pos)
            nxt["script"] = opening.start() if opening else -1
        if nxt["comment"] != -1 and nxt["comment"] < pos:
            nxt["comment"] = lower.find("<!--", pos)
        if nxt["doctype"] != -1 and nxt["doctype"] < pos:
            nxt["doctype"] = lower.find("<!doctype", pos)
        found = [(at, kind) for kind, at in nxt.items() if at >= 0]
        if not found:
            return blocks
        start, kind = min(found)
        if kind == "comment":
            close = lower.find("-->", start + 4)
            end = len(text) if close < 0 else close + 3
        elif kind == "doctype":
            gt = lower.find(">", start)
            bracket = lower.find("[", start, gt if gt >= 0 else len(text))
            if bracket >= 0:
                close = lower.find("]", bracket)
                gt = lower.find(">", close) if close >= 0 else -1
            end = len(text) if gt < 0 else gt + 1
        else:
            assert opening is not None
            close = lower.find("</" + opening.group(1).lower(), opening.end())
            gt = lower.find(">", close) if close >= 0 else -1
            end = len(text) if gt < 0 else gt + 1
        blocks.append((start, end))
        pos = end


def mask_html(text: str) -> str:
    """Replace markup by whitespace of the same length; decode entities in place.

    Scripts, styles and comments are masked whole; nothing is fetched or executed, and
    only numeric and a few common named entities are decoded (no DTDs, no external
    entities).

    >>> mask_html("<p>A &amp; B</p>")
    '\\n  A &     B\\n   '
    >>> mask_html("x<script>alert(1)</script>y")
    'x\\n                        y'
    """
    chars = list(text)
    raw = [False] * len(text)

    def blank(start: int, end: int, newline: bool) -> None:
        for i in range(start, end):
            chars[i] = " "
        if newline and end > start:
            chars[start] = "\n"

    for start, end in _raw_blocks(text):
        blank(start, end, text[start + 1 : start + 2] != "!")  # a script is a block
        raw[start:end] = [True] * (end - start)
    for match in _TAG.finditer(text):
        if not raw[match.start()]:
            blank(match.start(), match.end(), _BLOCK.match(match.group()) is not None)
    for match in _ENTITY.finditer(text):
        if chars[match.start()] != "&":
            continue
        decoded = _decode_entity(match.group(1))
        if decoded is not None:
            blank(match.start(), match.end(), False)
            chars[match.start()] = decoded
    return "".join(chars)


def _decode_entity(body: str) -> str | None:
    if body.startswith("#"):
        try:
            code = int(body[2:], 16) if body[1:2] in "xX" else int(body[1:])
            char = chr(code)
        except (ValueError, OverflowError):
            return None
        return char if char.isprintable() else " "
    return _NAMED.get(body.lower())


def replace_surrogates(text: str) -> str:
    """Lone surrogates (not encodable, fatal to the parser) become U+FFFD, in place.

    >>> replace_surrogates("5\\ud800%")
    '5\\ufffd%'
    """
    return _SURROGATE.sub("\ufffd", text)


def break_long_runs(text: str, limit: int = MAX_RUN) -> str:
    """Put a space every ``limit`` characters into runs of non-whitespace longer than
    ``limit`` (same length: a character is replaced, none is inserted).

    >>> break_long_runs("abcdefghij ok", limit=4)
    'abcd fghi  ok'
    """
    if limit < 1:
        raise ValueError("limit must be at least 1")
    pattern = _LONG_RUN if limit == MAX_RUN else re.compile(rf"\S{{{limit + 1},}}")

    def cut(match: re.Match[str]) -> str:
        run = match.group()
        return "".join(
            run[i : i + limit] + (" " if i + limit < len(run) else "")
            for i in range(0, len(run), limit + 1)
        )

    return pattern.sub(cut, text)


def find_content_end(text: str) -> int:
    """Offset where site furniture (comment policy, newsletter pitch) begins.

    >>> body = "Some 50 people died.\\n" * 5
    >>> find_content_end(body + "Comments: Our rules\\nBe nice.") == len(body)
    True
    """
    rules = load_boilerplate()
    pattern = re.compile(r"^[ \t\"“]*(?:" + "|".join(rules.trailer_starts) + ")", re.I | re.M)
    floor = int(len(text) * rules.min_content_fraction)
    for match in pattern.finditer(text):
        if match.start() >= floor:
            return match.start()
    return len(text)


def clean(text: str) -> CleanText:
    """Mask HTML (if any), find where the article content ends and make the rest safe
    for the parser; ``text[i]`` of the result is at offset ``i`` of the input."""
    is_html = looks_like_html(text)
    masked = mask_html(text) if is_html else text
    end = find_content_end(masked)
    analysed = break_long_runs(replace_surrogates(masked[:end])).rstrip()
    return CleanText(text=analysed, content_end=end, is_html=is_html)


def input_warnings(text: str, analysed: str) -> list[str]:
    """What a reader should know about the input itself (``analysed`` is ``clean(text).text``).

    >>> input_warnings("  ", "")
    ['empty document: no text to analyse']
    >>> input_warnings("<p></p>", "")
    ['no article text left after removing markup and site furniture']
    >>> input_warnings("Up 5%", "Up 5%")
    []
    """
    if not text.strip():
        return ["empty document: no text to analyse"]
    notes = []
    if not analysed.strip():
        notes.append("no article text left after removing markup and site furniture")
    surrogates = len(_SURROGATE.findall(text))
    if surrogates:
        notes.append(f"{surrogates} lone surrogate code point(s) read as U+FFFD")
    mojibake = find_mojibake(text)
    if mojibake:
        notes.append(mojibake)
    return notes
