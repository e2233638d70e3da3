import pytest

from archive.search.parser import (
    MAX_QUERY_CHARS,
    And,
    Filter,
    Not,
    Or,
    Phrase,
    Prefix,
    Words,
    parse,
)


@pytest.mark.parametrize(
    ("text", "tree"),
    [
        ("hợp tác kinh tế", And((Words("hợp tác kinh tế"),))),
        ('"Đối tác chiến lược" Putin', And((Phrase("Đối tác chiến lược"), Words("Putin")))),
        ("Putin OR Medvedev", Or((Words("Putin"), Words("Medvedev")))),
        ("-Zhang Sang", And((Not(Words("Zhang")), Words("Sang")))),
        ("NOT Zhang", Not(Words("Zhang"))),
        (
            "(Putin OR Medvedev) AND hội đàm",
            And((Or((Words("Putin"), Words("Medvedev"))), Words("hội đàm"))),
        ),
        ("Tru*", Prefix("Tru")),
        (
            'leader:"Trương Tấn Sang" year:2015',
            And((Filter("leader", "Trương Tấn Sang"), Filter("year", "2015"))),
        ),
    ],
)
def test_grammar(text, tree):
    parsed = parse(text)
    assert (parsed.node, parsed.notices, parsed.error) == (tree, (), None)


@pytest.mark.parametrize(
    ("text", "node", "notice"),
    [
        ('"unclosed', Phrase("unclosed"), "unclosed_quote"),
        ("((Putin", Words("Putin"), "unclosed_paren"),
        ("Putin)", Words("Putin"), "stray_paren"),
        ("Putin AND", Words("Putin"), "stray_operator"),
        ("Putin\x00\x07", Words("Putin"), "control_chars"),
        ("a " * 2000, None, "truncated"),
        ("xyz:Putin", Words("xyz Putin"), "unknown_field"),
    ],
)
def test_broken_queries_are_repaired_and_explained(text, node, notice):
    parsed = parse(text)
    assert notice in {n.code for n in parsed.notices}
    if node is not None:
        assert parsed.node == node
    assert parsed.error is None


@pytest.mark.parametrize("text", ["AND OR", "*", "()", '""', "-", "NOT", "   "])
def test_nothing_to_search(text):
    assert parse(text).error in ("nothing_to_search", "empty")


def test_long_queries_are_cut_at_a_word():
    parsed = parse("hợp tác " * 400)
    assert len(parsed.node.nodes[0].text) <= MAX_QUERY_CHARS
    assert not parsed.node.nodes[0].text.endswith(" ")


def test_term_count_is_capped():
    parsed = parse(" OR ".join(f"w{i}" for i in range(100)))
    assert "too_many_terms" in {n.code for n in parsed.notices}
    assert len(parsed.terms()) == 32
