"""Deterministic synthetic corpus in the three layouts of the real documents.

    .venv/bin/python benchmarks/corpus.py --articles 10000 --seed 1 --output /tmp/corpus

Each article reports one meeting between a Vietnamese and a Russian leader who held office at
the same time (from fixtures/reference/vietnam-russia.json), on a date within both terms, in a real city, often
citing a known agreement; the rest of the text is sentences of the bundled documents.
"""

import argparse
import json
import random
import re
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VERBS = {
    "talks": "hội đàm với",
    "courtesy_call": "tiếp",
    "phone_call": "điện đàm với",
    "meeting": "có cuộc gặp với",
}
CITIES = {
    "VN": ["Hà Nội", "Đà Nẵng", "Thành phố Hồ Chí Minh"],
    "RU": ["Moskva", "Sochi", "St. Petersburg", "Vladivostok"],
}


def _sentences() -> list[str]:
    text = " ".join(
        p.read_text(encoding="utf-8")
        for p in sorted((ROOT / "fixtures" / "articles").glob("*.txt"))
    )
    parts = re.split(r"(?<=[.!?])\s*(?=[A-ZĐÀ-Ỹ])", text.replace("\n", " "))
    return [p.strip() for p in parts if 40 <= len(p.strip()) <= 600]


def _terms(reference: dict) -> list[tuple[str, str, str, date, date]]:
    terms = []
    for leader in reference["leaders"]:
        for office in leader["offices"]:
            if office.get("start") and office["role"] in (
                "head_of_state",
                "head_of_government",
                "foreign_minister",
            ):
                end = date.fromisoformat(office["end"]) if office.get("end") else date(2025, 12, 31)
                terms.append(
                    (
                        leader["name"],
                        leader["country"],
                        office["title"],
                        date.fromisoformat(office["start"]),
                        end,
                    )
                )
    return terms


def _pair(rng, terms):
    while True:
        vn = rng.choice([t for t in terms if t[1] == "VN"])
        ru = rng.choice([t for t in terms if t[1] == "RU"])
        start, end = max(vn[3], ru[3], date(1992, 1, 1)), min(vn[4], ru[4])
        if start < end:
            return vn, ru, start + timedelta(days=rng.randrange((end - start).days))


def article(rng: random.Random, terms, agreements, sentences) -> str:
    vn, ru, day = _pair(rng, terms)
    kind = rng.choice(list(VERBS))
    host = rng.choice(["VN", "RU"])
    city = rng.choice(CITIES[host])
    title = f"{vn[2]} {vn[0]} {VERBS[kind]} {ru[2]} {ru[0]}"
    lead = f"{vn[2]} {vn[0]} ngày {day.day}/{day.month}/{day.year} {VERBS[kind]} {ru[2]} {ru[0]} tại {city}."
    body = rng.sample(sentences, rng.randint(6, 22))
    if rng.random() < 0.6:
        body.insert(
            rng.randrange(len(body)),
            f"Hai bên nhất trí triển khai hiệu quả {rng.choice(agreements)}.",
        )
    layout = rng.choice(["glued", "separator", "lead-body"])
    if layout == "glued":
        return title + lead + "".join(body) + rng.choice(["Minh Anh", "Trọng Giáp", "Hồng Nhung"])
    if layout == "separator":
        return "\n".join([title, "-----------------", lead, *body])
    return "\n".join([title, lead, " ".join(body)])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--output", type=Path, required=True)
    args = parser.parse_args()
    reference = json.loads(
        (ROOT / "fixtures" / "reference" / "vietnam-russia.json").read_text(encoding="utf-8")
    )
    rng = random.Random(args.seed)
    terms, sentences = _terms(reference), _sentences()
    agreements = [a["title"] for a in reference["agreements"]]
    args.output.mkdir(parents=True, exist_ok=True)
    for i in range(args.articles):
        text = article(rng, terms, agreements, sentences)
        (args.output / f"{i // 1000:03d}").mkdir(exist_ok=True)
        (args.output / f"{i // 1000:03d}" / f"synthetic_{i:07d}.txt").write_text(
            text, encoding="utf-8"
        )
    print(f"wrote {args.articles} articles to {args.output}")


if __name__ == "__main__":
    main()
