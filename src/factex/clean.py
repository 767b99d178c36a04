"""Make article text analysable without moving a single character.

HTML markup is *masked* (replaced by spaces or newlines of the same length) and site
furniture at the end of an article is cut off, so every offset into the analysed text
is also an offset into the original.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .resources import load_boilerplate

__all__ = ["CleanText", "clean", "find_content_end", "looks_like_html", "mask_html"]

_HTML_HINT = re.compile(
    r"<(?:/?(?:p|div|br|span|a|html|body|head|h[1-6]|li|ul|ol|table|tr|td|"
    r"script|style|article|section|em|strong|b|i)\b[^>]*|!--)",
    re.I,
)
_SCRIPT = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>", re.I | re.S)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_TAG = re.compile(r"</?[A-Za-z][^<>]{0,2000}>")
_BLOCK = re.compile(r"</?(?:p|div|br|li|ul|ol|h[1-6]|tr|table|article|section|blockquote)\b", re.I)
_ENTITY = re.compile(r"&(#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z]{2,8});")
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
    """Same length as the original up to ``content_end``; markup masked."""
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


def mask_html(text: str) -> str:
    """Replace markup by whitespace of the same length; decode entities in place.

    >>> mask_html("<p>A &amp; B</p>")
    '\\n  A &     B\\n   '
    """
    chars = list(text)

    def blank(start: int, end: int, newline: bool) -> None:
        for i in range(start, end):
            chars[i] = " "
        if newline and end > start:
            chars[start] = "\n"

    for match in _SCRIPT.finditer(text):
        blank(match.start(), match.end(), True)
    for match in _COMMENT.finditer(text):
        blank(match.start(), match.end(), False)
    for match in _TAG.finditer(text):
        if chars[match.start()] == "<":
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
    """Mask HTML (if any) and find where the article content ends."""
    is_html = looks_like_html(text)
    masked = mask_html(text) if is_html else text
    end = find_content_end(masked)
    return CleanText(text=masked[:end], content_end=end, is_html=is_html)
