"""Walks up the dependency tree stop at the root: spaCy makes a new Token object on every
access, so ``token.head is token`` is never true and a walk that relied on it never ended
(an earnings table, "Net loss 3,035,000 vs loss 2,516,000", hung the headline/lede check)."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from factex.checks.restatement import _clause_path, _subject
from factex.syntax import governing_verb


def _verbless() -> Doc:
    # "Net loss 3,035,000": a noun root, no verb, no subject anywhere
    return Doc(
        Vocab(),
        words=["Net", "loss", "3,035,000"],
        heads=[1, 1, 1],
        deps=["amod", "ROOT", "nummod"],
        pos=["ADJ", "NOUN", "NUM"],
    )


def test_subject_of_a_verbless_table_row_is_none():
    assert _subject(_verbless()[2]) is None


def test_governing_verb_of_a_verbless_row_is_none():
    assert governing_verb(_verbless()[2]) is None


def test_clause_path_ends_at_the_root():
    assert [t.text for t in _clause_path(_verbless()[2])] == ["3,035,000", "loss"]
