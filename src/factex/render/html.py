"""Self-contained HTML view of a Document (Jupyter's ``_repr_html_`` and report pages).

The article is shown with every claim, date, quantity and entity highlighted inline (one
colour per kind, like displaCy's entity view) and each finding drawn around the words it
checks: green when consistent, dashed amber when unverifiable, red with the computed
figure when inconsistent (the message is on hover). A findings table and the claims
follow. Styles are inline, there are no scripts and nothing is fetched from the network;
every piece of article text is HTML-escaped.

What gets highlighted, and how overlaps are resolved, is :mod:`factex.render.marks`.
"""

from __future__ import annotations

import hashlib
from html import escape
from typing import Literal

from ..models import Document
from .labels import describe_claim
from .marks import (
    PRIORITY,
    SYMBOLS,
    VERDICT_PRIORITY,
    Mark,
    allowed_text,
    annotations,
    computed_text,
    layout,
)

__all__ = ["render_html"]

Furniture = Literal["dim", "omit"]

_FONT = "-apple-system,'Segoe UI',Helvetica,Arial,sans-serif"
_FILL = {  # kind -> (background, label colour)
    "claim": ("#fde68a", "#92400e"),
    "date": ("#bae6fd", "#075985"),
    "quantity": ("#e5e7eb", "#374151"),
    "entity": ("#e9d5ff", "#6b21a8"),
}
_VERDICT = {  # verdict -> (border, background of the badge, text of the badge)
    "consistent": ("2px solid #16a34a", "#dcfce7", "#166534"),
    "unverifiable": ("2px dashed #d97706", "#fef3c7", "#92400e"),
    "inconsistent": ("2px solid #dc2626", "#fee2e2", "#991b1b"),
}


def _style(mark: Mark) -> str:
    fills = [k for k in ("claim", "date", "quantity", "entity") if mark.of(k)]  # type: ignore[arg-type]
    background = _FILL[fills[0]][0] if fills else "#f3f4f6"
    css = (
        f"background:{background};padding:0.15em 0.35em;margin:0 0.1em;border-radius:0.35em;"
        "box-decoration-break:clone;-webkit-box-decoration-break:clone;color:inherit;"
    )
    verdicts = [a.verdict for a in mark.of("finding") if a.verdict]
    if verdicts:
        worst = max(verdicts, key=lambda v: VERDICT_PRIORITY[v])
        css += f"border:{_VERDICT[worst][0]};"
        if worst == "inconsistent":
            css += "background:#fecaca;color:#7f1d1d;font-weight:600;"
    return css


def _tags(mark: Mark) -> str:
    parts: list[str] = []
    for kind in ("entity", "date", "quantity", "claim"):
        if kind == "quantity" and mark.of("claim"):
            continue  # the claim on the same words says more
        colour = _FILL[kind][1]
        for a in mark.of(kind):  # type: ignore[arg-type]
            if not a.label:
                continue
            parts.append(
                f'<span class="fx-tag" style="font-size:0.68em;font-weight:700;color:{colour};'
                f'margin-left:0.4em;vertical-align:middle;">{escape(a.label)}</span>'
            )
    for a in mark.of("finding"):
        _, bg, fg = _VERDICT[a.verdict or "unverifiable"]
        if a.verdict == "inconsistent":
            bg, fg = "#dc2626", "#ffffff"
        parts.append(
            f'<span class="fx-tag fx-verdict" style="font-size:0.7em;font-weight:700;'
            f"background:{bg};color:{fg};border-radius:0.3em;padding:0 0.3em;margin-left:0.4em;"
            f'vertical-align:middle;">{escape(a.label)}</span>'
        )
    return "".join(parts)


def _open(mark: Mark, anchor: str | None) -> str:
    kinds = sorted({a.kind for a in mark.items}, key=PRIORITY.__getitem__)
    classes = ["fx", *(f"fx-{k}" for k in kinds)]
    classes += sorted({f"fx-{a.verdict}" for a in mark.of("finding") if a.verdict})
    attrs = [f'class="{" ".join(classes)}"', f'data-start="{mark.start}"', f'data-end="{mark.end}"']
    for kind in kinds:
        indices = " ".join(str(a.index) for a in mark.of(kind))  # type: ignore[arg-type]
        attrs.append(f'data-{kind}="{indices}"')
    if anchor:
        attrs.append(f'id="{anchor}"')
    title = "\n".join(a.title for a in sorted(mark.items, key=lambda a: -a.priority))
    attrs.append(f'title="{escape(title)}"')
    attrs.append(f'style="{_style(mark)}"')
    return f"<mark {' '.join(attrs)}>"


def _article(text: str, marks: list[Mark], prefix: str) -> tuple[str, dict[int, str]]:
    """The article text with the (properly nested) marks; finding index -> anchor id."""
    out: list[str] = []
    anchors: dict[int, str] = {}
    stack: list[Mark] = []
    pos = 0

    def close() -> None:
        nonlocal pos
        top = stack.pop()
        out.append(escape(text[pos : top.end]) + _tags(top) + "</mark>")
        pos = top.end

    for n, mark in enumerate(marks):
        while stack and stack[-1].end <= mark.start:
            close()
        out.append(escape(text[pos : mark.start]))
        pos = mark.start
        anchor = None
        if found := mark.of("finding"):
            anchor = f"{prefix}-m{n}"
            anchors.update((a.index, anchor) for a in found)
        out.append(_open(mark, anchor))
        stack.append(mark)
    while stack:
        close()
    out.append(escape(text[pos:]))
    return "".join(out), anchors


def _badge(verdict: str, text: str | None = None) -> str:
    _, bg, fg = _VERDICT[verdict]
    symbol = SYMBOLS[verdict]
    return (
        f'<span style="background:{bg};color:{fg};border-radius:0.3em;padding:0.05em 0.4em;'
        f'font-weight:700;white-space:nowrap;">{escape(text or f"{symbol} {verdict}")}</span>'
    )


_CELL = "padding:0.3em 0.6em;border-bottom:1px solid #e5e7eb;text-align:left;vertical-align:top;"
_TABLE = "border-collapse:collapse;font-size:0.9em;margin-top:0.4em;width:100%;"


def _table(
    headers: list[str], rows: list[tuple[list[str], str]], css_class: str, wrap: set[int]
) -> str:
    """A plain table; only the columns in ``wrap`` may break lines."""
    cell = [_CELL + ("" if n in wrap else "white-space:nowrap;") for n in range(len(headers))]
    head = "".join(f'<th style="{_CELL}background:#f9fafb;">{escape(h)}</th>' for h in headers)
    body = "".join(
        f'<tr style="{style}">'
        + "".join(f'<td style="{cell[n]}">{c}</td>' for n, c in enumerate(cells))
        + "</tr>"
        for cells, style in rows
    )
    return (
        f'<table class="{css_class}" style="{_TABLE}"><thead><tr>{head}</tr></thead>'
        f"<tbody>{body}</tbody></table>"
    )


def _findings_table(doc: Document, anchors: dict[int, str]) -> str:
    if not doc.findings:
        return '<p style="color:#6b7280;">No derived figure could be recomputed here.</p>'
    rows = []
    for i, f in enumerate(doc.findings):
        stated = escape(f.stated)
        if i in anchors:
            stated = f'<a href="#{anchors[i]}" style="color:inherit;">{stated}</a>'
        cells = [
            _badge(f.verdict),
            escape(f.check),
            stated,
            escape(computed_text(f)),
            escape(allowed_text(f)),
            escape(f.rounding or ""),
            escape(f.message),
        ]
        style = "background:#fef2f2;" if f.verdict == "inconsistent" else ""
        rows.append((cells, style))
    headers = ["verdict", "check", "stated", "computed", "allowed", "rounding", "message"]
    return _table(headers, rows, "fx-findings", wrap={6})


def _claims_table(doc: Document) -> str:
    if not doc.claims:
        return ""
    rows = [
        (
            [
                str(i),
                escape(describe_claim(doc, i)),
                escape(c.concept or ""),
                escape(c.kind),
                escape(c.rule),
            ],
            "",
        )
        for i, c in enumerate(doc.claims)
    ]
    table = _table(["#", "claim", "concept", "kind", "rule"], rows, "fx-claims", wrap={1, 2})
    return (
        f'<details style="margin-top:0.8em;"><summary style="cursor:pointer;">'
        f"{len(doc.claims)} claims</summary>{table}</details>"
    )


def _header(doc: Document, title: str | None, dropped: int) -> str:
    summary = doc.summary()
    bad = summary["inconsistent"]
    status = (
        _badge("inconsistent", f"✗ {bad} inconsistent finding{'s' if bad != 1 else ''}")
        if bad
        else _badge("consistent", "✓ no inconsistent findings")
    )
    published = doc.published.isoformat() if doc.published else "unknown"
    if doc.published_inferred:
        published += " (inferred)"
    cov = doc.coverage
    facts = (
        f"published {published} · {len(doc.claims)} claims · {len(doc.dates)} dates · "
        f"{len(doc.quantities)} quantities · {len(doc.entities)} entities · "
        f"findings: {summary['consistent']} consistent, {bad} inconsistent, "
        f"{summary['unverifiable']} unverifiable · coverage: {cov.numbers} numbers, "
        f"{cov.in_claims} in claims, {cov.checked} checked"
    )
    parts = []
    if title:
        parts.append(f'<div style="font-weight:700;font-size:1.1em;">{escape(title)}</div>')
    parts.append(
        f'<div class="fx-summary">{status} '
        f'<span style="color:#4b5563;font-size:0.9em;">{escape(facts)}</span></div>'
    )
    legend = [
        f'<span style="background:{bg};padding:0 0.35em;border-radius:0.3em;">{kind}</span>'
        for kind, (bg, _) in _FILL.items()
    ]
    legend += [
        f'<span style="border:{border};padding:0 0.35em;border-radius:0.3em;">{verdict}</span>'
        for verdict, (border, _, _) in _VERDICT.items()
    ]
    parts.append(
        '<div class="fx-legend" style="font-size:0.8em;color:#4b5563;margin-top:0.3em;">'
        + " ".join(legend)
        + "</div>"
    )
    for warning in doc.warnings:
        parts.append(f'<div style="color:#92400e;">⚠ {escape(warning)}</div>')
    if dropped:
        parts.append(
            f'<div style="color:#6b7280;font-size:0.85em;">{dropped} overlapping '
            "annotation(s) are listed in the tables but not highlighted.</div>"
        )
    return "".join(parts)


def render_html(doc: Document, *, title: str | None = None, furniture: Furniture = "dim") -> str:
    """The whole view as one self-contained HTML fragment (safe to embed or save).

    The string is pure ASCII (other characters are written as character references), so a
    saved page reads the same whatever encoding a browser assumes for it.
    ``furniture="dim"`` shows the text after ``doc.content_end`` (site furniture that was
    not analysed) greyed out in a collapsed ``<details>``; ``"omit"`` leaves it out.

    >>> from factex.models import Document
    >>> page = render_html(Document(text="<b>5 & 6</b>", published=None))
    >>> "&lt;b&gt;5 &amp; 6&lt;/b&gt;" in page and "<b>" not in page
    True
    >>> page.isascii()
    True
    """
    text = doc.text
    end = len(text) if doc.content_end is None else max(0, min(doc.content_end, len(text)))
    marks, dropped = layout(annotations(doc), end)
    prefix = "fx-" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    body, anchors = _article(text[:end], marks, prefix)
    rest = text[end:]
    furniture_html = ""
    if rest.strip() and furniture == "dim":
        furniture_html = (
            '<details class="fx-furniture" style="color:#9ca3af;border-top:1px dashed #d1d5db;'
            'margin-top:0.6em;padding-top:0.4em;"><summary style="cursor:pointer;'
            'font-size:0.8em;font-style:italic;">not analysed: site furniture after the '
            f"article ({len(rest):,} characters)</summary>"
            f'<div style="white-space:pre-wrap;">{escape(rest)}</div></details>'
        )
    page = (
        f'<div class="factex" style="font-family:{_FONT};color:#1f2937;background:#ffffff;'
        'padding:1em 1.2em;border:1px solid #e5e7eb;border-radius:0.5em;max-width:60em;">'
        f"{_header(doc, title, dropped)}"
        '<div class="fx-article" style="white-space:pre-wrap;line-height:2.2;font-size:1em;'
        f'margin-top:0.6em;">{body}</div>{furniture_html}'
        '<div style="font-weight:700;margin-top:1em;">Findings</div>'
        f"{_findings_table(doc, anchors)}{_claims_table(doc)}</div>"
    )
    return page.encode("ascii", "xmlcharrefreplace").decode("ascii")
