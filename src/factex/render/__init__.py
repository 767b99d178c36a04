"""Renderers: plain text for terminals, self-contained HTML for notebooks and report pages.

``factex.render.html(doc)`` returns the same HTML string Jupyter displays for a Document
(``doc._repr_html_()``), ready to save as a report page.
"""

from __future__ import annotations

from .html import render_html
from .text import render_text

# The name ``html`` is the public function; the module stays importable as
# ``factex.render.html`` through sys.modules (``from factex.render.html import render_html``).
html = render_html

__all__ = ["html", "render_html", "render_text"]
