"""A kind read from the general verb `gặp` during a visit is flagged, until a report says it."""

import pytest
from django.core.management import call_command

from archive.models import Meeting
from archive.records.meetings import review_reasons

pytestmark = pytest.mark.django_db

MET = (
    "Tổng thống Ấn Độ thăm Việt Nam\n"
    "Ngày 20/11/2018, tại Hà Nội, Tổng thống Ấn Độ Ram Nath Kovind đã gặp Chủ tịch Quốc hội "
    "Nguyễn Thị Kim Ngân. Hai bên nhất trí tăng cường hợp tác giữa hai Quốc hội.\n"
)
RECEIVED = (
    "Chủ tịch Quốc hội hội kiến Tổng thống Ấn Độ\n"
    "Ngày 20/11/2018, tại Hà Nội, Chủ tịch Quốc hội Nguyễn Thị Kim Ngân đã hội kiến Tổng thống Ấn "
    "Độ Ram Nath Kovind.\n"
)


def import_text(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    call_command("import_articles", str(path), verbosity=0)


def test_a_meeting_told_as_met_during_a_visit_has_its_kind_flagged(reference_data, tmp_path):
    import_text(tmp_path, "met.txt", MET)
    meeting = Meeting.objects.get()
    assert meeting.kind == "meeting" and meeting.needs_review
    assert "gặp" in review_reasons(meeting)["kind"][0]


def test_a_report_that_names_the_courtesy_call_settles_the_kind(reference_data, tmp_path):
    import_text(tmp_path, "met.txt", MET)
    import_text(tmp_path, "received.txt", RECEIVED)
    meeting = Meeting.objects.get()
    assert meeting.kind == "courtesy_call"
    assert "kind" not in review_reasons(meeting)
