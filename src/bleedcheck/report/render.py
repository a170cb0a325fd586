"""Lay the summary out: one HTML template, printed to PDF by WeasyPrint.

The HTML is complete and self-contained (inline CSS, no scripts, fonts or
images from elsewhere) so it can be saved, e-mailed or printed as it is, and
the PDF is the same page, so the two can never disagree.
"""

from __future__ import annotations

from functools import lru_cache

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from bleedcheck.report.summary import Summary

__all__ = ["DENSITIES", "PdfUnavailable", "render_html", "render_pdf"]

PANGO_HINT = (
    "making a PDF needs the Pango libraries and a font with Cyrillic: on Debian, "
    "apt-get install libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core "
    "(./scripts/run installs them when run as root)"
)


class PdfUnavailable(RuntimeError):
    """WeasyPrint cannot run here (usually: the Pango system libraries are missing)."""


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("bleedcheck.report", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


# Type sizes the page can be set in: the usual one, then smaller ones for long
# interviews, so the doctor always gets one sheet.
DENSITIES = ("", "dense", "denser")


def render_html(summary: Summary, density: int | None = None) -> str:
    """The summary as one complete HTML page (A4 print CSS included).

    ``density`` indexes :data:`DENSITIES`; by default it is guessed from how much
    the page holds (the PDF checks the guess by laying the page out).
    """
    if density is None:
        density = 1 if summary.dense else 0
    return (
        _environment().get_template("summary.html.j2").render(s=summary, density=DENSITIES[density])
    )


def render_pdf(summary: Summary) -> bytes:
    """The same page as a PDF; raises :class:`PdfUnavailable` when WeasyPrint cannot run."""
    try:
        from weasyprint import HTML
    except (OSError, ImportError) as exc:  # Pango is loaded with dlopen at import time
        raise PdfUnavailable(f"{PANGO_HINT} ({exc})") from None
    first = 1 if summary.dense else 0
    for density in range(first, len(DENSITIES)):
        document = HTML(string=render_html(summary, density)).render()
        if len(document.pages) == 1:
            break
    pdf = document.write_pdf()
    if not isinstance(pdf, bytes):
        raise PdfUnavailable("WeasyPrint returned no PDF")
    return pdf
