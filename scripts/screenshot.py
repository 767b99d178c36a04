"""Render an article's factex HTML view and screenshot it with headless Chromium.

    python scripts/screenshot.py                       # seed article -> docs/seed-article.png
    python scripts/screenshot.py --replace "up 19%" "up 29%" --out docs/seed-article-edited.png

The window is tall; the empty page below the content is cropped away afterwards.

Needs the Debian ``chromium`` package (``apt-get install -y chromium``). Chromium runs with
networking features off and a throw-away profile; the page itself loads nothing.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import factex

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "channel-crossings.txt"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--force-device-scale-factor=1",
]


def page(html: str) -> str:
    return (
        '<!doctype html><html><head><meta charset="utf-8"><title>factex</title></head>'
        f'<body style="margin:16px;background:#ffffff;">{html}</body></html>'
    )


def find_browser() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        if path := shutil.which(name):
            return path
    raise SystemExit("No Chromium found: apt-get install -y chromium")


def screenshot(html: str, out: Path, size: tuple[int, int], timeout: float = 120) -> None:
    browser = find_browser()
    with tempfile.TemporaryDirectory(prefix="factex-shot-") as tmp:
        source = Path(tmp) / "page.html"
        source.write_text(page(html), encoding="utf-8")
        cmd = [
            browser,
            *FLAGS,
            f"--user-data-dir={Path(tmp) / 'profile'}",
            f"--window-size={size[0]},{size[1]}",
            f"--screenshot={out.resolve()}",
            source.as_uri(),
        ]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
    if done.returncode != 0 or not out.exists():
        raise SystemExit(f"chromium failed ({done.returncode}):\n{done.stderr[-2000:]}")


def shrink(path: Path, margin: int = 16) -> None:
    """Crop the empty page below and right of the content; store as a 256-colour PNG."""
    try:
        from PIL import Image, ImageChops
    except ImportError:  # pillow comes with matplotlib; without it keep the raw screenshot
        return
    with Image.open(path) as image:
        rgb = image.convert("RGB")
    blank = Image.new("RGB", rgb.size, (255, 255, 255))
    box = ImageChops.difference(rgb, blank).getbbox()
    if box:
        right = min(rgb.width, box[2] + margin)
        bottom = min(rgb.height, box[3] + margin)
        rgb = rgb.crop((0, 0, right, bottom))
    rgb.quantize(colors=256, dither=Image.Dither.NONE).save(path, optimize=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", type=Path, default=SEED)
    parser.add_argument("--published", default="2024-11-07")
    parser.add_argument("--replace", nargs=2, metavar=("OLD", "NEW"), action="append", default=[])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "seed-article.png")
    parser.add_argument("--html", type=Path, help="also save the page as HTML here")
    parser.add_argument("--width", type=int, default=1000)
    parser.add_argument("--height", type=int, default=3000)
    parser.add_argument("--furniture", choices=["dim", "omit"], default="omit")
    args = parser.parse_args(argv)

    text = args.article.read_text(encoding="utf-8")
    for old, new in args.replace:
        if old not in text:
            raise SystemExit(f"{old!r} is not in {args.article}")
        text = text.replace(old, new, 1)
    doc = factex.extract(text, published=args.published)
    html = factex.render.html(doc, title=args.article.name, furniture=args.furniture)
    if args.html:
        args.html.write_text(page(html), encoding="utf-8")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    screenshot(html, args.out, (args.width, args.height))
    shrink(args.out)
    print(f"{args.out} ({args.out.stat().st_size:,} bytes); {len(doc.findings)} findings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
