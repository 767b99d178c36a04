"""Bytes → text: every encoding the issue names, and nothing replaced silently."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factex.decode import decode_bytes, find_mojibake
from factex.errors import FactexError, InputDecodeError

ARTICLE = "Crossings rose 19% to 3,197 – a “record” £75m café fortnight…"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (ARTICLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + ARTICLE.encode("utf-8"), "utf-8-sig"),
        (ARTICLE.encode("utf-16"), "utf-16"),  # native order, with BOM
        (codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"), "utf-16"),
        (ARTICLE.encode("utf-32"), "utf-32"),
        (ARTICLE.encode("cp1252"), "cp1252"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16", "utf-16-le-bom", "utf-16-be-bom", "utf-32", "cp1252"],
)
def test_round_trip(data: bytes, encoding: str) -> None:
    decoded = decode_bytes(data)
    assert decoded.text == ARTICLE
    assert decoded.encoding == encoding
    assert all("replaced" not in w for w in decoded.warnings)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_recognised_and_reported(codec: str) -> None:
    text = "Up 19% on last year: 3,197 people."
    decoded = decode_bytes(text.encode(codec))
    assert (decoded.text, decoded.encoding) == (text, codec)
    assert decoded.warnings == [f"no byte-order mark; decoded as {codec}"]


@pytest.mark.parametrize(
    ("data", "text", "encoding", "replaced"),
    [
        # UTF-8 with one stray byte stays UTF-8: the £ and – survive, the byte is reported
        ("Up 19% – £75m".encode() + b"\xff and more", "Up 19% – £75m\ufffd and more", "utf-8", 1),
        (b"caf\xc3\xa9 \xc3 ok", "café \ufffd ok", "utf-8", 1),
        # cp1252 with a byte cp1252 leaves undefined (0x81): decoded as cp1252, reported
        (b"\xa375m \x81 \x96 up", "£75m \ufffd – up", "cp1252", 1),
        # truncated UTF-16 (odd length) after a BOM
        (codecs.BOM_UTF16_LE + "19%".encode("utf-16-le") + b"\x00", "19%\ufffd", "utf-16", 1),
    ],
)
def test_invalid_bytes_are_replaced_and_reported(
    data: bytes, text: str, encoding: str, replaced: int
) -> None:
    decoded = decode_bytes(data)
    assert decoded.text == text
    assert decoded.encoding == encoding
    assert f"{replaced} invalid byte sequence(s) replaced with U+FFFD ({encoding})" in (
        decoded.warnings
    )


def test_cp1252_is_reported_as_a_guess() -> None:
    assert decode_bytes("£75".encode("cp1252")).warnings == ["not valid UTF-8; decoded as cp1252"]


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (bytes(range(256)) * 4, "binary"),
        (b"\x01\x02\x03\x04\x05\x06 text \x07\x08" * 50, "binary"),
    ],
)
def test_binary_input_raises(data: bytes, kind: str) -> None:
    with pytest.raises(InputDecodeError, match=kind):
        decode_bytes(data)


def test_empty_bytes_are_empty_text() -> None:
    assert decode_bytes(b"").text == ""


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Itâ€™s up 19%", True),
        ("Â£75m for the cafÃ©", True),
        ("It’s up 19%: £75m for the café – “record”", False),
        ("Ãœberraschung? No: Über is fine", False),
    ],
)
def test_mojibake_is_reported_not_repaired(text: str, flagged: bool) -> None:
    assert (find_mojibake(text) is not None) is flagged
    decoded = decode_bytes(text.encode("utf-8"))
    assert decoded.text == text  # never "repaired": offsets stay honest
    assert any("mojibake" in w for w in decoded.warnings) is flagged


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_decode_or_raise_decode_error(data: bytes) -> None:
    try:
        decoded = decode_bytes(data)
    except InputDecodeError:
        return
    except FactexError as exc:  # pragma: no cover - would be a wrong error class
        pytest.fail(f"unexpected {type(exc).__name__}")
    if "\ufffd" in decoded.text and "\ufffd".encode() not in data:
        assert any("replaced with U+FFFD" in w for w in decoded.warnings)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_any_utf8_text_round_trips(text: str) -> None:
    data = text.encode("utf-8")
    try:
        decoded = decode_bytes(data)
    except InputDecodeError:
        # only text full of control characters may look binary
        assert "\x00" in text or sum(ch < " " for ch in text) > 0
        return
    if decoded.encoding == "utf-8":
        assert decoded.text == text
