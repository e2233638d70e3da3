"""The whole archive as a download (/data/): written by the import, checked with `sha256sum -c`,
its CSV bundle loaded by sqlite-utils as a Datasette user loads it, its README naming every
column, the stable address always the newest."""

import csv
import io
import json
import subprocess
import sys
import time
import zipfile
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path

import pytest
from django.core.management import call_command

from archive.models import Agreement, Article, Leader, Meeting, Participation
from archive.records import dumps
from archive.records.export import archive_export
from tests.conftest import SEEDS

pytestmark = pytest.mark.django_db
SQLITE_UTILS = str(Path(sys.executable).parent / "sqlite-utils")  # Datasette's loader, in the venv


@pytest.fixture(autouse=True)
def dumps_dir(settings, tmp_path):
    settings.DUMPS_DIR = tmp_path / "dumps"
    return settings.DUMPS_DIR


def download(client, url: str) -> bytes:
    response = client.get(url)
    assert response.status_code == 200, url
    return b"".join(response.streaming_content) if response.streaming else response.content


def members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def rows(data: bytes) -> list[dict]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"))))


def test_the_import_writes_the_download_and_sha256sum_checks_it(client, seeded, tmp_path):
    page = client.get("/data/")
    assert page.status_code == 200
    [listed] = page.context["dumps"]
    data = download(client, "/data/archive.zip")
    checksum = download(client, "/data/archive.zip.sha256").decode()
    assert checksum.split() == [listed.sha256, listed.name]
    (tmp_path / "got").mkdir()
    (tmp_path / "got" / listed.name).write_bytes(data)
    (tmp_path / "got" / "SUM").write_text(checksum)
    check = subprocess.run(["sha256sum", "-c", "SUM"], cwd=tmp_path / "got", capture_output=True)
    assert check.returncode == 0, check.stdout
    assert download(client, f"/data/{listed.name}") == data  # the dated address, same file


def test_the_bundle_holds_every_record_once(client, seeded):
    files = members(download(client, "/data/archive.zip"))
    assert set(files) == {t.filename for t in dumps.TABLES} | {
        "archive.json", "manifest.json", "README.md", "README.vi.md",
    }  # fmt: skip
    assert json.loads(files["archive.json"]) == json.loads(json.dumps(archive_export()))
    meetings = rows(files["meetings.csv"])
    assert sorted(int(m["id"]) for m in meetings) == sorted(
        Meeting.objects.values_list("pk", flat=True)
    )
    assert len(rows(files["reports.csv"])) == Article.objects.count() == 5
    assert len(rows(files["participants.csv"])) == Participation.objects.count()
    assert len(rows(files["leaders.csv"])) == Leader.objects.count()
    assert len(rows(files["agreements.csv"])) == Agreement.objects.count()
    reports = {int(r["id"]): r for r in rows(files["reports.csv"])}
    article = Article.objects.first()
    assert reports[article.pk]["body"] == article.body  # the text, whole, Vietnamese intact
    manifest = json.loads(files["manifest.json"])
    assert manifest["format_version"] == dumps.FORMAT_VERSION
    assert manifest["rows"]["meetings.csv"] == len(meetings)


def test_the_readme_names_every_column_of_every_file(client, seeded):
    files = members(download(client, "/data/archive.zip"))
    english, vietnamese = files["README.md"].decode(), files["README.vi.md"].decode()
    for table in dumps.TABLES:
        header = next(csv.reader(io.StringIO(files[table.filename].decode())))
        for readme in (english, vietnamese):
            assert f"## {table.filename}" in readme
            for column in header:
                assert f"- `{column}`:" in readme, (table.filename, column)
    assert "one row per meeting" in english and "mỗi dòng là một cuộc gặp" in vietnamese


def test_sqlite_utils_loads_the_bundle_and_joins_it(client, seeded, tmp_path):
    files = members(download(client, "/data/archive.zip"))
    database = tmp_path / "archive.db"
    for name in ("meetings.csv", "participants.csv", "leaders.csv"):
        (tmp_path / name).write_bytes(files[name])
        subprocess.run(
            [SQLITE_UTILS, "insert", str(database), name.removesuffix(".csv"), str(tmp_path / name),
             "--csv"],
            check=True, capture_output=True,
        )  # fmt: skip
    query = (
        "select count(*) from participants p join meetings m on m.id = p.meeting_id "
        "join leaders l on l.id = p.leader_id"
    )
    out = subprocess.run(
        [SQLITE_UTILS, "query", str(database), query, "--csv", "--no-headers"],
        check=True,
        capture_output=True,
        text=True,
    )
    assert int(out.stdout) == Participation.objects.count() > 0


def test_an_import_that_changes_nothing_keeps_the_dump(seeded):
    [before] = dumps.available()
    written = before.path.stat().st_mtime_ns
    call_command("import_articles", str(SEEDS), verbosity=0)  # all unchanged
    [after] = dumps.available()
    assert after.path.stat().st_mtime_ns == written


def test_no_dump_flag_and_a_clear_page_before_the_first_dump(client, reference_data):
    call_command("import_articles", str(SEEDS), "--no-dump", verbosity=0)
    assert dumps.available() == []
    page = client.get("/data/")
    assert page.status_code == 200 and page.context["latest"] is None
    assert client.get("/data/archive.zip").status_code == 404


def test_the_newest_are_kept_and_the_stable_address_gives_the_newest(client, seeded):
    for day in range(1, dumps.KEEP + 3):
        dumps.write_dump(today=date(2030, 1, day))
    kept = dumps.available()
    assert len(kept) == dumps.KEEP
    assert kept[0].day == date(2030, 1, dumps.KEEP + 2)
    assert download(client, "/data/archive.zip.sha256").split()[1].decode() == kept[0].name
    assert client.get("/data/archive-2030-01-01.zip").status_code == 404  # pruned
    assert client.get("/data/archive-../../etc/passwd").status_code == 404


def test_a_harvester_that_has_it_gets_304(client, seeded):
    first = client.get("/data/archive.zip")
    assert first["Cache-Control"] == "public, max-age=3600"
    again = client.get("/data/archive.zip", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304


def test_the_json_twin_lists_dumps_and_fields(client, seeded):
    data = client.get("/data/", {"format": "json"}).json()
    assert data["latest"].endswith("/data/archive.zip")
    [dump] = data["dumps"]
    assert dump["sha256"] and dump["bytes"] > 0
    assert [f["filename"] for f in data["files"]] == [t.filename for t in dumps.TABLES]


def test_writers_take_turns_so_a_zip_and_its_checksum_agree(monkeypatch):
    spans = []

    def slow_write(directory, day, created):
        start = time.monotonic()
        time.sleep(0.2)
        spans.append((start, time.monotonic()))

    monkeypatch.setattr(dumps, "_write", slow_write)
    with ThreadPoolExecutor(2) as pool:
        list(pool.map(lambda _: dumps.write_dump(), range(2)))
    first, second = sorted(spans)
    assert first[1] <= second[0]  # the second began after the first had finished
