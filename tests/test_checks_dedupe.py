"""The finding de-duplication is linear-ish and keeps exactly what the plain rule keeps."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factex.checks import _dedupe
from factex.models import Finding

_finding = st.builds(
    lambda check, verdict, start, length: Finding(
        check=check,
        verdict=verdict,
        stated="x",
        computed=None,
        message="m",
        start=start,
        end=start + length,
        rule="r",
    ),
    st.sampled_from(["percent_change", "share"]),
    st.sampled_from(["consistent", "inconsistent", "unverifiable"]),
    st.integers(0, 60),
    st.integers(1, 8),
)


def _plain(findings: list[Finding]) -> list[Finding]:
    kept: list[Finding] = []
    ranked = sorted(enumerate(findings), key=lambda p: (p[1].verdict == "unverifiable", p[0]))
    for _, f in ranked:
        if not any(k.check == f.check and k.start < f.end and f.start < k.end for k in kept):
            kept.append(f)
    return kept


@settings(max_examples=300, deadline=None)
@given(st.lists(_finding, max_size=25))
def test_dedupe_matches_the_plain_rule(findings):
    assert _dedupe(findings) == _plain(findings)
