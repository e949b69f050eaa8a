"""`checker eval`: extraction scored against gold annotations.

The unit is one (article, field, value) triple, the value written as the claims
contract writes it: a denial is "not X", an interval "6/..". Precision = gold
triples among extracted triples / extracted; recall = extracted gold triples /
gold. Exactly the articles given and listed in the gold file are scored: claims
from an article the gold lists as `{}` are false positives, and gold articles
that were not given are named, not counted as misses.
Beyond triples: how often the evidence overlaps the gold quote (and which true
positives' evidence misses it), and how often holder, hedged and disputed_by match
where the gold states them.

The gold is checked before anything is scored (`check_gold`): a field the rules do
not have, a value that is not one of the rule's (or not a number or a date), an
article with no file in the folder the articles came from, a quote that is not in its
article: every problem at once, each at its line (exit 2). The articles are those
given, else the folder the gold names (`corpus: PATH`, relative to the gold file),
else the folder `articles/` beside it (`corpus_of`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from .errors import CheckerError, did_you_mean, problem
from .schema import json_path, validate
from .values import TYPES, bounds
from .yamlio import load

ATTRIBUTES = ("holder", "hedged", "disputed_by")


@dataclass(frozen=True)
class GoldClaim:
    article: str
    field: str
    value: object
    quote: str = ""
    attributes: tuple = ()  # (name, value) pairs the gold states


@dataclass(frozen=True)
class Gold:
    """A gold file: its claims, and every article it covers (those listed as {} too)."""

    claims: tuple  # GoldClaim
    articles: tuple  # article ids, sorted
    file: str = ""
    located: object = None  # yamlio.Located: where each entry stands
    corpus: Optional[Path] = None  # the article folder the gold names (`corpus:`), resolved

    @classmethod
    def of(cls, claims) -> "Gold":
        claims = tuple(claims)
        return cls(claims, tuple(sorted({g.article for g in claims})))


@dataclass
class Score:
    gold: int = 0
    extracted: int = 0
    tp: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.extracted if self.extracted else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> dict:
        return {"gold": self.gold, "extracted": self.extracted, "tp": self.tp,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class Evaluation:
    total: Score
    fields: dict  # field -> Score
    false_positives: list  # Claim
    misses: list  # GoldClaim
    evidence: Score = field(default_factory=Score)  # tp: overlapping, gold: true positives with a quote
    attributes: dict = field(default_factory=dict)  # name -> Score (tp: matched, gold: stated)
    articles: tuple = ()  # the articles scored
    mismatches: list = field(default_factory=list)  # (GoldClaim, name, expected, got)
    absent: tuple = ()  # gold articles that were not among the articles given
    off_quote: list = field(default_factory=list)  # (GoldClaim, Claim): a true positive's evidence misses the quote


def load_gold(path) -> Gold:
    file = str(path)
    try:
        text = Path(path).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CheckerError([problem("E302", file, detail=str(exc))]) from None
    located = load(text, file)
    problems = validate(located, file, "gold") if located.data is not None else [
        problem("E302", file, 1, 1, detail="the file is empty")]
    if problems:
        raise CheckerError(problems)
    out = []
    for article, fields in sorted(located.data["articles"].items()):
        for field_id, claims in sorted((fields or {}).items()):
            for c in claims:
                attrs = tuple((k, c[k]) for k in ATTRIBUTES if k in c)
                out.append(GoldClaim(str(article), field_id, c["value"], c.get("quote", ""), attrs))
    corpus = located.data.get("corpus")
    return Gold(tuple(out), tuple(sorted(str(a) for a in located.data["articles"])), file, located,
                Path(path).parent / corpus if corpus else None)


def corpus_of(gold: Gold, given) -> list:
    """The article paths to score: those given, else the gold's `corpus:` folder, else
    `articles/` beside the gold file; never a folder the gold does not lead to."""
    if given:
        return list(given)
    if gold.corpus is not None:
        if not gold.corpus.is_dir():
            line, col = gold.located.where(("corpus",))
            raise CheckerError([problem("E308", gold.file, line, col, path="corpus",
                                        detail=f"no folder {gold.corpus}")])
        return [gold.corpus]
    beside = Path(gold.file).parent / "articles"
    if beside.is_dir():
        return [beside]
    raise CheckerError([problem("E308", gold.file, detail="no articles to score: give them (checker eval --gold "
                                                          "FILE ARTICLES...), name their folder in the gold file "
                                                          "(corpus: PATH), or put them in articles/ beside it")])


def check_gold(gold: Gold, rules, known_ids, articles: dict) -> list:
    """Every problem of the gold against the rules (fields, values), the article files
    (known_ids: the ids of every article file in the folders the articles came from) and
    the articles given (their quotes); [] when it can be scored."""
    by_id, located, out = {r.id: r for r in rules}, gold.located, []

    def add(code, path, **fields):  # a key that is wrong at the key, a value at the value
        line, col = located.keys.get(path, located.where(path)) if code in ("E304", "E306") else located.where(path)
        out.append(problem(code, gold.file, line, col, path=json_path(path), **fields))

    for aid, fields in located.data["articles"].items():
        if str(aid) not in known_ids:
            add("E306", ("articles", aid), article=aid, hint=did_you_mean(aid, known_ids))
        for fid, claims in (fields or {}).items():
            rule = by_id.get(fid)
            if rule is None:
                add("E304", ("articles", aid, fid), name=fid, allowed=", ".join(by_id), hint=did_you_mean(fid, by_id))
                continue
            for i, c in enumerate(claims):
                wrong = _wrong_value(rule, c["value"])
                if wrong:
                    add("E305", ("articles", aid, fid, i, "value"), detail=wrong)
                article = articles.get(str(aid))
                if article is not None and c.get("quote") and _locate(c["quote"], article.text) is None:
                    add("E307", ("articles", aid, fid, i, "quote"), quote=_cut(c["quote"]))
    return out


def _wrong_value(rule, value) -> str:
    """What is wrong with a gold value for this rule, in words ('' when nothing is)."""
    said = value[4:] if isinstance(value, str) and value.startswith("not ") else value
    kind = TYPES[rule.type]
    if kind.named:
        ids = [v.id for v in rule.values]
        return "" if said in ids else (f"'{said}' is not a value of {rule.id}; expected one of: {', '.join(ids)}"
                                       f" (or 'not X'){did_you_mean(said, ids)}")
    if rule.type not in ("number", "date"):
        return ""
    shape = "a number or an interval (6, 6/.., ../20, 6/8)" if rule.type == "number" else \
        "a date or a span, ISO 8601 (2024-03-26, 2024-03-25/2024-03-26, ../2024-03-26)"
    try:
        low, high = bounds(rule, said) if not isinstance(said, bool) else (None, None)
    except (TypeError, ValueError):
        low = high = None
    return "" if (low, high) != (None, None) else f"'{said}' is not {shape}"


def _cut(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1] + "…"


def triple(article, field_id, value) -> tuple:
    return article, field_id, str(value)


def claim_value(claim) -> str:
    """A claim's value as gold writes it: "not X" for a denial."""
    return f"not {claim.value}" if claim.negated else str(claim.value)


def evaluate(gold, claims: list, articles: dict, fields=None) -> Evaluation:
    """gold: a Gold (or GoldClaims); articles: id -> Article, the articles given (and for
    locating gold quotes); fields: the rules' ids."""
    gold = gold if isinstance(gold, Gold) else Gold.of(gold)
    scored = set(gold.articles) & set(articles)
    fields = sorted(set(fields or ()) | {g.field for g in gold.claims})
    by_triple = {}
    for c in claims:
        if c.article in scored:
            by_triple.setdefault(triple(c.article, c.field, claim_value(c)), []).append(c)
    gold_by = {triple(g.article, g.field, g.value): g for g in gold.claims if g.article in scored}
    result = Evaluation(Score(), {f: Score() for f in fields}, [], [], articles=tuple(sorted(scored)),
                        absent=tuple(a for a in gold.articles if a not in scored))
    for key in set(gold_by) | set(by_triple):
        score = result.fields.setdefault(key[1], Score())
        hit_gold, hit_claim = key in gold_by, key in by_triple
        for s in (score, result.total):
            s.gold += hit_gold
            s.extracted += hit_claim
            s.tp += hit_gold and hit_claim
        if hit_claim and not hit_gold:
            result.false_positives.append(by_triple[key][0])
        elif hit_gold and not hit_claim:
            result.misses.append(gold_by[key])
        elif hit_gold:
            _check_evidence(result, gold_by[key], by_triple[key], articles.get(key[0]))
    result.false_positives.sort(key=lambda c: (c.article, c.field, str(c.value)))
    result.misses.sort(key=lambda g: (g.article, g.field, str(g.value)))
    result.mismatches.sort(key=lambda m: (m[0].article, m[0].field, str(m[0].value), m[1]))
    result.off_quote.sort(key=lambda m: (m[0].article, m[0].field, str(m[0].value)))
    return result


def _check_evidence(result: Evaluation, gold: GoldClaim, claims: list, article) -> None:
    span = _locate(gold.quote, article.text) if article and gold.quote else None
    overlapping = [c for c in claims if span and c.start < span[1] and span[0] < c.end]
    if span:
        result.evidence.gold += 1
        result.evidence.tp += bool(overlapping)
        if not overlapping:
            result.off_quote.append((gold, claims[0]))
    candidates = overlapping or claims
    for name, expected in gold.attributes:
        score = result.attributes.setdefault(name, Score())
        score.gold += 1
        matched = any(getattr(c, name) == expected for c in candidates)
        score.tp += matched
        if not matched:
            result.mismatches.append((gold, name, expected, sorted({str(getattr(c, name)) for c in candidates})))


def _locate(quote: str, text: str):
    """(start, end) of the gold quote in the article, tolerant of whitespace."""
    at = text.find(quote)
    if at >= 0:
        return at, at + len(quote)
    pattern = r"\s+".join(map(re.escape, quote.split()))
    m = re.search(pattern, text)
    return (m.start(), m.end()) if m else None
