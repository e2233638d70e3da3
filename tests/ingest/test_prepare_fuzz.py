"""Hostile input for the prepare step (decode -> layout -> extraction), by hypothesis: random
and mutated documents in every encoding. A file either becomes an article or is refused with
its reason (RejectedFile); nothing else escapes, and no step takes more than a second of CPU
on a 1 MB file."""

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive.extract import extract
from archive.ingest.decode import RejectedFile, decode_bytes
from archive.ingest.document import parse_document
from archive.ingest.layout import split_article
from archive.text import nfc
from tests.conftest import SEEDS
from tests.encodings import to_windows_1258

SEED_TEXTS = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
# Pieces that the extractor's rules react to, so random documents reach them.
PIECES = [
    "Thứ Bảy, 14/3/2020 08:30 (GMT+7)", "Chủ tịch nước", "Tổng thống Nga", "Thủ tướng Lào",
    " hội đàm với ", " tiếp ", " điện đàm ", "hôm qua", "chiều 29/6", "từ ngày 10 đến 12/9",
    "tại Điện Kremlin", "ở Mát-xcơ-va", "Zhang Jinchu", "Pu-tin", "(Ảnh: TTXVN)", "-----",
    "kỷ niệm 75 năm (1950)", "hai nhà lãnh đạo", "Hiệp định", "\n", ". ", "\u200b", "\ufeff",
    "((((((", "1/1/1", "99/99/9999", "thứ Năm tuần trước", ";", "Bên lề Hội nghị",
]  # fmt: skip
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "windows-1258"]


def _encode(text: str, encoding: str) -> bytes:
    if encoding == "windows-1258":
        try:
            return to_windows_1258(text)
        except UnicodeEncodeError:  # random characters Windows-1258 has no byte for
            return text.encode("cp1258", "replace")
    return text.encode(encoding, "replace")


@st.composite
def documents(draw) -> bytes:
    kind = draw(st.sampled_from(["mutated", "pieces", "random"]))
    if kind == "mutated":
        text = draw(st.sampled_from(SEED_TEXTS))
        for _ in range(draw(st.integers(1, 6))):
            at = draw(st.integers(0, len(text)))
            cut = draw(st.integers(0, 200))
            insert = draw(st.sampled_from(PIECES)) * draw(st.integers(1, 3))
            text = text[:at] + insert + text[at + cut :]
    elif kind == "pieces":
        text = "".join(draw(st.lists(st.sampled_from(PIECES), min_size=1, max_size=40)))
    else:
        text = draw(st.text(max_size=2000))
    data = _encode(text, draw(st.sampled_from(ENCODINGS)))
    if draw(st.booleans()):  # bytes damaged in transit
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(max_size=20)) + data[at:]
    return data


def prepare(data: bytes, directory):
    try:
        parsed = parse_document(data, "fuzz.txt")
    except RejectedFile:
        return None  # refused, with its reason
    return extract(parsed.parts, directory)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=documents())
def test_no_exception_escapes_the_prepare_step(data, reference_directory):
    result = prepare(data, reference_directory)
    if result is not None:
        for meeting in result.meetings:
            assert len(meeting.participants) >= 2


def _one_megabyte(layout: str) -> str:
    body = "\n".join(SEED_TEXTS)
    if layout == "one-line":  # no line breaks, no spaces after full stops
        text = "Báo cáo một dòng dài\n" + body.replace("\n", "").replace(". ", ".") * 40
    else:
        text = "Báo cáo rất dài\n-----------\n" + (body + "\n") * 40
    return text[: 1_000_000 // 2 + 200_000]  # Vietnamese: about 1 MB in UTF-8


@pytest.mark.parametrize("layout", ["paragraphs", "one-line"])
def test_no_step_takes_more_than_a_second_on_a_megabyte(layout, reference_directory):
    data = _one_megabyte(layout).encode("utf-8")
    assert len(data) >= 900_000
    extract(split_article("Tiêu đề\nThân bài ngắn."), reference_directory)  # caches warm
    steps = {}
    started = time.process_time()
    decoded = decode_bytes(data)
    steps["decode"] = time.process_time() - started
    started = time.process_time()
    parts = split_article(nfc(decoded.text))
    steps["layout"] = time.process_time() - started
    started = time.process_time()
    result = extract(parts, reference_directory)
    steps["extraction"] = time.process_time() - started
    assert max(steps.values()) < 1.0, steps
    # Meetings read from the first part only, and each says so to staff.
    assert result.meetings
    assert all("characters long" in " ".join(m.other_reasons) for m in result.meetings)
