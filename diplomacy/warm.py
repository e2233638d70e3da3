"""What a web worker loads before it takes its first request (gunicorn's `post_worker_init`),
so a freshly started worker answers as fast as one that has served for hours: every view and
template, each language's catalogue and URL names, and the search structures
(archive.search.warm). Nothing here sends a request."""

from pathlib import Path

from django.conf import settings
from django.template.loader import get_template
from django.urls import get_resolver
from django.utils import translation

from archive.search.warm import warm_up

TEMPLATES = Path(settings.BASE_DIR) / "templates"


def prepare_worker() -> None:
    resolver = get_resolver()
    for code, _ in settings.LANGUAGES:
        with translation.override(code):
            resolver.reverse_dict  # noqa: B018 - imports every view; URL names in this language
    for template in sorted(TEMPLATES.glob("**/*.html")):
        get_template(str(template.relative_to(TEMPLATES)))
    warm_up()
