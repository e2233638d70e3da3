"""What the sitemap costs on an existing archive: its index and every section page, in-process.

    .venv/bin/python benchmarks/sitemap_cost.py --data-dir DIR [--limit 50000] [--repeat 3]

Reads the archive in DIR (as `make run` or `import_articles` left it; nothing is imported or
written) and prints, per page fetched with Django's test client: the best time of `--repeat`
fetches (ms), the URLs listed and the SQL queries of one fetch. `--limit` lowers the URLs per
section page (settings.SITEMAP_LIMIT) to see the cost of pagination.
"""

import argparse
import os
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", required=True, type=Path)
    parser.add_argument("--limit", type=int, help="URLs per section page (default: the setting)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if not (args.data_dir / "archive.sqlite3").exists() and "DATABASE_URL" not in os.environ:
        parser.error(f"no archive in {args.data_dir} (archive.sqlite3 or DATABASE_URL)")
    os.environ["DATA_DIR"] = str(args.data_dir)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "diplomacy.settings")
    os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "testserver")
    import django

    django.setup()
    from django.conf import settings

    if args.limit:
        settings.SITEMAP_LIMIT = args.limit
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from archive.models import Agreement, Article, Leader, Meeting

    client = Client()

    def fetch(url: str) -> tuple[float, int, bytes]:
        parts = urlsplit(url)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(parts.path, {"p": parts.query[2:]} if parts.query else {})
        count = len(queries)  # read now: the capture is a view of a log the next request clears
        assert response.status_code == 200, (url, response.status_code)
        best = float("inf")
        for _ in range(args.repeat):
            start = time.perf_counter()
            client.get(parts.path, {"p": parts.query[2:]} if parts.query else {})
            best = min(best, (time.perf_counter() - start) * 1000)
        return best, count, response.content

    counts = [m.objects.count() for m in (Article, Meeting, Leader, Agreement)]
    print("{} reports, {} meetings, {} leaders, {} agreements".format(*counts))
    print(f"URLs per section page: {settings.SITEMAP_LIMIT}")
    print(f"{'page':<44}{'ms':>9}{'URLs':>8}{'queries':>9}")
    total_ms = total_queries = 0
    ms, queries, body = fetch("/sitemap.xml")
    sections = [loc.text for loc in ET.fromstring(body).iterfind("sm:sitemap/sm:loc", NS)]
    print(f"{'/sitemap.xml (index)':<44}{ms:>9.1f}{len(sections):>8}{queries:>9}")
    total_ms, total_queries = ms, queries
    for section in sections:
        ms, queries, body = fetch(section)
        urls = len(ET.fromstring(body).findall("sm:url", NS))
        shown = section.split("://", 1)[1].split("/", 1)[1]  # the path and ?p=
        print(f"{'/' + shown:<44}{ms:>9.1f}{urls:>8}{queries:>9}")
        total_ms, total_queries = total_ms + ms, total_queries + queries
    print(
        f"{'all ' + str(len(sections) + 1) + ' pages':<44}{total_ms:>9.1f}{'':>8}{total_queries:>9}"
    )


if __name__ == "__main__":
    main()
