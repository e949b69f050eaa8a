"""Stage 4: extract. One pass of the pipeline per article -> claims for every rule.

For each rule: sentences that mention a trigger (and, if asked, a `with`
phrase within scope); value phrases in the trigger's sentence first, then in
neighbouring sentences within scope, nearest first; a phrase inside a longer
phrase of another value gives way to it ("complete control" inside
"near-complete control"); each surviving match becomes a claim with its
sentence as evidence and its flags (attribution.py). Claims of parties the
rule does not ask about are dropped, then duplicates, then values implied by
another value of the same article. `notes`, when given, receives every
decision, for `checker explain`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from . import holders, nlp as nlp_mod, patterns
from .attribution import Attributor, Cues
from .canon import Canon, load_aliases
from .normalize import read_values
from .records import Claim
from .settings import defaults
from .view import View


@dataclass(frozen=True)
class Hit:
    part: int
    start: int  # token offsets
    end: int
    sent: int
    value: Optional[str] = None  # a capture regex's group 'value'


@dataclass(frozen=True)
class Note:
    """One decision of the extractor, for `checker explain`."""

    rule: str
    step: str  # trigger | candidate | dropped | claim | empty
    text: str
    start: int = -1  # character offsets of what it is about
    end: int = -1


@dataclass
class Analysis:
    """One article, processed once, shared by every rule."""

    article: object
    doc: object
    sents: list
    view: object  # view.Chunk: the text the pipeline read, mapped back to the file
    hits: dict = field(default_factory=dict)  # rule id -> [Hit]
    attributor: Optional[Attributor] = None


class Extractor:
    """The rules, compiled once, applied to any number of articles."""

    def __init__(self, rules, rules_dir=None, model=None):
        self.rules = tuple(rules)
        self.table = holders.load_table(rules_dir)
        self.nlp = nlp_mod.build(model)
        tokenizer = self.nlp.tokenizer
        self.canon = Canon(load_aliases(rules_dir), patterns.lexicon(self.rules, self.table, tokenizer))
        self.nlp.get_pipe("checker_canon").configure(self.canon)
        self.compiled = patterns.compile_rules(self.rules, self.table, tokenizer, self.canon, self.nlp.vocab)
        self.cues = Cues(self.canon)
        self.chunk_chars = defaults()["chunk_chars"]
        self.nlp.max_length = max(self.nlp.max_length, 2 * self.chunk_chars)

    def extract(self, articles, fields=None, batch_size: int = 64):
        """Claims of each article, in article order: yields (article, [Claim])."""
        pieces = ((chunk.text, (article, chunk, last)) for article in articles
                  for chunk, last in _with_last(self.chunks(article)))
        claims = []
        for doc, (article, chunk, last) in self.nlp.pipe(pieces, as_tuples=True, batch_size=batch_size):
            claims.extend(self.claims(self.analyse(article, doc, chunk), fields))
            if last:
                yield article, _unique(claims)
                claims = []

    def chunks(self, article) -> list:
        """The article as the pipeline reads it: one piece, or several for a very long text."""
        return View.of(article).chunks(self.chunk_chars)

    def analyses(self, article):
        """An Analysis per chunk of one article (for explain and rule examples)."""
        for chunk in self.chunks(article):
            yield self.analyse(article, None, chunk)

    def analyse(self, article, doc=None, view=None) -> Analysis:
        view = view or self.chunks(article)[0]
        doc = doc if doc is not None else self.nlp(view.text)
        sents = nlp_mod.sentences(doc)
        sent_of = [-1] * len(doc)
        for si, (s0, s1) in enumerate(sents):
            sent_of[s0:s1] = [si] * (s1 - s0)
        analysis = Analysis(article, doc, sents, view)
        names = []
        for pi, s, e in self.compiled(doc):
            si = sent_of[s]
            if si < 0 or sent_of[e - 1] != si:
                continue
            part = self.compiled.parts[pi]
            if part.kind == "holder":
                names.append((part.value, s, e))
            else:
                analysis.hits.setdefault(part.rule, []).append(Hit(pi, s, e, si))
        self._regex_hits(analysis, sent_of)
        analysis.attributor = Attributor(self.cues, doc, sents, _longest(names))
        return analysis

    def _regex_hits(self, analysis: Analysis, sent_of) -> None:
        doc = analysis.doc
        for pi in self.compiled.regex_parts:
            part = self.compiled.parts[pi]
            for si, (s0, s1) in enumerate(analysis.sents):
                offset = doc[s0].idx
                for m in part.regex.finditer(doc[s0:s1].text):
                    span = doc.char_span(offset + m.start(), offset + m.end(), alignment_mode="expand")
                    if span is None or len(span) == 0:
                        continue
                    value = m.group("value") if "value" in part.regex.groupindex else None
                    analysis.hits.setdefault(part.rule, []).append(Hit(pi, span.start, span.end, si, value))

    def claims(self, analysis: Analysis, fields=None, notes=None) -> list:
        out = []
        for rule in self.rules:
            if fields is None or rule.id in fields:
                out.extend(self.rule_claims(rule, analysis, notes))
        return out

    def rule_claims(self, rule, analysis: Analysis, notes=None) -> list:
        note = _noter(notes, rule.id, analysis)
        hits = analysis.hits.get(rule.id, [])
        kind = lambda h: self.compiled.parts[h.part].kind  # noqa: E731
        triggers = [h for h in hits if kind(h) == "trigger"]
        if not triggers:
            note("empty", "no sentence mentions the trigger")
            return []
        withs = {h.sent for h in hits if kind(h) == "with"}
        values = [h for h in hits if kind(h) in ("value", "capture")]
        for h in {(h.start, h.end): h for h in triggers}.values():
            note("trigger", f"'{analysis.doc[h.start:h.end].text}' (trigger '{self.compiled.parts[h.part].text}')", h)
        chosen = self._choose(rule, triggers, withs, values, note, analysis)
        if not chosen:
            if rule.trigger_with and not any(self._with_in_scope(rule, t.sent, withs, analysis) for t in triggers):
                note("empty", f"trigger found, but no '{' / '.join(rule.trigger_with)}' within the scope")
            else:
                note("empty", "trigger found, no value phrase within the scope")
            return []
        claims = []
        for hit in _outermost(chosen, self.compiled.parts, note, analysis.doc):
            claims.extend(self._claims_of(rule, hit, analysis, note))
        claims = _resolve(rule, claims, note)
        if all(c.negated for c in claims):
            note("empty", "value found but negated" if claims else (note.whys + ["no value could be read"])[0])
        return claims

    def _with_in_scope(self, rule, si: int, withs, analysis) -> bool:
        """A `with` phrase counts within the scope, or earlier in the trigger's paragraph."""
        return any(si - rule.before <= w <= si + rule.after or
                   (w < si and analysis.attributor.same_paragraph(w, si)) for w in withs)

    def _continues(self, analysis, si: int, sj: int) -> bool:
        """A later sentence is about the trigger's subject only when it carries on from it
        ("They yielded ...", "However, ..."), in the same paragraph."""
        return all(analysis.attributor.continues(k) for k in range(si + 1, sj + 1))

    def _choose(self, rule, triggers, withs, values, note, analysis) -> list:
        by_sent = {}
        for h in values:
            by_sent.setdefault(h.sent, []).append(h)
        chosen = {}
        for si in sorted({t.sent for t in triggers}):
            if rule.trigger_with and not self._with_in_scope(rule, si, withs, analysis):
                continue
            near = [t for t in triggers if t.sent == si]
            for sj in _scope_order(si, rule.before, rule.after):
                if sj > si and not self._continues(analysis, si, sj):
                    continue
                found = [h for h in by_sent.get(sj, []) if sj != si or _is_near(h, near, rule.near)]
                if found:
                    chosen.update((h, None) for h in found)
                    break
        for h in values:
            if h not in chosen:
                note("dropped", f"'{self.compiled.parts[h.part].text}': outside the scope of any trigger", h)
        return sorted(chosen, key=lambda h: (h.start, h.end, h.part))

    def _claims_of(self, rule, hit: Hit, analysis: Analysis, note) -> list:
        part = self.compiled.parts[hit.part]
        doc, (s0, s1) = analysis.doc, analysis.sents[hit.sent]
        at = _value_start(doc, hit) if part.kind == "capture" else hit.start
        flags = analysis.attributor.flags(hit.sent, at, hit.end)
        if flags.attempted:
            note("dropped", f"'{doc[hit.start:hit.end].text}': an attempt or aim, not a statement of fact", hit,
                 why="value found but it is an attempt or aim, not a fact")
            return []
        view, text = analysis.view, analysis.article.text
        quote_start, quote_end = _span(view, doc[s0:s1])
        match_start, match_end = _span(view, doc[hit.start:hit.end])
        line, column = view.line_col(doc[s0].idx, quote_start)
        out = []
        for value, reason in read_values(rule, part, doc, hit.start, hit.end,
                                         analysis.article.published, hit.value, doc[s0:s1].text):
            if value is None:
                note("dropped", f"'{doc[hit.start:hit.end].text}': {reason}", hit,
                     why=f"value found but it cannot be read: {reason}")
                continue
            out.append(Claim(
                article=analysis.article.id, field=rule.id, value=value,
                quote=text[quote_start:quote_end], start=quote_start, end=quote_end,
                line=line, column=column, match=text[match_start:match_end],
                match_start=match_start, match_end=match_end, rule_part=part.where,
                hedged=flags.hedge is not None, negated=flags.negated, holder=flags.holder,
                speaker=flags.speaker, disputed_by=flags.disputed_by, hedge=flags.hedge))
            note("candidate", f"{value} from '{part.text}' ({part.where})" + _flag_words(flags), hit)
        return out


def _with_last(items):
    items = list(items)
    return [(item, i == len(items) - 1) for i, item in enumerate(items)]


def _unique(claims) -> list:
    """One claim per (field, value, negation, holder) across the chunks of an article."""
    seen, out = set(), []
    for c in claims:
        key = (c.field, c.value, c.negated, c.holder)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def _value_start(doc, hit) -> int:
    """Where a capture's value stands: its hedges and negations may be in the rest of the match."""
    ents = [e for e in doc[hit.start:hit.end].ents]
    return ents[0].start if ents else hit.start


def _span(view, span) -> tuple:
    """Offsets of a token span in the original file."""
    last = span[-1]
    return view.original(span[0].idx), view.original(last.idx + len(last.text) - 1) + 1


def _noter(notes, rule_id, analysis):
    """A note-taker for one rule; `why` marks a drop that can explain an empty field."""
    def note(step, text, hit=None, why=None):
        if why:
            note.whys.append(why)
        if notes is not None:
            start, end = _span(analysis.view, analysis.doc[hit.start:hit.end]) if hit else (-1, -1)
            notes.append(Note(rule_id, step, text, start, end))
    note.whys = []
    return note


def _flag_words(flags) -> str:
    words = ["negated"] if flags.negated else []
    if flags.hedge:
        words.append(f"hedged by '{flags.hedge}'")
    if flags.holder:
        words.append(f"held by {flags.holder}")
    if flags.disputed_by:
        words.append(f"disputed by {flags.disputed_by}")
    return f" [{', '.join(words)}]" if words else ""


def _scope_order(si: int, before: int, after: int):
    yield si
    for k in range(1, max(before, after) + 1):
        if k <= before:
            yield si - k
        if k <= after:
            yield si + k


def _is_near(hit: Hit, triggers, distance) -> bool:
    if distance is None:
        return True
    return any(min(abs(hit.start - t.end), abs(t.start - hit.end)) <= distance
               or (hit.start < t.end and t.start < hit.end) for t in triggers)


def _outermost(hits, parts, note, doc) -> list:
    """Drop a value match whose words are the words of a longer match of another value
    ("complete control" in "near-complete control"), not words that fell in its gap
    ("former president" in "former president and prime minister")."""
    keep = []
    for h in hits:
        inner = [o for o in hits if o is not h and o.start <= h.start and h.end <= o.end
                 and (o.end - o.start) > (h.end - h.start) and parts[o.part].value != parts[h.part].value
                 and _literal(doc[h.start:h.end], parts[h.part], parts[o.part])]
        if inner and parts[h.part].kind == "value":
            note("dropped", f"'{parts[h.part].text}': inside the longer match '{parts[inner[0].part].text}'", h)
        else:
            keep.append(h)
    return keep


def _literal(span, inner, outer) -> bool:
    """Are the inner match's own words the outer part's own words (not words in one of its gaps)?"""
    own = [t for t in span if t.norm_ in inner.literals] if inner.literals else list(span)
    return not outer.literals or all(t.norm_ in outer.literals or not t.is_alpha for t in own)


def _resolve(rule, claims, note) -> list:
    """Holder filter, then one claim per (value, negated, holder), then implied values."""
    kept, seen = [], set()
    # best first within a sentence: attributed, then the longest match
    for c in sorted(claims, key=lambda c: (c.start, c.holder is None, c.match_start - c.match_end, c.match_start)):
        if rule.holders and c.holder not in (None, *rule.holders):
            note("dropped", f"{c.value}: held by {c.holder}, not one of {', '.join(rule.holders)}",
                 why=f"value found but held by {c.holder}, not by {' or '.join(rule.holders)}")
            continue
        keys = {(c.start, c.value, c.negated), (c.value, c.negated, c.holder)}  # per sentence, per holder
        if keys & seen:
            note("dropped", f"{c.value}: a weaker duplicate of an earlier claim (line {c.line})")
            continue
        seen |= keys
        kept.append(c)
    affirmed = {(c.start, c.value) for c in kept if not c.negated}  # by sentence
    implied = {(start, b) for a, b in rule.implies for start, value in affirmed if value == a}
    out = []
    for c in kept:
        if (c.start, c.value) in implied and not c.negated:
            note("dropped", f"{c.value}: implied by another value in the same sentence")
            continue
        out.append(c)
        note("claim", f"{c.value} (line {c.line})" + ("  [negated]" if c.negated else ""))
    return out


def _longest(names) -> list:
    """Holder-name matches without overlaps, longest first, in text order."""
    taken, out = set(), []
    for party, s, e in sorted(names, key=lambda n: (-(n[2] - n[1]), n[1])):
        if not taken.intersection(range(s, e)):
            taken.update(range(s, e))
            out.append((party, s, e))
    return sorted(out, key=lambda n: n[1])
