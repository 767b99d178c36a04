"""Plain-text report for terminals and logs."""

from __future__ import annotations

from ..models import Document, Finding
from .labels import describe_claim

__all__ = ["render_text", "summary_line"]

_COLORS = {"consistent": "\x1b[32m", "inconsistent": "\x1b[31m", "unverifiable": "\x1b[33m"}
_RESET = "\x1b[0m"


def _verdict(f: Finding, color: bool) -> str:
    label = f.verdict.upper()
    return f"{_COLORS[f.verdict]}{label}{_RESET}" if color else label


def summary_line(doc: Document, name: str | None = None) -> str:
    s = doc.summary()
    prefix = f"{name}: " if name else ""
    return (
        f"{prefix}{s['claims']} claims, {s['dates']} dates, {len(doc.findings)} findings: "
        f"{s['consistent']} consistent, {s['inconsistent']} inconsistent, "
        f"{s['unverifiable']} unverifiable"
    )


def render_text(
    doc: Document, *, name: str | None = None, color: bool = False, show_claims: bool = True
) -> str:
    """A readable report: publication date, claims, findings with verdicts, summary."""
    lines: list[str] = []
    if name:
        lines.append(f"== {name}")
    published = doc.published.isoformat() if doc.published else "unknown"
    lines.append(f"Published: {published}{' (inferred)' if doc.published_inferred else ''}")
    if show_claims and doc.claims:
        lines.append("Claims:")
        lines.extend(
            f"  - {describe_claim(doc, i)}" + (f"  [{claim.concept}]" if claim.concept else "")
            for i, claim in enumerate(doc.claims)
        )
    if doc.findings:
        lines.append("Findings:")
        for f in doc.findings:
            line = (
                f"  {_verdict(f, color)} {f.check} {f.stated!r} at {f.start}-{f.end}: {f.message}"
            )
            lines.append(line)
    for warning in doc.warnings:
        lines.append(f"Warning: {warning}")
    lines.append(summary_line(doc))
    return "\n".join(lines)
