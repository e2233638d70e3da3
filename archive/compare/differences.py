"""Where two reports' facts part: a date, a leader, a place, an agreement or a figure that only
one states, and a leader one names in a garbled form (`Zhang Jinchu = Trương Tấn Sang`)."""

from dataclasses import dataclass

from .facts import Fact

KINDS = ("date", "leader", "agreement", "place", "figure")


@dataclass(frozen=True)
class Difference:
    kind: str  # one of KINDS, or `garbled`
    a: tuple[str, ...]  # what report A states (labels); empty: nothing
    b: tuple[str, ...]


def only_in(facts: list[Fact], other: list[Fact]) -> set[tuple[str, str]]:
    """The keys of `facts` that `other` never states."""
    return {f.key for f in facts} - {f.key for f in other}


def differences(a: list[Fact], b: list[Fact]) -> list[Difference]:
    """Per kind, what one report states and the other does not (dates of both sides together:
    `28/6` against `29/6`), then each garbled name the reports use beside its canonical form."""
    found = []
    for kind in KINDS:
        left, right = _labels(a, b, kind), _labels(b, a, kind)
        if kind == "date" and left and right:
            found.append(Difference(kind, left, right))
            continue
        found += [Difference(kind, (label,), ()) for label in left]
        found += [Difference(kind, (), (label,)) for label in right]
    for side, facts in ((0, a), (1, b)):
        for surface, name in dict.fromkeys((f.surface, f.label) for f in facts if f.garbled):
            pair = (f"{surface} = {name}",)
            found.append(Difference("garbled", *((pair, ()) if side == 0 else ((), pair))))
    return found


def _labels(facts: list[Fact], other: list[Fact], kind: str) -> tuple[str, ...]:
    missing = only_in(facts, other)
    return tuple(dict.fromkeys(f.label for f in facts if f.kind == kind and f.key in missing))
