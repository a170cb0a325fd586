"""Server-rendered pages (Jinja2), their words in en/ru, CSRF and static assets."""
