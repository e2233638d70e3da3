"""The relevance set: queries over the bundled documents and the articles that must come first.

Documents (by file prefix): 000 Sang–Putin talks 2015; 001 Quang–Putin talks 2017; 002 Sang–Putin
2013 (machine translated, `Zhang Jinchu`); 003 joint statement of Quang's 2017 visit; 004 Dũng
receives Borodavkin, Sơn's consultation (machine translated, `Pei Qingshan`).

Each case: the query, the set of documents that must take the top places (in any order), or
an empty set when nothing may be found. `make relevance` prints precision@5 and MRR.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Case:
    query: str
    first: frozenset  # file prefixes that must fill the top len(first) places; empty: no results
    exact: bool = False
    why: str = ""


def case(query, *first, exact=False, why=""):
    return Case(query, frozenset(first), exact, why)


CASES = [
    # names, with and without diacritics, and their garbles
    case("Trương Tấn Sang", "000", "002", why="002 via its records (text says Zhang Jinchu)"),
    case("truong tan sang", "000", "002", why="no diacritics"),
    case("Zhang Jinchu", "002", why="garble in the text only"),
    case("Trương Tấn Thành", "002", why="another garble"),
    case("Trần Đại Quang", "001", "003"),
    case("tran dai quang", "001", "003"),
    case("Nguyễn Tấn Dũng", "004"),
    case("Bùi Thanh Sơn", "004", why="text says Pei Qingshan; the article is linked to him"),
    case("bui thanh son", "004"),
    case("Pei Qingshan", "004"),
    case("Borodavkin", "004"),
    case("Medvedev", "003"),
    case("Matvienko", "003"),
    case("Matviyenko", "003", why="canonical spelling, from the records"),
    case("Volodin", "003"),
    case("Putin", "000", "001", "002", "003"),
    case("Pu-tin", "000", "001", "002", "003", why="Vietnamese transliteration, an alias"),
    # old and new tone placement, compounds, phrases
    case("hoà nhập", "000", why="old tone placement as in the text"),
    case("hòa nhập", "000", why="new tone placement finds the old spelling"),
    case("thủy sản", "003", why="003 has the phrase; 000 has thuỷ - hải sản"),
    case("thuỷ sản", "003", why="old placement in the query"),
    case("Đối tác chiến lược toàn diện", "000", "001", "002", "003"),
    case("doi tac chien luoc toan dien", "000", "001", "002", "003"),
    case('"Liên minh Kinh tế Á - Âu"', "000", "001", "003"),
    case('"lien minh kinh te a au"', "000", "001", "003"),
    case("năng lượng nguyên tử", "001", "003"),
    case("điện hạt nhân", "002"),
    case("Điện Kremlin", "001", "003"),
    case("Moskva", "003"),
    case("Primorye", "000"),
    case("GLONASS", "003"),
    case("Belarus Kazakhstan", "002", "004"),
    case("Ninghun", "002"),
    case("APEC 2012", "004"),
    case("Nghị định thư", "003"),
    case("tuyên bố chung", "001", "003", "002"),
    # bylines and captions
    case("Trọng Giáp", "000", why="byline"),
    case("Nguyễn Hoàng", "001", why="byline glued to the text"),
    case("Nhan Sáng", "003", why="photo credit"),
    case("chiều qua", "000"),
    # boolean, prefixes, filters
    case("Putin OR Medvedev", "000", "001", "002", "003"),
    case("Putin -Zhang", "000", "001", "003"),
    case("Putin NOT Quang", "000", "002"),
    case("(Medvedev OR Borodavkin) hợp tác", "003", "004"),
    case("Borodav*", "004"),
    case("Matv*", "003"),
    case("leader:Borodavkin", "004"),
    case('leader:"Trần Đại Quang" kind:talks', "001", "003"),
    case("year:2013", "002"),
    case("kind:courtesy_call", "003", "004"),
    case("country:VN Putin", "002"),
    # minimal pairs: exact spellings first, or only with exact=1
    case("đường", "003", why="the exact word; dương/đương come after"),
    case("dương", "001", "002", "003", why="Thái Bình Dương"),
    case("bảo đảm", "003"),
    case("bão", exact=True, why="no document has bão, only báo/bảo"),
    # nothing to find
    case("Obama"),
    case("xyzzy"),
    case("Tập Cận Bình"),
]


@dataclass(frozen=True)
class Outcome:
    case: Case
    ranked: list  # file prefixes in result order

    @property
    def passed(self) -> bool:
        if not self.case.first:
            return not self.ranked
        return set(self.ranked[: len(self.case.first)]) == self.case.first

    @property
    def precision_at_5(self) -> float:
        if not self.case.first:
            return 1.0 if not self.ranked else 0.0
        top = self.ranked[:5]
        return len(set(top) & self.case.first) / min(5, len(self.case.first))

    @property
    def reciprocal_rank(self) -> float:
        if not self.case.first:
            return 1.0 if not self.ranked else 0.0
        rank = next((i for i, p in enumerate(self.ranked, 1) if p in self.case.first), None)
        return 1 / rank if rank else 0.0


def evaluate(case: Case) -> Outcome:
    from archive.search.service import SearchRequest, search

    results = search(SearchRequest(q=case.query, exact=case.exact))
    return Outcome(case, [hit.source_file[:3] for hit in results.hits])


def main() -> None:
    """`make relevance`: import the bundled documents into a scratch archive and score the set."""
    import os
    import tempfile

    os.environ["DATA_DIR"] = tempfile.mkdtemp(prefix="relevance-")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "diplomacy.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("load_reference_data", verbosity=0)
    call_command("import_articles", "fixtures/articles", verbosity=0)
    outcomes = [evaluate(c) for c in CASES]
    for outcome in outcomes:
        mark = "ok  " if outcome.passed else "FAIL"
        print(
            f"{mark} P@5={outcome.precision_at_5:.2f} RR={outcome.reciprocal_rank:.2f}  {outcome.case.query!r} -> {outcome.ranked[:5]}"
        )
    n = len(outcomes)
    print(f"\n{n} queries, {sum(o.passed for o in outcomes)} pass")
    print(f"precision@5 = {sum(o.precision_at_5 for o in outcomes) / n:.3f}")
    print(f"MRR         = {sum(o.reciprocal_rank for o in outcomes) / n:.3f}")


if __name__ == "__main__":
    main()
