"""The doctor summary: one A4 page per assessment, as HTML or PDF, in en or ru.

``summary()`` builds the content (a typed model), ``render_html()`` and
``render_pdf()`` lay it out from one Jinja2 template.
"""

from bleedcheck.report.render import PdfUnavailable, render_html, render_pdf
from bleedcheck.report.steps import suggested_steps
from bleedcheck.report.summary import Cause, Reported, Step, Summary, summary

__all__ = [
    "Cause",
    "PdfUnavailable",
    "Reported",
    "Step",
    "Summary",
    "render_html",
    "render_pdf",
    "suggested_steps",
    "summary",
]
