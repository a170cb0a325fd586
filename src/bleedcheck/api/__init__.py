"""The FastAPI application: REST API and web pages."""

from bleedcheck.api.app import create_app
from bleedcheck.api.settings import Settings

__all__ = ["Settings", "create_app"]
