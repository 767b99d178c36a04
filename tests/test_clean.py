"""clean.py: offsets never move, markup is data, and every step is linear-time."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factex.clean import MAX_RUN, break_long_runs, clean, mask_html, replace_surrogates

TAGS = st.sampled_from(
    [
        "<p>",
        "</p>",
        "<div class='x'>",
        "</div>",
        "<br/>",
        '<a href="https://example.com/?a=1&b=2">',
        "</a>",
        "<span>",
        "</span>",
        "<!-- comment 5% -->",
        "<script>var x = '50%'; fetch('http://x')</script>",
        "<style>p { width: 50% }</style>",
        "<h2>",
        "</h2>",
        "<img src=x onerror=alert(1)>",
    ]
)
PLAIN = st.text(
    st.characters(blacklist_characters="<>&", blacklist_categories=("Cs",)), max_size=40
)
DTD = "<!DOCTYPE x [<!ENTITY e SYSTEM 'http://evil/'>]>"
ENTITIES = st.sampled_from(["&amp;", "&pound;", "&#163;", "&#x2013;", "&nbsp;", "&bogus;", "&#0;"])


@st.composite
def html_documents(draw) -> tuple[str, list[tuple[int, str]]]:
    """An HTML string and the (offset, text) of every plain-text segment in it."""
    parts = draw(
        st.lists(
            st.one_of(
                TAGS.map(lambda t: ("tag", t)),
                PLAIN.map(lambda t: ("text", t)),
                ENTITIES.map(lambda t: ("entity", t)),
            ),
            max_size=25,
        )
    )
    html, segments = "", []
    for kind, value in parts:
        if kind == "text":
            segments.append((len(html), value))
        html += value
    return "<p>" + html, [(offset + 3, text) for offset, text in segments]


@settings(max_examples=300, deadline=None)
@given(html_documents())
def test_mask_html_keeps_every_offset(doc: tuple[str, list[tuple[int, str]]]) -> None:
    html, segments = doc
    masked = mask_html(html)
    assert len(masked) == len(html)
    for offset, text in segments:
        assert masked[offset : offset + len(text)] == text
    for i, (before, after) in enumerate(zip(html, masked, strict=True)):
        # every changed character is markup turned to whitespace, or a decoded entity
        assert after == before or after in " \n" or html[i] == "&"
    assert "<script" not in masked and "alert" not in masked and "fetch" not in masked


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_clean_is_a_same_offset_view(text: str) -> None:
    cleaned = clean(text)
    assert len(cleaned.text) <= cleaned.content_end <= len(text)
    assert cleaned.text == cleaned.text.rstrip()
    for i, ch in enumerate(cleaned.text):
        assert (
            ch == text[i] or ch.isspace() or ch == "\ufffd" or (cleaned.is_html and text[i] == "&")
        )


@pytest.mark.parametrize(
    ("html", "masked"),
    [
        ("<p>A &amp; B</p>", "\n  A &     B\n   "),
        ("x<script>alert(1)</script>y", "x\n" + " " * 24 + "y"),
        ("x<!-- 19% -->y", "x" + " " * 12 + "y"),
        ("<p>5%<script>never closed 9%", "\n  5%\n" + " " * 22),
        ("<p>5%<!-- never closed 9%", "\n  5%" + " " * 20),
        ("<p>&#163;75m &#99999999; &#xD800; &lt;", "\n  £     75m &#99999999;          <   "),
        # no entity from a DTD is ever expanded; the declaration is masked whole
        ("<p>" + DTD + "&e;", "\n  " + " " * len(DTD) + "&e;"),
        ('<?xml version="1.0"?><p>x', " " * 21 + "\n  x"),
    ],
    ids=[
        "entity",
        "script",
        "comment",
        "unclosed-script",
        "unclosed-comment",
        "numeric",
        "dtd",
        "pi",
    ],
)
def test_mask_html_examples(html: str, masked: str) -> None:
    assert mask_html(html) == masked


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("short words stay", "short words stay"),
        ("x" * MAX_RUN, "x" * MAX_RUN),
        ("x" * (MAX_RUN + 1), "x" * MAX_RUN + " "),
        ("a " + "9" * (2 * MAX_RUN + 3), "a " + ("9" * MAX_RUN + " ") * 2 + "9"),
    ],
)
def test_break_long_runs(text: str, expected: str) -> None:
    assert break_long_runs(text) == expected
    assert len(break_long_runs(text)) == len(text)


def test_surrogates_become_replacement_characters_in_place() -> None:
    assert replace_surrogates("a\ud83d5%\udfff") == "a\ufffd5%\ufffd"


@pytest.mark.parametrize("tail", ["", "\n", "   \n\n\t ", "\n\nComments: Our rules\nBe nice.\n"])
def test_trailing_whitespace_and_furniture_do_not_reach_the_parser(tail: str) -> None:
    body = "Some 50 people crossed on Monday, up 19% on last week.\n" * 4
    assert clean(body + tail).text == body.rstrip()


def _rep(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


HOSTILE = {
    "digits_commas": _rep("1,234,567,", 200_000),
    "nested_html": "<div><span>" * 18_000 + "x" + "</span></div>" * 18_000,
    "unclosed_comments": _rep("<!--", 200_000),
    "unclosed_scripts": _rep("<script>", 200_000),
    "scripts_then_comment": _rep("<p><script>x</script>", 199_000) + "<!-- x",
    "unclosed_doctypes": _rep("<!DOCTYPE [", 200_000),
    "unclosed_tags": _rep("<a href='", 200_000),
    "entities": _rep("&amp;&#163;&", 200_000),
    "trailer_like_lines": _rep('\n  "  follow u', 200_000),
    "long_run": _rep("'", 200_000),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_clean_is_linear_on_hostile_input(name: str) -> None:
    text = HOSTILE[name]
    start = time.perf_counter()
    cleaned = clean(text)
    elapsed = time.perf_counter() - start
    assert len(cleaned.text) <= len(text)
    assert elapsed < 10, f"clean() took {elapsed:.1f}s on 200 KB of {name}"  # linear: < 0.5 s
