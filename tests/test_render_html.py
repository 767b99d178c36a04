"""The notebook HTML view: structure, offsets, escaping, overlaps — checked without a browser."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import factex
from factex.models import DateMention, DateRange, Document, Entity, Finding
from factex.render.html import render_html

VOID = {"br", "hr", "img", "meta", "input", "link", "wbr"}


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    children: list[Node | str] = field(default_factory=list)

    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def walk(self):
        yield self
        for child in self.children:
            if isinstance(child, Node):
                yield from child.walk()

    def text(self, skip_tags: bool = True) -> str:
        """Text content; ``skip_tags`` leaves out the small label spans (``fx-tag``)."""
        out = []
        for child in self.children:
            if isinstance(child, str):
                out.append(child)
            elif not (skip_tags and "fx-tag" in child.classes()):
                out.append(child.text(skip_tags))
        return "".join(out)


class TreeBuilder(HTMLParser):
    """A strict little DOM: fails on a closing tag that does not match the open one."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {})
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        node = Node(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_endtag(self, tag):
        assert self.stack[-1].tag == tag, f"</{tag}> closes <{self.stack[-1].tag}>"
        self.stack.pop()

    def handle_data(self, data):
        self.stack[-1].children.append(data)


def parse(html: str) -> Node:
    builder = TreeBuilder()
    builder.feed(html)
    builder.close()
    assert builder.stack == [builder.root], "unclosed tags"
    return builder.root


def by_class(root: Node, name: str) -> list[Node]:
    return [n for n in root.walk() if name in n.classes()]


def marks(root: Node) -> list[Node]:
    return [n for n in root.walk() if n.tag == "mark"]


def check_offsets(doc: Document, root: Node) -> None:
    """Each mark's words are the document's words at its offsets."""
    for mark in marks(root):
        start, end = int(mark.attrs["data-start"]), int(mark.attrs["data-end"])
        assert mark.text() == doc.text[start:end]


@pytest.fixture(scope="module")
def seed_wrong(nlp, seed_text) -> Document:
    return factex.extract(seed_text.replace("up 19%", "up 29%", 1), published="2024-11-07")


def test_seed_view_structure(seed_doc):
    html = render_html(seed_doc)
    assert html.isascii()  # “quotes”, £ and ✓ as character references: any encoding reads it
    root = parse(html)
    article = by_class(root, "fx-article")[0]
    end = seed_doc.content_end if seed_doc.content_end is not None else len(seed_doc.text)
    assert article.text() == seed_doc.text[:end]
    check_offsets(seed_doc, root)
    shown = {int(i) for m in marks(root) for i in m.attrs.get("data-finding", "").split()}
    assert shown == set(range(len(seed_doc.findings)))
    shown_claims = {int(i) for m in marks(root) for i in m.attrs.get("data-claim", "").split()}
    assert shown_claims == set(range(len(seed_doc.claims)))
    rows = by_class(root, "fx-findings")[0]
    assert len([n for n in rows.walk() if n.tag == "tr"]) == len(seed_doc.findings) + 1


def test_repr_html_and_public_function_agree(seed_doc):
    assert factex.render.html(seed_doc) == seed_doc._repr_html_() == render_html(seed_doc)
    assert render_html(seed_doc) == render_html(seed_doc)  # deterministic


def test_self_contained(seed_doc):
    html = render_html(seed_doc).lower()
    for needle in ("<script", "http://", "https://", " src=", "<link", "@import", "url("):
        assert needle not in html


def test_inconsistent_finding_is_red_with_message_and_computed(seed_wrong):
    bad = [i for i, f in enumerate(seed_wrong.findings) if f.verdict == "inconsistent"]
    assert bad
    root = parse(render_html(seed_wrong))
    for i in bad:
        finding = seed_wrong.findings[i]
        [mark] = [m for m in marks(root) if str(i) in m.attrs.get("data-finding", "").split()]
        assert "fx-inconsistent" in mark.classes()
        assert "#dc2626" in mark.attrs["style"]
        assert finding.message in mark.attrs["title"]
        assert mark.text() == finding.stated
        tags = " ".join(t.text(skip_tags=False) for t in by_class(mark, "fx-verdict"))
        assert "computed" in tags
        assert mark.attrs.get("id")  # the findings table links here
        assert f'href="#{mark.attrs["id"]}"' in render_html(seed_wrong)
    summary = by_class(root, "fx-summary")[0].text(skip_tags=False)
    assert f"{len(bad)} inconsistent finding" in summary


HOSTILE = [
    '<script>alert("x")</script> Sales rose 10% to 110 units from 100 units.',
    "Profits & losses: R&D rose 10% to 110 units from 100 units. a < b > c",
    'He said "5 > 3" & <b>bold</b> claims; 3,000 people <img src=x onerror=alert(1)>.',
    "Quote ' and \" in a title &amp; an entity &lt; as text.",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_article_text_renders_as_text(nlp, text):
    doc = factex.extract(text, published="2024-11-07")
    html = render_html(doc, title='<i>"name"</i> & co')
    assert "<script" not in html and "<img" not in html and "<b>" not in html
    root = parse(html)
    end = doc.content_end if doc.content_end is not None else len(doc.text)
    assert by_class(root, "fx-article")[0].text() == doc.text[:end]
    check_offsets(doc, root)
    assert not [n for n in root.walk() if n.tag in ("script", "img", "b", "i")]


def _doc(text: str, **records) -> Document:
    return Document(text=text, published=dt.date(2024, 11, 7), **records)


def _finding(start: int, end: int, text: str, verdict: str = "consistent") -> Finding:
    return Finding(
        check="demo",
        verdict=verdict,
        stated=text[start:end],
        computed=1.0,
        message=f"demo {verdict}",
        start=start,
        end=end,
        rule="test",
    )


def test_nested_spans_are_nested():
    text = "between October 24 and November 6 in Kent"
    period = DateRange(start=dt.date(2024, 10, 24), end=dt.date(2024, 11, 6))
    date = DateMention(text=text[:33], start=0, end=33, period=period, granularity="range")
    inner = Entity(text="October", start=8, end=15, label="EVENT")
    doc = _doc(text, dates=[date], entities=[inner])
    root = parse(render_html(doc))
    outer = next(m for m in marks(root) if "fx-date" in m.classes())
    assert [m for m in marks(outer) if "fx-entity" in m.classes()]
    check_offsets(doc, root)


def test_crossing_spans_keep_priority_and_every_finding():
    text = "alpha beta gamma delta"
    entity = Entity(text="alpha beta", start=0, end=10, label="ORG")
    date = DateMention(text="beta gamma", start=6, end=16, period=None, granularity="duration")
    f1 = _finding(6, 16, text, "inconsistent")
    f2 = _finding(11, 22, text, "consistent")  # crosses f1
    doc = _doc(text, entities=[entity], dates=[date], findings=[f1, f2])
    html = render_html(doc)
    root = parse(html)
    check_offsets(doc, root)
    shown = {i for m in marks(root) for i in m.attrs.get("data-finding", "").split()}
    assert shown == {"0", "1"}
    assert not [m for m in marks(root) if "fx-entity" in m.classes()]  # crossed by the date
    assert "not highlighted" in html
    assert by_class(root, "fx-article")[0].text() == text


def test_identical_spans_share_one_mark():
    text = "It took a fortnight."
    date = DateMention(
        text="fortnight", start=10, end=19, period=None, granularity="duration", value="P2W"
    )
    finding = _finding(10, 19, text)
    root = parse(render_html(_doc(text, dates=[date], findings=[finding])))
    [mark] = marks(root)
    assert {"fx-date", "fx-finding", "fx-consistent"} <= mark.classes()
    assert "2 weeks" in mark.text(skip_tags=False)


@pytest.mark.parametrize(("furniture", "shown"), [("dim", True), ("omit", False)])
def test_site_furniture(furniture, shown):
    text = "A total of 5 people came.\nRead our comment rules here."
    doc = _doc(text, content_end=26)
    root = parse(render_html(doc, furniture=furniture))
    assert by_class(root, "fx-article")[0].text() == text[:26]
    found = by_class(root, "fx-furniture")
    assert bool(found) is shown
    if shown:
        assert "Read our comment rules here." in found[0].text()


def test_marks_never_cross_into_furniture():
    text = "Intro text.\nFooter Kent"
    doc = _doc(text, content_end=12, entities=[Entity(text="Kent", start=19, end=23, label="GPE")])
    root = parse(render_html(doc))
    assert not marks(root)


def test_empty_document():
    root = parse(render_html(_doc("")))
    assert by_class(root, "fx-article")[0].text() == ""
    assert "No derived figure" in render_html(_doc(""))


def test_ipython_plain_text_is_the_report(seed_doc):
    pretty = pytest.importorskip("IPython.lib.pretty")
    text = pretty.pretty(seed_doc)
    assert text == str(seed_doc)
    assert text.startswith("Published: 2024-11-07") and len(text) < len(repr(seed_doc))


@st.composite
def random_docs(draw) -> Document:
    """Short texts full of characters to escape, with random (overlapping) records."""
    text = draw(st.text(alphabet=st.sampled_from("ab <>&\"'\n£“é\u2028"), min_size=1, max_size=40))
    n = len(text)
    span = st.tuples(st.integers(0, n), st.integers(0, n)).map(sorted)
    ents = [
        Entity(text=text[a:b], start=a, end=b, label="ORG")
        for a, b in draw(st.lists(span, max_size=6))
    ]
    dates = [
        DateMention(text=text[a:b], start=a, end=b, period=None, granularity="duration")
        for a, b in draw(st.lists(span, max_size=6))
    ]
    verdicts = st.sampled_from(["consistent", "inconsistent", "unverifiable"])
    findings = [
        _finding(a, b, text, v)
        for (a, b), v in draw(st.lists(st.tuples(span, verdicts), max_size=5))
    ]
    end = draw(st.one_of(st.none(), st.integers(0, n)))
    return _doc(text, entities=ents, dates=dates, findings=findings, content_end=end)


@settings(max_examples=100, deadline=None)
@given(random_docs())
def test_random_overlaps_keep_text_offsets_and_findings(doc):
    root = parse(render_html(doc))
    end = len(doc.text) if doc.content_end is None else doc.content_end
    assert by_class(root, "fx-article")[0].text() == doc.text[:end]
    check_offsets(doc, root)
    shown = {int(i) for m in marks(root) for i in m.attrs.get("data-finding", "").split()}
    assert shown == {i for i, f in enumerate(doc.findings) if f.end <= end}


def test_quantity_range_on_hover():
    from factex.models import Quantity

    text = "Between 200 and 300 people came."
    q = Quantity(text="200 and 300", start=8, end=19, value=200, value_max=300, unit="people")
    [mark] = marks(parse(render_html(_doc(text, quantities=[q]))))
    assert "200–300 people" in mark.attrs["title"]
    assert "fx-quantity" in mark.classes()
