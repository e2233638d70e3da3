"""How right the records are on the extraction corpus (`tests/extract/corpus/`, README there).

Every report is imported through the importer users run, into a scratch archive; the meetings
each report is linked to are then compared with its gold. `make extraction` prints the figures
for the whole corpus and for each family; `tests/extract/test_corpus.py` holds them to
`floors.json` (`--write-floors` writes the current figures there). `python -m tests.extract.evaluate
--corpus DIR` scores another folder of the same shape (e.g. reports kept out of tuning).
"""

import contextlib
import json
import math
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "corpus"
# The held-out sets: written apart from the rules, each scored once before anyone tuned on it.
HOLDOUTS = tuple(sorted(CORPUS.parent.glob("holdout*")))


def floors_file(root: Path) -> Path:
    """The figures `make test` keeps for a set of reports: `floors.json` beside them."""
    return root / "floors.json"


FIELDS = ("date", "date_precision", "end_date", "kind", "city", "country")
# Which review reason covers a field: a wrong value with its reason given is flagged.
REASON_OF = {
    "date": "date",
    "date_precision": "date",
    "end_date": "date",
    "kind": "kind",
    "city": "place",
    "country": "place",
    "participants": "participants",
}


@dataclass(frozen=True)
class Report:
    path: Path
    family: str
    gold: dict


def load_corpus(root: Path = CORPUS) -> list[Report]:
    reports = []
    for text in sorted(root.rglob("*.txt")):
        gold = text.with_suffix(".json")
        if gold.exists():
            family = text.parent.relative_to(root).as_posix()
            reports.append(Report(text, family, json.loads(gold.read_text(encoding="utf-8"))))
    return reports


# ---- identities ---------------------------------------------------------------------------------


def _fold(text: str) -> str:
    from archive.text import fold

    return fold(text or "")


def person_key(name: str) -> tuple:
    """Word order, hyphens, dots and diacritics aside: `Kishida Fumio` = `Fumio Kishida`."""
    return tuple(sorted(re.findall(r"[a-z0-9]+", _fold(name).replace("-", ""))))


_COUNTRY_WORDS: list[str] | None = None


# One office written two ways: `Ngoại trưởng` is `Bộ trưởng Ngoại giao`, `Thứ trưởng Bộ Ngoại giao`
# is `Thứ trưởng Ngoại giao`, `Thủ tướng Chính phủ` and `Thủ tướng Quốc vụ viện` are `Thủ tướng`.
_SAME_OFFICE = (
    (r"\bngoai truong\b", "bo truong ngoai giao"),
    (r",?\s+kiem\s+", ", "),  # `Phó Tổng thống kiêm Thủ tướng` = `Phó Tổng thống, Thủ tướng`
    (r"\b(?:thu truong|pho thu tuong) thuong truc\b", lambda m: m.group().rsplit(" ", 2)[0]),
    (r"\btruong bo\b", "truong"),
    (r"\bthu tuong (?:chinh phu|quoc vu vien)\b", "thu tuong"),
)


def title_keys(title: str) -> set[str]:
    """A title without its country and acting mark: `Tổng thống Liên bang Nga` = `Tổng thống`.
    Both readings of `Chủ tịch Hội đồng Liên bang Nga` (its country `Liên bang Nga` or `Nga`)."""
    global _COUNTRY_WORDS
    if _COUNTRY_WORDS is None:
        from babel import Locale

        names = {_fold(n) for n in Locale("vi").territories.values()}
        names |= {
            "lien bang nga",
            "my",
            "lien xo",
            "viet nam",
            "cong hoa xa hoi chu nghia viet nam",
        }
        _COUNTRY_WORDS = sorted(names, key=len, reverse=True)
    folded = re.sub(r"^\s*quyen\s+", "", _fold(title))
    for pattern, same in _SAME_OFFICE:
        folded = re.sub(pattern, same, folded)
    every = r"\b(?:cua\s+)?(?:nuoc\s+)?(?:" + "|".join(map(re.escape, _COUNTRY_WORDS)) + r")\b"
    keys = {" ".join(re.sub(every, " ", folded).split())}
    keys |= {folded[: -len(n)].strip() for n in _COUNTRY_WORDS if folded.endswith(" " + n)}
    return keys


# ---- what the archive recorded ------------------------------------------------------------------


@dataclass
class Found:
    meeting_id: int
    kind: str
    date: date | None
    precision: str
    end_date: date | None
    city: str
    country: str
    participants: list  # (names of the leader: canonical and aliases, title, country)
    agreements: list  # (title, relation, signed_date)
    reasons: dict  # field -> reasons
    reports: int = 1  # how many reports the record is linked to


def recorded(source_file: str) -> list[Found]:
    from archive.models import Article
    from archive.records.meetings import review_reasons

    article = Article.objects.filter(source_file=source_file).first()
    if article is None:
        return []
    found = []
    meetings = article.meetings.prefetch_related(
        "participations__leader__aliases", "agreement_links__agreement"
    )
    for m in meetings:
        found.append(
            Found(
                m.pk, m.kind, m.date, m.date_precision, m.end_date, m.city, m.country,
                [
                    (
                        [p.leader.name, *(a.alias for a in p.leader.aliases.all())],
                        p.title, p.country,
                    )
                    for p in m.participations.all()
                ],
                [
                    (link.agreement.title, link.relation, link.agreement.signed_date)
                    for link in m.agreement_links.all()
                ],
                review_reasons(m),
                m.articles.count(),
            )
        )  # fmt: skip
    return found


# ---- comparison ---------------------------------------------------------------------------------


def _day(value):
    return date.fromisoformat(value) if value else None


def _person_matches(gold_name: str, names: list[str]) -> bool:
    wanted = person_key(gold_name)
    return any(person_key(n) == wanted for n in names)


def _common_people(gold: dict, found: Found) -> list[tuple[dict, tuple]]:
    pairs = []
    for person in gold["participants"]:
        match = next((p for p in found.participants if _person_matches(person["name"], p[0])), None)
        if match:
            pairs.append((person, match))
    return pairs


def _agreement_found(gold: dict, found: Found) -> bool:
    words = set(re.findall(r"\w+", _fold(gold["title"]))) - {"va", "giua", "ve", "cua"}
    for title, relation, _ in found.agreements:
        have = set(re.findall(r"\w+", _fold(title)))
        if words and len(words & have) / len(words) >= 0.6 and relation == gold["relation"]:
            return True
    return False


@dataclass
class Score:
    """Counts over a set of reports; `right[field]` / `checked[field]` is a field's share."""

    reports: int = 0
    gold: int = 0
    found: int = 0
    matched: int = 0
    flagged: int = 0
    right: dict = field(default_factory=lambda: defaultdict(int))
    checked: dict = field(default_factory=lambda: defaultdict(int))
    wrong_unflagged: list = field(default_factory=list)  # (file, what)
    errors: list = field(default_factory=list)  # (file, what), flagged or not

    def add(self, other: "Score") -> None:
        for name in ("reports", "gold", "found", "matched", "flagged"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for key, value in other.right.items():
            self.right[key] += value
        for key, value in other.checked.items():
            self.checked[key] += value
        self.wrong_unflagged += other.wrong_unflagged
        self.errors += other.errors

    def share(self, name: str) -> float | None:
        return self.right[name] / self.checked[name] if self.checked[name] else None

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0

    @property
    def flagged_share(self) -> float:
        return self.flagged / self.found if self.found else 0.0

    def figures(self) -> dict:
        figures = {
            "recall": self.recall,
            "precision": self.precision,
            **{
                name: self.share(name) for name in (*FIELDS, "participants", "titles", "agreements")
            },
            "flagged_share": self.flagged_share,
            "wrong_unflagged": len(self.wrong_unflagged),
        }
        return {k: v for k, v in figures.items() if v is not None}


def score_report(report: Report, found: list[Found]) -> Score:
    score = Score(reports=1, gold=len(report.gold["meetings"]), found=len(found))
    score.flagged = sum(bool(f.reasons) for f in found)
    name = report.path.name
    golds = report.gold["meetings"]
    # The best pairs first, whatever the order of the gold: each gold meeting and each found one
    # in one pair at most.
    pairs = sorted(
        ((_pairing(g, f), i, j) for i, g in enumerate(golds) for j, f in enumerate(found)),
        key=lambda p: p[0],
        reverse=True,
    )
    paired: dict[int, int] = {}
    for pairing, i, j in pairs:
        if pairing >= (2, 0) and i not in paired and j not in paired.values():
            paired[i] = j
    for i, gold in enumerate(golds):
        if i not in paired:
            score.errors.append((name, f"missed {_describe(gold)}"))
            continue
        score.matched += 1
        _compare(gold, found[paired[i]], score, name)
    for extra in (f for j, f in enumerate(found) if j not in paired.values()):
        what = f"recorded a meeting that is not in the gold (#{extra.meeting_id}, {extra.kind} {extra.date})"
        score.errors.append((name, what))
        if not extra.reasons:
            score.wrong_unflagged.append((name, what))
    return score


def _pairing(gold: dict, found: Found) -> tuple:
    common = len(_common_people(gold, found))
    enough = min(2, len(gold["participants"]))
    return (
        min(common, enough) if common >= enough else 0,
        common,
        found.date == _day(gold["date"]),
        found.kind == gold["kind"],
        common - len(found.participants),  # fewer people the gold does not have
        -_days_apart(found.date, _day(gold["date"])),
    )


def _days_apart(a: date | None, b: date | None) -> int:
    return abs((a - b).days) if a and b else 100_000


def _describe(gold: dict) -> str:
    names = ", ".join(p["name"] for p in gold["participants"])
    return f"{gold['kind']} {gold['date']} ({names})"


def _compare(gold: dict, found: Found, score: Score, name: str) -> None:
    expected = {
        "date": _day(gold["date"]),
        "date_precision": gold["precision"],
        "end_date": _day(gold.get("end_date")),
        "kind": gold["kind"],
        "city": _fold(gold.get("city", "")),
        "country": gold.get("country", ""),
    }
    actual = {
        "date": found.date,
        "date_precision": found.precision if found.date else None,
        "end_date": found.end_date,
        "kind": found.kind,
        "city": _fold(found.city),
        "country": found.country,
    }
    if _more_precise(found, expected["date"], expected["date_precision"]):
        actual.update(date=expected["date"], date_precision=expected["date_precision"])
    wrong = []
    for key in FIELDS:
        score.checked[key] += 1
        if expected[key] == actual[key]:
            score.right[key] += 1
        else:
            wrong.append(f"{key} {actual[key]!r}, should be {expected[key]!r}")
    pairs = _common_people(gold, found)
    score.checked["participants"] += (
        len(gold["participants"]) + len(found.participants) - len(pairs)
    )
    score.right["participants"] += len(pairs)
    if len(pairs) < len(gold["participants"]) or len(pairs) < len(found.participants):
        missing = [p["name"] for p in gold["participants"] if p not in [g for g, _ in pairs]]
        extra = [p[0][0] for p in found.participants if p not in [f for _, f in pairs]]
        wrong.append(f"participants missing {missing}, extra {extra}")
    for person, (_, title, _country) in pairs:
        score.checked["titles"] += 1
        if title_keys(title) & title_keys(person.get("title", "")):
            score.right["titles"] += 1
        else:
            score.errors.append(
                (name, f"title {title!r} for {person['name']}, should be {person.get('title')!r}")
            )
    for agreement in gold.get("agreements", []):
        score.checked["agreements"] += 1
        if _agreement_found(agreement, found):
            score.right["agreements"] += 1
        else:
            score.errors.append(
                (name, f"agreement not linked: {agreement['title'][:60]} ({agreement['relation']})")
            )
    for what in wrong:
        field_name = what.split()[0]
        reason = REASON_OF.get(field_name)
        text = f"{_describe(gold)}: {what}"
        score.errors.append((name, text))
        if reason is None or not found.reasons.get(reason):
            score.wrong_unflagged.append((name, text))


def _more_precise(found: Found, day: date | None, precision: str) -> bool:
    """A report that gives only the month (or year) of a meeting is not wrong when the record
    has its day from another report: the day falls in that month (or year)."""
    if not (found.date and day) or found.reports < 2 or precision == "day":
        return False
    if found.precision == precision:
        return False
    if found.precision == "year" or (found.precision == "month" and precision == "month"):
        return False
    same_year = found.date.year == day.year
    return same_year and (precision == "year" or found.date.month == day.month)


def merges(reports: list[Report], found_by_file: dict) -> tuple[int, int, list]:
    """Gold meetings told by several reports: how many became one record."""
    ids_by_key: dict[str, set] = defaultdict(set)
    files_by_key: dict[str, list] = defaultdict(list)
    for report in reports:
        found = list(found_by_file[report.path.name])
        for gold in report.gold["meetings"]:
            key = gold.get("key")
            best = max(found, key=lambda f: _pairing(gold, f), default=None)
            if key and best is not None and _pairing(gold, best) >= (2, 0):
                ids_by_key[key].add(best.meeting_id)
                files_by_key[key].append(report.path.name)
    shared = [k for k, files in files_by_key.items() if len(files) > 1]
    unmerged = [(k, files_by_key[k]) for k in shared if len(ids_by_key[k]) > 1]
    return len(shared), len(shared) - len(unmerged), unmerged


# ---- running ------------------------------------------------------------------------------------


def evaluate(reports: list[Report]) -> tuple[Score, dict, tuple]:
    """Import every report (the database must be migrated, reference data loaded) and score it."""
    from django.core.management import CommandError, call_command

    paths = [str(r.path) for r in reports]
    # A report that could not be imported records nothing: its meetings count as missed.
    with contextlib.suppress(CommandError):
        call_command("import_articles", *paths, "--no-index", verbosity=0)
    found_by_file = {r.path.name: recorded(r.path.name) for r in reports}
    total, families = Score(), defaultdict(Score)
    for report in reports:
        score = score_report(report, found_by_file[report.path.name])
        families[report.family].add(score)
        total.add(score)
    return total, dict(sorted(families.items())), merges(reports, found_by_file)


def _pct(value) -> str:
    return "   -" if value is None else f"{100 * value:4.0f}"


def print_report(total: Score, families: dict, merged: tuple, out=sys.stdout) -> None:
    columns = (
        "recall",
        "precision",
        *FIELDS,
        "participants",
        "titles",
        "agreements",
        "flagged_share",
    )
    short = (
        "recall",
        "precis",
        "date",
        "d.prec",
        "end",
        "kind",
        "city",
        "ctry",
        "people",
        "titles",
        "agr",
        "flag",
    )
    head = f"{'family':<22}{'files':>6}{'gold':>5}{'found':>6}  " + "".join(
        f"{s:>7}" for s in short
    )
    print(head + f"{'wrong, unflagged':>18}", file=out)
    for name, score in [*families.items(), ("ALL", total)]:
        figures = score.figures()
        row = f"{name:<22}{score.reports:>6}{score.gold:>5}{score.found:>6}  "
        row += "".join(f"{_pct(figures.get(c)):>7}" for c in columns)
        print(row + f"{len(score.wrong_unflagged):>18}", file=out)
    shared, joined, unmerged = merged
    print(f"\nmeetings told by several reports: {shared}, recorded once: {joined}", file=out)
    for key, files in unmerged:
        print(f"  not merged: {key} ({', '.join(files)})", file=out)
    print("\nwrong and not flagged:", file=out)
    for name, what in total.wrong_unflagged:
        print(f"  {name}: {what}", file=out)
    print("\nall errors:", file=out)
    for name, what in total.errors:
        print(f"  {name}: {what}", file=out)


def floors_of(total: Score, families: dict, merged: tuple) -> dict:
    """The figures as floors (shares rounded down, counts and the flagged share as ceilings)."""

    def floor(score: Score) -> dict:
        figures = score.figures()
        kept = {
            k: int(v * 100) / 100
            for k, v in figures.items()
            if k not in ("wrong_unflagged", "flagged_share")
        }
        kept["flagged_share"] = math.ceil(figures["flagged_share"] * 100) / 100
        kept["wrong_unflagged"] = figures["wrong_unflagged"]
        return kept

    return {
        "ALL": floor(total),
        "families": {name: floor(score) for name, score in families.items()},
        "merged": merged[1],
    }


def main(argv: list[str]) -> None:
    import os
    import tempfile

    root = Path(argv[argv.index("--corpus") + 1]) if "--corpus" in argv else CORPUS
    os.environ["DATA_DIR"] = tempfile.mkdtemp(prefix="extraction-")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "diplomacy.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("load_reference_data", verbosity=0)
    reports = load_corpus(root)
    total, families, merged = evaluate(reports)
    print(f"{len(reports)} reports in {root}\n")
    print_report(total, families, merged)
    if "--write-floors" in argv:  # after an improvement: the new figures become the floor
        floors_file(root).write_text(
            json.dumps(floors_of(total, families, merged), indent=2) + "\n"
        )
        print(f"\nfloors written to {floors_file(root)}")


if __name__ == "__main__":
    main(sys.argv[1:])
