import json

import pytest
from django.core.management import call_command

from tests.conftest import SEEDS

MEETING_KEYS = {
    "id",
    "url",
    "date",
    "date_precision",
    "end_date",
    "kind",
    "location",
    "needs_review",
    "participants",
    "articles",
    "agreements",
}


def export(tmp_path, name="archive.json") -> dict:
    path = tmp_path / name
    call_command("export_archive", "--output", str(path))
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.django_db
def test_export_shape(seeded, tmp_path):
    data = export(tmp_path)
    assert set(data) == {"meetings", "leaders", "agreements", "articles"}
    meeting = data["meetings"][0]
    assert set(meeting) >= MEETING_KEYS
    assert {"city", "country"} <= set(meeting["location"])
    assert meeting["url"] == f"/meetings/{meeting['id']}/{meeting['url'].split('/')[3]}/"
    assert {"leader_id", "name", "country", "title"} <= set(meeting["participants"][0])
    assert {"id", "title", "byline", "source_file", "machine_translated"} <= set(
        meeting["articles"][0]
    )
    leader = next(x for x in data["leaders"] if x["name"] == "Trương Tấn Sang")
    assert "Zhang Jinchu" in leader["aliases"]
    assert {"title", "start", "end"} <= set(leader["offices"][0])
    assert {"id", "title", "kind", "signed_date", "meeting_ids"} <= set(data["agreements"][0])
    assert {"id", "title", "source_file", "meeting_ids", "machine_translated"} <= set(
        data["articles"][0]
    )


@pytest.mark.django_db
def test_export_to_stdout_is_utf8_json_with_sorted_keys(seeded, capsys):
    call_command("export_archive")
    text = capsys.readouterr().out
    assert "Trương Tấn Sang" in text  # not \u escapes
    assert text.index('"agreements"') < text.index('"articles"') < text.index('"leaders"')


@pytest.mark.django_db(transaction=True, reset_sequences=True)
def test_round_trip_import_export_import_into_empty_database_export(tmp_path):
    call_command("load_reference_data", verbosity=0)
    call_command("import_articles", str(SEEDS), verbosity=0)
    first = export(tmp_path, "first.json")
    call_command("flush", "--noinput", verbosity=0)
    call_command("load_reference_data", verbosity=0)
    call_command("import_articles", str(SEEDS), verbosity=0)
    second = export(tmp_path, "second.json")
    assert first == second
    assert len(first["meetings"]) == 8 and len(first["articles"]) == 5
