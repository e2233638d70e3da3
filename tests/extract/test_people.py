import pytest

from archive.extract.people import find_mentions
from archive.extract.text import prepare


def mentions(text, directory):
    return find_mentions(prepare(text), directory)


@pytest.mark.parametrize(
    ("text", "keys", "surface", "role", "country"),
    [
        pytest.param(
            "Tổng thống Mỹ Joe Biden phát biểu.", ("Joe Biden",), "Joe Biden", "head_of_state",
            "US", id="us-president-known",
        ),
        pytest.param(
            "Chủ tịch nước Trung Quốc Tập Cận Bình phát biểu.", ("Tập Cận Bình",), "Tập Cận Bình",
            "head_of_state", "CN", id="chinese-head-of-state-known",
        ),
        pytest.param(
            "Thủ tướng Belarus Ivan Petrovich Sidorenko phát biểu.", (),
            "Ivan Petrovich Sidorenko", "head_of_government", "BY", id="unknown-pm-with-country",
        ),
        pytest.param(
            "Bộ trưởng Kinh tế Nga Lev Ivanovich Orlov phát biểu.", (), "Lev Ivanovich Orlov",
            "minister", "RU", id="unknown-minister-with-portfolio",
        ),
    ],
)  # fmt: skip
def test_titles_of_any_country(text, keys, surface, role, country, reference_directory):
    (found,) = mentions(text, reference_directory)
    assert (found.leader_keys, found.surface, found.role, found.country) == (
        keys,
        surface,
        role,
        country,
    )


def test_a_building_named_after_an_office_is_no_one(reference_directory):
    assert mentions("Hai bên hội đàm tại dinh tổng thống.", reference_directory) == []


def test_garbled_name_after_a_title_is_kept_for_the_office_holder(reference_directory):
    (found,) = mentions("Chủ tịch nước Trần Văn Khang hội đàm.", reference_directory)
    assert (found.leader_keys, found.surface, found.role, found.country) == (
        (),
        "Trần Văn Khang",
        "head_of_state",
        "VN",
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("Chủ tịch nước Truong Tan Sang", "Trương Tấn Sang", id="no-diacritics"),
        pytest.param("Tổng thống V.Putin", "Vladimir Putin", id="initial-glued"),
        pytest.param("ông Pei Qingshan", "Bùi Thanh Sơn", id="pinyin-garble"),
        pytest.param("Thủ tướng Ruan Jinyong", "Nguyễn Tấn Dũng", id="pinyin-of-a-pm"),
    ],
)
def test_aliases_and_spellings(text, name, reference_directory):
    (found,) = mentions(text, reference_directory)
    assert found.leader_keys == (name,)


def test_folded_matching_needs_capitals_and_no_contradicting_marks(reference_directory):
    assert mentions("tổ làm việc của hai bên", reference_directory) == []
    assert mentions("Trương Tấn Sáng", reference_directory) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Tổng Bí thư, Chủ tịch nước Lào Khamphoui Vongsay phát biểu.",
            [("Khamphoui Vongsay", "Tổng Bí thư, Chủ tịch nước", "LA")], id="comma-joined",
        ),
        pytest.param(
            "Phó Thủ tướng kiêm Bộ trưởng Ngoại giao Ba Lan Jan Nowakowski phát biểu.",
            [("Jan Nowakowski", "Phó Thủ tướng, Bộ trưởng Ngoại giao", "PL")], id="kiem-joined",
        ),
        pytest.param(
            "Tổng Bí thư Đảng Cộng sản Cu-ba, Chủ tịch nước Miguel Ortega phát biểu.",
            [("Miguel Ortega", "Tổng Bí thư, Chủ tịch nước", "CU")], id="country-of-the-first",
        ),
        pytest.param(
            "Ông lần lượt gặp Tổng thống Chile Pablo Rojas, Thủ tướng Đức Klaus Weber.",
            [("Pablo Rojas", "Tổng thống", "CL"), ("Klaus Weber", "Thủ tướng", "DE")],
            id="a-list-is-several-people",
        ),
        pytest.param(
            "Ông gặp Tổng thống Chile, Tổng thống Peru Ana Vargas.",
            [("", "Tổng thống", "CL"), ("Ana Vargas", "Tổng thống", "PE")],
            id="the-same-title-twice-is-two-people",
        ),
    ],
)  # fmt: skip
def test_titles_one_person_holds_together(text, expected, reference_directory):
    found = [(m.surface, m.title, m.country) for m in mentions(text, reference_directory)]
    assert found == expected


def test_two_office_holders_at_once_are_no_one_in_particular(reference_directory):
    text = "Trước cuộc hội đàm của hai Thủ tướng, Bộ trưởng Quốc phòng Lê Văn Tâm đã đến."
    (found,) = mentions(text, reference_directory)
    assert (found.surface, found.title) == ("Lê Văn Tâm", "Bộ trưởng Quốc phòng")


def test_a_title_does_not_start_inside_the_country_before_it(reference_directory):
    # `Trung Quốc Vương …`: the country's last word and the name's first read as `Quốc vương`.
    text = "Ủy viên Quốc vụ, Bộ trưởng Ngoại giao Trung Quốc Vương Lực Minh phát biểu."
    assert [(m.surface, m.role) for m in mentions(text, reference_directory)] == [
        ("Vương Lực Minh", "foreign_minister")
    ]


def test_the_late_leader_remembered_is_no_participant(reference_directory):
    text = "Nhân 105 năm ngày sinh cố Chủ tịch Cay-xỏn Phôm-vi-hản, Thủ tướng Phạm Minh Chính phát biểu."
    assert [m.surface for m in mentions(text, reference_directory)] == ["Phạm Minh Chính"]
    text = "Hai bên củng cố quan hệ; Tổng thống Vladimir Putin phát biểu."
    assert [m.surface for m in mentions(text, reference_directory)] == ["Vladimir Putin"]


def test_one_word_of_a_name_told_before_after_ong(reference_directory):
    text = (
        "Thủ tướng Nhật Bản Kishida Fumio đón Thủ tướng Phạm Minh Chính. "
        "Ông Kishida cảm ơn. Ông Chính phát biểu. Ông Minh và ông Tanaka cũng dự."
    )
    found = [(m.surface, m.leader_keys) for m in mentions(text, reference_directory)]
    # a name is shortened to its first or last word: `Minh` is someone else, as is `Tanaka`
    assert found == [
        ("Kishida Fumio", ("Kishida Fumio",)),
        ("Phạm Minh Chính", ("Phạm Minh Chính",)),
        ("Kishida", ("Kishida Fumio",)),
        ("Chính", ("Phạm Minh Chính",)),
    ]


def test_myanmar_honorifics_and_the_state_counsellor(reference_directory):
    text = "Tổng thống Myanmar U Thein Tun và Cố vấn Nhà nước Myanmar Daw Khin Mya dự hội nghị."
    found = [(m.surface, m.country) for m in mentions(text, reference_directory)]
    assert found == [("Thein Tun", "MM"), ("Khin Mya", "MM")]


def test_a_title_said_of_someone_is_no_one_else(reference_directory):
    text = (
        "Phiên họp do ông Lê Văn Tâm, khi đó là Phó Thủ tướng kiêm Bộ trưởng Ngoại giao, và Bộ "
        "trưởng Ngoại giao Trung Quốc Vương Lực Minh đồng chủ trì."
    )
    found = [(m.surface, m.title) for m in mentions(text, reference_directory)]
    assert found == [("Vương Lực Minh", "Bộ trưởng Ngoại giao")]


def test_a_bare_chairman_after_another_title_is_one_more_office_of_the_same_person(
    reference_directory,
):
    (found,) = mentions("Tổng Bí thư, Chủ tịch Tập Cận Bình phát biểu.", reference_directory)
    assert (found.leader_keys, found.roles) == (
        ("Tập Cận Bình",),
        ("party_leader", "head_of_state"),
    )


def test_a_bare_chairman_alone_is_still_no_leader(reference_directory):
    assert mentions("Chủ tịch tập đoàn phát biểu.", reference_directory) == []


def test_china_s_state_council_titles(reference_directory):
    (councillor, premier) = mentions(
        "Ủy viên Quốc vụ Vương Văn Thành gặp Thủ tướng Quốc vụ viện Lưu Đức Minh.",
        reference_directory,
    )
    assert (councillor.country, councillor.title) == ("CN", "Ủy viên Quốc vụ")
    assert (premier.role, premier.country, premier.surface) == (
        "head_of_government",
        "CN",
        "Lưu Đức Minh",
    )


def test_a_country_s_name_is_never_a_transliterated_leader(reference_directory):
    found = mentions(
        "Tổng thống Phi-líp-pin Joseph Estrada gặp Thủ tướng Xin-ga-po Goh Chok Tong.",
        reference_directory,
    )
    assert [m.surface for m in found] == ["Joseph Estrada", "Goh Chok Tong"]


def test_a_name_in_brackets_after_a_name_is_the_same_person(reference_directory):
    found = mentions(
        "Thủ tướng Hàn Quốc Kim Chông Pin thăm Hà Nội. Thủ tướng Hàn Quốc Kim Jong-pil "
        "(Kim Chông Pin) đã hội đàm với Thủ tướng Võ Văn Kiệt.",
        reference_directory,
    )
    assert [m.surface for m in found] == ["Kim Jong-pil", "Kim Jong-pil", "Võ Văn Kiệt"]


def test_a_leader_named_again_without_a_title_keeps_the_one_told_before(reference_directory):
    first, again = mentions(
        "Chủ tịch nước Cộng hòa Nhân dân Trung Hoa Giang Trạch Dân đón đoàn. Sau đó, Chủ tịch "
        "Giang Trạch Dân phát biểu.",
        reference_directory,
    )
    assert (again.role, again.title, again.country) == ("head_of_state", "Chủ tịch nước", "CN")


def test_the_party_s_leader_written_out_and_the_state_s_are_one_person(reference_directory):
    (one,) = mentions(
        "theo lời mời của Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam và Chủ tịch "
        "nước Nguyễn Phú Trọng.",
        reference_directory,
    )
    assert one.roles == ("party_leader", "head_of_state")
    bare, named = mentions("Tổng Bí thư và Chủ tịch nước Lương Cường dự lễ.", reference_directory)
    assert (bare.leader_keys, named.roles) == ((), ("head_of_state",))


def test_a_newcomer_named_in_full_then_shorter_is_one_person(reference_directory):
    found = mentions(
        "Tổng thống Pê-ru Dina Ercilia Boluarte Zegarra thăm Hà Nội. Tổng thống Boluarte Zegarra "
        "phát biểu.",
        reference_directory,
    )
    assert [m.surface for m in found] == ["Dina Ercilia Boluarte Zegarra"] * 2


def test_a_newcomer_named_again_by_surname_after_ong_is_the_same_person(reference_directory):
    found = mentions(
        "Thủ tướng Hà Lan Mark Rutte hội đàm với Thủ tướng Nguyễn Tấn Dũng. Cũng trong ngày, ông "
        "Rutte đã chào xã giao Tổng Bí thư Nguyễn Phú Trọng.",
        reference_directory,
    )
    assert [(m.surface, m.country) for m in found if not m.leader_keys] == [
        ("Mark Rutte", "NL"),
        ("Mark Rutte", "NL"),
    ]


def test_a_newcomer_named_again_keeps_the_title_told_with_the_full_name(reference_directory):
    found = mentions(
        "Thủ tướng Hà Lan Mark Rutte tới Hà Nội. Sau đó, ông Rutte chào xã giao Tổng Bí thư "
        "Nguyễn Phú Trọng.",
        reference_directory,
    )
    again = next(m for m in found if m.alias_kind == "short")
    assert (again.surface, again.title, again.role) == (
        "Mark Rutte",
        "Thủ tướng",
        "head_of_government",
    )


def test_a_title_before_a_newcomer_s_surname_is_that_newcomer(reference_directory):
    found = mentions(
        "theo lời mời của Thủ tướng Sitiveni Rabuka. Sáng 7/3, Thủ tướng Rabuka chủ trì lễ đón.",
        reference_directory,
    )
    assert [(m.surface, m.title) for m in found] == [
        ("Sitiveni Rabuka", "Thủ tướng"),
        ("Sitiveni Rabuka", "Thủ tướng"),
    ]


def test_a_transliterated_given_name_is_not_matched_as_a_surname(reference_directory):
    found = mentions(
        "Bộ trưởng Công nghiệp và Thương mại Nga Víc-to Khri-xten-cô phát biểu.",
        reference_directory,
    )
    assert [m.leader_keys for m in found if m.leader_keys] == [("Viktor Khristenko",)]


def test_a_name_read_by_rule_is_no_leader_of_another_country_than_the_title_s(reference_directory):
    (bush,) = mentions("Tổng thống Hoa Kỳ Gioóc-giơ W. Bu-sơ phát biểu.", reference_directory)
    assert (bush.leader_keys, bush.country) == ((), "US")


def test_a_company_transliterated_is_no_leader(reference_directory):
    assert mentions("Đoàn đã thăm trụ sở tập đoàn Mai-crô-xốp.", reference_directory) == []


def test_a_newcomer_named_again_in_full_keeps_the_country_told_first(reference_directory):
    found = mentions(
        "Thủ tướng Malaysia Anwar Ibrahim tới Hà Nội. Sáng nay, Thủ tướng Anwar Ibrahim đã dự lễ "
        "đón.",
        reference_directory,
    )
    assert [(m.surface, m.country) for m in found] == [
        ("Anwar Ibrahim", "MY"),
        ("Anwar Ibrahim", "MY"),
    ]


def test_a_name_read_by_rule_inside_a_newcomer_s_full_name_is_the_newcomer(reference_directory):
    # `Xtơ-rê` has the sounds of a Cambodian leader's name, but after `Thủ tướng Na Uy` and a
    # given name it is the surname of a Norwegian prime minister the directory lacks
    (found,) = mentions("Thủ tướng Na Uy Giô-nát Gia Xtơ-rê phát biểu.", reference_directory)
    assert (found.leader_keys, found.surface, found.country) == ((), "Giô-nát Gia Xtơ-rê", "NO")


def test_a_place_after_a_title_is_no_one_s_name(reference_directory):
    (found,) = mentions("Chủ tịch Thượng viện Campuchia\nPhnôm Pênh ngày 5", reference_directory)
    assert (found.surface, found.country) == ("", "KH")


def test_a_title_s_first_words_stand_for_the_title_told_before(reference_directory):
    found = mentions(
        "Thứ trưởng Ngoại giao Mông Cổ Munkhjargal Batsaikhan tới Hà Nội. Sau đó, Thứ trưởng "
        "Munkhjargal Batsaikhan làm việc.",
        reference_directory,
    )
    assert [m.title for m in found] == ["Thứ trưởng Ngoại giao", "Thứ trưởng Ngoại giao"]


def test_the_first_word_of_a_title_is_no_name(reference_directory):
    found = mentions(
        "Bộ trưởng Ngoại giao, Tổng Thư ký Đảng Nhân dân Campuchia Prak Sokhonn phát biểu.",
        reference_directory,
    )
    assert "Tổng Thư" not in [m.surface for m in found]


def test_a_leader_s_name_on_a_university_is_not_the_leader(reference_directory):
    found = mentions("Ông đã gặp sinh viên Đại học Tôn Đức Thắng.", reference_directory)
    assert found == []


def test_a_name_after_then_or_the_host_is_the_title_holder_s(reference_directory):
    found = mentions(
        "Ông đã điện đàm với Thủ tướng khi đó là Shinzo Abe, rồi hội đàm với Tổng thống nước chủ "
        "nhà Joko Widodo.",
        reference_directory,
    )
    assert [(m.leader_keys, m.surface, m.role) for m in found] == [
        (("Abe Shinzo",), "Shinzo Abe", "head_of_government"),
        (("Joko Widodo",), "Joko Widodo", "head_of_state"),
    ]


def test_a_newcomer_s_name_in_its_own_spelling_in_brackets_is_the_name_kept(reference_directory):
    found = mentions(
        "Thủ tướng Hà Lan M. Rút-tơ thăm Hà Nội. Thủ tướng Nguyễn Xuân Phúc hội đàm với Thủ tướng "
        "Vương quốc Hà Lan Mác Rút-tơ (Mark Rutte).",
        reference_directory,
    )
    assert {m.surface for m in found if not m.leader_keys} == {"Mark Rutte"}


def test_a_known_leader_s_surname_after_a_title_is_that_leader(reference_directory):
    found = mentions(
        "Thủ tướng Nhật Bản Shinzo Abe tới Hà Nội. Chủ tịch nước đã tiếp Thủ tướng Abe.",
        reference_directory,
    )
    assert [m.leader_keys for m in found][-1] == ("Abe Shinzo",)


def test_a_name_told_before_its_title_and_a_comma(reference_directory):
    (found,) = [
        m
        for m in mentions(
            "Thủ tướng đã tiếp ông Espen Barth Eide, Bộ trưởng Ngoại giao Vương quốc Na Uy, "
            "đang thăm Việt Nam.",
            reference_directory,
        )
        if not m.leader_keys and m.surface
    ]
    assert (found.surface, found.role, found.country) == (
        "Espen Barth Eide",
        "foreign_minister",
        "NO",
    )


def test_a_bare_minister_title_before_a_name_told_before_is_that_minister_s(reference_directory):
    found = mentions(
        "Bộ trưởng Ngoại giao Nigeria Yusuf Tuggar tới Hà Nội. Hai bên hội đàm; Bộ trưởng Tuggar "
        "cảm ơn.",
        reference_directory,
    )
    assert [(m.surface, m.title) for m in found] == [
        ("Yusuf Tuggar", "Bộ trưởng Ngoại giao"),
        ("Yusuf Tuggar", "Bộ trưởng Ngoại giao"),
    ]


def test_a_foreign_minister_and_then_a_deputy_minister_are_two_people(reference_directory):
    found = mentions(
        "Tại hội đàm với Bộ trưởng Ngoại giao Đức, Thứ trưởng Phạm Bình Minh đề nghị.",
        reference_directory,
    )
    minh = next(m for m in found if m.leader_keys == ("Phạm Bình Minh",))
    assert (minh.title, minh.country) == ("Thứ trưởng", "VN")


def test_a_long_arab_name_with_its_honorific_and_particles(reference_directory):
    (found,) = [
        m
        for m in mentions(
            "Thủ tướng hội đàm với Tổng thống Các Tiểu vương quốc Ả-rập Thống nhất (UAE) Sheikh "
            "Mohamed bin Zayed Al Nahyan.",
            reference_directory,
        )
        if m.surface
    ]
    assert (found.surface, found.country) == ("Mohamed bin Zayed Al Nahyan", "AE")


def test_two_people_named_after_a_plural_title_hold_it_both(reference_directory):
    found = mentions(
        "Hôm qua, hai Thủ tướng Phạm Minh Chính và Christopher Luxon đã hội đàm tại Hà Nội.",
        reference_directory,
    )
    assert [(m.surface, m.role) for m in found] == [
        ("Phạm Minh Chính", "head_of_government"),
        ("Christopher Luxon", "head_of_government"),
    ]


def test_vietnamese_names_as_a_translation_from_russian_spells_them(reference_directory):
    found = mentions(
        "Thủ tướng Nguyen Suan Fuk hội đàm với Thủ tướng Dmitry Medvedev; Tổng Bí thư Nguyen Fu "
        "Chong gửi lời chào.",
        reference_directory,
    )
    assert [m.leader_keys for m in found] == [
        ("Nguyễn Xuân Phúc",),
        ("Dmitry Medvedev",),
        ("Nguyễn Phú Trọng",),
    ]


def test_a_city_is_no_transliterated_leader(reference_directory):
    # `Ma-ni-la` and `Ca-dan` sound like the surnames of leaders (Manalo, Keating): cities here
    text = "Hội nghị diễn ra tại Ma-ni-la, sau đó đoàn bay tới Ca-dan."
    assert find_mentions(prepare(text), reference_directory) == []


def test_the_latin_name_in_brackets_says_who_a_transliteration_is(reference_directory):
    text = "Thủ tướng tiếp Bộ trưởng Ngoại giao Xan-man Khu-sít (Salman Khurshid) đến chào."
    found = find_mentions(prepare(text), reference_directory)
    assert {m.leader_keys for m in found if m.leader_keys} == {("Salman Khurshid",)}


def test_a_country_s_name_as_the_first_syllable_of_a_transliteration(reference_directory):
    # `Séc` is Czechia, but `Thủ tướng Séc-nô-mư-rđin` is no Czech prime minister
    found = mentions(
        "Thủ tướng Phan Văn Khải hội đàm với Thủ tướng Séc-nô-mư-rđin.", reference_directory
    )
    assert all(m.country != "CZ" for m in found)


def test_a_known_name_with_a_lowercase_particle(reference_directory):
    found = mentions(
        "Tổng thống nước chủ nhà Luiz Inácio Lula da Silva phát biểu.", reference_directory
    )
    assert [(m.surface, m.leader_keys) for m in found] == [
        ("Luiz Inácio Lula da Silva", ("Luiz Inácio Lula da Silva",))
    ]
