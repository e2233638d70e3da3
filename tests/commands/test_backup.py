"""backup → empty database → restore gives back every record, its history and the files."""

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.core.management.base import CommandError

from archive.models import Meeting
from archive.records.export import archive_export
from archive.records.merge import meetings_merge
from archive.records.originals import originals_dir
from archive.search.service import SearchRequest, search
from tests.conftest import SEEDS


def everything() -> dict:
    counts = {
        model._meta.label: model.objects.count()
        for model in apps.get_app_config("archive").get_models()
    }
    return {"export": archive_export(), "counts": counts, "users": list(User.objects.values_list("username", flat=True)),
            "groups": sorted(Group.objects.values_list("name", flat=True)),
            "files": {p.name: p.read_bytes() for p in originals_dir().rglob("*") if p.is_file()}}  # fmt: skip


@pytest.mark.django_db(transaction=True)
def test_round_trip_restores_every_record(tmp_path, permission_groups):
    call_command("load_reference_data", verbosity=0)
    call_command("import_articles", str(SEEDS), verbosity=0)
    User.objects.create_user("archivist", password="a long passphrase")
    meeting = Meeting.objects.get(venue="Phủ Chủ tịch")
    meeting.city = "Da Nang"
    meeting.save()  # a history row
    calls = list(Meeting.objects.filter(kind="courtesy_call").order_by("pk"))
    meetings_merge(survivor=calls[0], others=calls[1:2])  # a redirect
    before = everything()
    assert (
        before["counts"]["archive.HistoricalMeeting"] > 0
        and before["counts"]["archive.MeetingRedirect"] == 1
    )
    backup = tmp_path / "archive.tar.gz"
    call_command("backup", "--output", str(backup), verbosity=0)

    call_command("flush", "--noinput", verbosity=0)
    for file in originals_dir().rglob("*"):
        if file.is_file():
            file.unlink()
    assert Meeting.objects.count() == 0
    call_command("restore", str(backup), verbosity=0)

    after = everything()
    differing = {
        k: (before["counts"][k], after["counts"][k])
        for k in before["counts"]
        if before["counts"][k] != after["counts"][k]
    }
    assert not differing
    assert after == before
    assert {hit.source_file[:3] for hit in search(SearchRequest(q="Zhang Jinchu")).hits} == {"002"}


@pytest.mark.django_db
def test_restore_refuses_a_non_empty_archive_and_a_non_backup(seeded, tmp_path):
    backup = tmp_path / "b.tar.gz"
    call_command("backup", "--output", str(backup), verbosity=0)
    with pytest.raises(CommandError, match="already holds records"):
        call_command("restore", str(backup))
    junk = tmp_path / "junk.tar.gz"
    junk.write_bytes(b"not a tar file")
    with pytest.raises(CommandError, match="cannot restore"):
        call_command("restore", str(junk))
