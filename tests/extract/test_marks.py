"""Reports typed without diacritics: marks put back by rule, names left alone."""

from datetime import date

from archive.extract.marks import restore_marks, unmarked_share
from tests.extract.test_narrative import meetings


def test_marks_are_put_back_on_the_words_of_a_report(reference_directory):
    restored = restore_marks(
        "Chieu qua, tai Ha Noi, Thu tuong da hoi dam voi Tong thong va hai ben ky Tuyen bo chung "
        "ve quan he Doi tac chien luoc.",
        reference_directory,
    )
    assert restored.startswith("Chiều qua, tại Ha Noi, Thủ tướng đã hội đàm với Tổng thống và")
    assert "hai bên ký Tuyên bố chung về quan hệ Đối tác chiến lược." in restored


def test_a_name_the_directory_knows_gets_no_marks_by_guess(reference_directory):
    # `Tan Dung` is also the word `tận dụng`; in the name it stays as written
    restored = restore_marks(
        "Hom qua, Thu tuong Nguyen Tan Dung da tiep Bo truong va hai ben da hoi dam tai Ha Noi.",
        reference_directory,
    )
    assert "Nguyen Tan Dung" in restored
    assert len(restored) == len(
        "Hom qua, Thu tuong Nguyen Tan Dung da tiep Bo truong va hai ben da hoi dam tai Ha Noi."
    )


def test_lines_with_marks_are_left_as_they_are(reference_directory):
    text = "Tong thong My toi Ha Noi\nChủ tịch nước đã tiếp và hội đàm với Tổng thống tại Hà Nội."
    assert restore_marks(text, reference_directory).split("\n")[1] == text.split("\n")[1]
    assert unmarked_share(text) == 0  # a short title alone is no unmarked prose


def test_a_report_typed_without_marks_gives_its_meeting_flagged(reference_directory):
    (talks,) = meetings(
        "Thu tuong Nhat Ban hoi dam voi Thu tuong Pham Minh Chinh\n"
        "Sang 27/11/2023, tai Tokyo, Thu tuong Pham Minh Chinh da hoi dam voi Thu tuong Nhat Ban "
        "Kishida Fumio va hai ben nhat tri nang cap quan he.\n",
        reference_directory,
    )
    assert (talks.kind, talks.date.start, talks.city) == ("talks", date(2023, 11, 27), "Tokyo")
    assert {p.name for p in talks.participants} == {"Phạm Minh Chính", "Kishida Fumio"}
    assert "diacritics" in talks.other_reasons[-1]
