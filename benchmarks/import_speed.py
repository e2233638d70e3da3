"""Import time per document, against pyvi segmentation of the same texts measured in the same run.

    .venv/bin/python benchmarks/import_speed.py [--copies 40]

Each seed is imported `copies` times (one sentence changed, so every copy is a new document) into a
fresh temporary database; the ratio column divides by pyvi alone, the floor of any import.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["DATA_DIR"] = tempfile.mkdtemp(prefix="bench-import-")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "diplomacy.settings")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402

from archive.extract import extract  # noqa: E402
from archive.ingest.document import parse_document  # noqa: E402
from archive.records.directory import directory_from_db  # noqa: E402
from archive.text import segment  # noqa: E402


def variants(copies: int) -> list[tuple[str, bytes]]:
    seeds = sorted((ROOT / "fixtures" / "articles").glob("*.txt"))
    return [
        (f"{i:04d}_{path.name}", path.read_bytes() + f"\nBản sao số {i}.".encode())
        for i in range(copies)
        for path in seeds
    ]


def per_document_ms(step, documents) -> float:
    start = time.perf_counter()
    for name, data in documents:
        step(name, data)
    return (time.perf_counter() - start) * 1000 / len(documents)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=40)
    copies = parser.parse_args().copies
    call_command("migrate", verbosity=0)
    call_command("load_reference_data", verbosity=0)
    directory = directory_from_db()
    documents = variants(copies)
    segment("khởi động pyvi")  # load the model outside the timings

    baseline = per_document_ms(lambda n, d: segment(d.decode("utf-8")), documents)
    parse = per_document_ms(lambda n, d: parse_document(d, n), documents)
    extraction = per_document_ms(
        lambda n, d: extract(parse_document(d, n).parts, directory), documents
    )
    folder = Path(tempfile.mkdtemp(prefix="bench-docs-"))
    for name, data in documents:
        (folder / name).write_bytes(data)
    start = time.perf_counter()
    call_command("import_articles", str(folder), verbosity=0)
    full = (time.perf_counter() - start) * 1000 / len(documents)

    sizes = [len(d) for _, d in documents]
    print(f"{len(documents)} documents, median {statistics.median(sizes) / 1000:.1f} KB")
    print(f"{'step':<40}{'ms/doc':>10}{'× pyvi':>10}")
    for label, value in [
        ("pyvi segmentation alone (baseline)", baseline),
        ("parse (decode, layout, checksum)", parse),
        ("parse + extract meetings", extraction),
        ("full import (command, DB, index)", full),
    ]:
        print(f"{label:<40}{value:>10.2f}{value / baseline:>10.2f}")


if __name__ == "__main__":
    main()
