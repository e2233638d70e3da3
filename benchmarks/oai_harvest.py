"""Harvest a whole archive through OAI-PMH ListRecords, in-process, and say what it cost.

    .venv/bin/python benchmarks/oai_harvest.py --data-dir DIR [--page-size 100] [--verb ListRecords]

DIR (or the environment's DATA_DIR) must already hold an archive, e.g. one made by
`benchmarks/corpus.py --articles 300 --output CORPUS` and `manage.py import_articles CORPUS` with
DATA_DIR=DIR. Prints the total time, the pages, the records, and the SQL queries per page for
pages of meetings and pages of reports (Django's test client; settings `diplomacy.settings`).
"""

import argparse
import os
import statistics
import sys
import time
import warnings
from pathlib import Path
from xml.etree import ElementTree as ET

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OAI = "{http://www.openarchives.org/OAI/2.0/}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", default=os.environ.get("DATA_DIR"))
    parser.add_argument("--page-size", type=int, default=100)
    parser.add_argument("--verb", default="ListRecords", choices=["ListRecords", "ListIdentifiers"])
    args = parser.parse_args()
    if not args.data_dir:
        parser.error("--data-dir (or DATA_DIR) must name an existing archive")
    os.environ["DATA_DIR"] = args.data_dir
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "diplomacy.settings")
    os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "testserver")
    warnings.filterwarnings("ignore", "No directory at")  # whitenoise: no collectstatic here
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from archive.models import Article, Meeting

    settings.OAI_PAGE_SIZE = args.page_size
    print(f"{Meeting.objects.count()} meetings, {Article.objects.count()} reports, "
          f"page size {args.page_size}, {args.verb}")  # fmt: skip
    client = Client()
    queries: dict[str, list[int]] = {}  # "meeting", "article" or both on one page -> counts
    seconds: list[float] = []
    records = 0
    arguments = {"verb": args.verb, "metadataPrefix": "oai_dc"}
    started = time.perf_counter()
    while True:
        with CaptureQueriesContext(connection) as captured:
            begun = time.perf_counter()
            response = client.get("/oai/", arguments)
            seconds.append(time.perf_counter() - begun)
        document = ET.fromstring(response.content)
        identifiers = [e.text for e in document.iter(f"{OAI}identifier")]
        if not identifiers:
            break
        records += len(identifiers)
        kinds = sorted({i.split(":")[-1].split("/")[0] for i in identifiers})
        queries.setdefault(" and ".join(kinds), []).append(len(captured))
        token = document.find(f".//{OAI}resumptionToken")
        if token is None or not token.text:
            break
        arguments = {"verb": args.verb, "resumptionToken": token.text}
    total = time.perf_counter() - started
    print(f"total {total:.2f} s, {len(seconds)} pages, {records} records")
    print(f"per page: median {statistics.median(seconds) * 1000:.0f} ms, "
          f"slowest {max(seconds) * 1000:.0f} ms")  # fmt: skip
    for kind, counts in queries.items():
        print(f"queries per page ({kind}): min {min(counts)}, max {max(counts)} "
                  f"({len(counts)} pages)")  # fmt: skip


if __name__ == "__main__":
    main()
