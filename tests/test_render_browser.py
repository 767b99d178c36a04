"""The HTML view in a real browser: headless Chromium screenshots (skipped without Chromium)."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

import factex

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "screenshot.py"
pytestmark = pytest.mark.skipif(
    not any(shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome")),
    reason="no Chromium installed (apt-get install -y chromium)",
)


def _script():
    spec = importlib.util.spec_from_file_location("factex_screenshot", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _colours(path: Path) -> set[tuple[int, int, int]]:
    image = pytest.importorskip("PIL.Image")
    with image.open(path) as png:
        return {rgb for _, rgb in png.convert("RGB").getcolors(maxcolors=1 << 20)}


@pytest.mark.slow
def test_chromium_draws_the_red_finding(nlp, seed_text, tmp_path):
    shot = _script()
    doc = factex.extract(seed_text.replace("up 19%", "up 29%", 1), published="2024-11-07")
    out = tmp_path / "edited.png"
    shot.screenshot(factex.render.html(doc, furniture="omit"), out, (1000, 2600))
    shot.shrink(out)
    colours = _colours(out)
    assert (0xDC, 0x26, 0x26) in colours, "the inconsistent finding's red is drawn"
    assert (0xFD, 0xE6, 0x8A) in colours, "claims are highlighted"
    assert (0xBA, 0xE6, 0xFD) in colours, "dates are highlighted"


@pytest.mark.slow
def test_chromium_shows_script_as_text(tmp_path, nlp):
    shot = _script()
    doc = factex.extract('<script>document.body.style.background="red"</script> 5 people.')
    out = tmp_path / "hostile.png"
    shot.screenshot(factex.render.html(doc), out, (800, 600))
    assert (255, 0, 0) not in _colours(out), "the article's script must not run"
