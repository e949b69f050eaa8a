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
from typing import NamedTuple, Optional

from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH, NORM, ORTH

from . import holders, nlp as nlp_mod, patterns
from .attribution import Attributor, Cues
from .canon import Canon, load_aliases
from .matcher import Arrays
from .normalize import read_values
from .prefilter import Prefilter
from .records import Claim
from .settings import defaults
from .view import View


class Hit(NamedTuple):
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
    """One article (or one chunk of a long one), processed once, shared by every rule."""

    article: object
    doc: object
    sents: list
    view: object  # view.Chunk: the text the pipeline read, mapped back to the file
    sent_of: object = None  # token -> sentence index (-1: whitespace between sentences)
    arrays: object = None  # matcher.Arrays: the token attributes matching reads
    hits: dict = field(default_factory=dict)  # rule id -> [Hit] of triggers, values, captures
    withs: dict = field(default_factory=dict)  # rule id -> sentences holding a `with` phrase
    attributor: Optional[Attributor] = None
    active: frozenset = frozenset()  # the rules this analysis looked for


class Extractor:
    """The rules, compiled once, applied to any number of articles."""

    def __init__(self, rules, rules_dir=None, model=None):
        self.rules = tuple(rules)
        self.by_id = {r.id: r for r in self.rules}
        self.table = holders.load_table(rules_dir)
        self.nlp = nlp_mod.build(model)
        tokenizer = self.nlp.tokenizer
        self.canon = Canon(load_aliases(rules_dir), patterns.lexicon(self.rules, self.table, tokenizer))
        self.nlp.get_pipe("checker_canon").configure(self.canon)
        self.compiled = patterns.compile_rules(self.rules, self.table, tokenizer, self.canon, self.nlp.vocab)
        self.prefilter = Prefilter(self.compiled.heads, self.canon)
        self.cues = Cues(self.canon, self.nlp.vocab)
        add = self.nlp.vocab.strings.add
        self.labels = {"DATE": frozenset((add("DATE"),)), "NUMBER": frozenset((add("CARDINAL"), add("ORDINAL")))}
        self.chunk_chars = defaults()["chunk_chars"]
        self.nlp.max_length = max(self.nlp.max_length, 2 * self.chunk_chars)

    def extract(self, articles, fields=None, batch_size: int = 64):
        """Claims of each article, in article order: yields (article, [Claim]).
        Articles are taken a batch at a time; one that no rule can match skips the pipeline."""
        batch = []
        for article in articles:
            batch.append(article)
            if len(batch) == batch_size:
                yield from self._batch(batch, fields)
                batch = []
        yield from self._batch(batch, fields)

    def _batch(self, articles, fields):
        jobs = []  # (article, [(chunk, active)])
        for article in articles:
            chunks = self.chunks(article)
            jobs.append((article, [(c, self.prefilter.active(c.text, fields)) for c in chunks]))
        todo = [(c.text, (c, active)) for _, pieces in jobs for c, active in pieces if active]
        docs = {id(c): (doc, active) for doc, (c, active) in self.nlp.pipe(todo, as_tuples=True)}
        for article, pieces in jobs:
            claims = []
            for chunk, _ in pieces:
                if id(chunk) in docs:
                    doc, active = docs[id(chunk)]
                    claims.extend(self.claims(self.analyse(article, doc, chunk, active), fields))
            yield article, _unique(claims)

    def chunks(self, article) -> list:
        """The article as the pipeline reads it: one piece, or several for a very long text."""
        return View.of(article).chunks(self.chunk_chars)

    def analyses(self, article):
        """An Analysis per chunk of one article (for explain and rule examples)."""
        for chunk in self.chunks(article):
            yield self.analyse(article, None, chunk)

    def analyse(self, article, doc=None, view=None, active=None) -> Analysis:
        """Triggers over the whole text; values, dates and numbers only in the sentences
        a triggered rule looks at; holder names when a claim needs them."""
        view = view or self.chunks(article)[0]
        doc = doc if doc is not None else self.nlp(view.text)
        a = doc.to_array([NORM, IS_SPACE, IS_PUNCT, IDX, LENGTH, ORTH])
        if not (doc.has_annotation("SENT_START") or doc.has_annotation("DEP")):  # a trained parser's stay
            nlp_mod.segment(doc, view.text, a[:, 3].tolist(), a[:, 5].tolist(), a[:, 2].tolist())
        sents, sent_of = nlp_mod.sentences(doc)
        active = frozenset(self.by_id if active is None else active)
        arrays = Arrays.of(doc, view.text, sents, sent_of, a)
        analysis = Analysis(article, doc, sents, view, sent_of, arrays, active=active)
        parts, sent_list = self.compiled.parts, arrays.sent_of
        for pi, s, e in self.compiled.run("scan", doc, arrays):
            part = parts[pi]
            if part.rule in active:
                if part.kind == "with":
                    analysis.withs.setdefault(part.rule, set()).add(sent_list[s])
                else:
                    analysis.hits.setdefault(part.rule, []).append(Hit(pi, s, e, sent_list[s]))
        scopes = self._scopes(analysis)
        self._mark_entities(analysis, scopes)
        self._value_hits(analysis, scopes)
        analysis.attributor = Attributor(self.cues, doc, sents, analysis.arrays, lambda: self._names(analysis))
        return analysis

    def _scopes(self, analysis) -> dict:
        """rule id -> the sentences its values may stand in (around its triggers)."""
        out, last = {}, len(analysis.sents) - 1
        for rule_id, hits in analysis.hits.items():
            rule = self.by_id[rule_id]
            around = {k for h in hits if self.compiled.parts[h.part].kind == "trigger"
                      for k in range(max(0, h.sent - rule.before), min(last, h.sent + rule.after) + 1)}
            if around:
                out[rule_id] = sorted(around)
        return out

    def _mark_entities(self, analysis, scopes) -> None:
        """Dates and numbers, in the scope sentences of the date and number rules that hold
        one of the words their capture phrases need."""
        wanted = set()
        index = analysis.arrays.index(self.compiled.index_words)
        for rule_id, sis in scopes.items():
            if self.by_id[rule_id].type not in ("date", "number"):
                continue
            words = self.compiled.capture_words.get(rule_id)
            if words is None:
                wanted.update(sis)
            else:
                have = {analysis.arrays.sent_of[i] for w in words for i in index.get(w, ())}
                wanted.update(si for si in sis if si in have)
        wanted = sorted(wanted)
        if wanted:
            doc, sents, arrays = analysis.doc, analysis.sents, analysis.arrays
            nlp_mod.mark_entities(doc, arrays.text, [(sents[a][0], sents[b][1]) for a, b in _runs(wanted)],
                                  arrays.idx, arrays.length)
            arrays.with_entities(doc)

    def _value_hits(self, analysis, scopes) -> None:
        """Every rule's values in one pass over the sentences some rule looks at; each
        match kept for its own rule when it stands in that rule's scope."""
        doc, sents, sent_list, parts = analysis.doc, analysis.sents, analysis.arrays.sent_of, self.compiled.parts
        in_scope = {rule_id: set(sis) for rule_id, sis in scopes.items()}
        for a, b in _runs(sorted(set().union(*in_scope.values())) if in_scope else []):
            for pi, s, e in self.compiled.run("values", doc, analysis.arrays, sents[a][0], sents[b][1]):
                rule_id, si = parts[pi].rule, sent_list[s]
                if si in in_scope.get(rule_id, ()) and si >= 0 and sent_list[e - 1] == si:
                    analysis.hits[rule_id].append(Hit(pi, s, e, si))
        for rule_id, sis in scopes.items():
            for a, b in _runs(sis):
                if rule_id in self.compiled.matchers:  # spaCy token patterns of this rule
                    for pi, s, e in self.compiled.run(rule_id, doc, analysis.arrays, sents[a][0], sents[b][1]):
                        if sent_list[s] >= 0 and sent_list[s] == sent_list[e - 1]:
                            analysis.hits[rule_id].append(Hit(pi, s, e, sent_list[s]))
                for pi in self.compiled.regex_parts.get(rule_id, ()):
                    analysis.hits[rule_id].extend(self._regex_hits(analysis, pi, range(a, b + 1)))

    def _regex_hits(self, analysis, pi, sentences) -> list:
        doc, part, out = analysis.doc, self.compiled.parts[pi], []
        for si in sentences:
            s0, s1 = analysis.sents[si]
            offset = doc[s0].idx
            for m in part.regex.finditer(doc[s0:s1].text):
                span = doc.char_span(offset + m.start(), offset + m.end(), alignment_mode="expand")
                if span is not None and len(span):
                    value = m.group("value") if "value" in part.regex.groupindex else None
                    out.append(Hit(pi, span.start, span.end, si, value))
        return out

    def _names(self, analysis) -> list:
        names = [(self.compiled.parts[pi].value, s, e)
                 for pi, s, e in self.compiled.run("holders", analysis.doc, analysis.arrays)]
        return _longest(names)

    def claims(self, analysis: Analysis, fields=None, notes=None) -> list:
        out = []
        for rule in self.rules:
            if (fields is None or rule.id in fields) and rule.id in analysis.active:
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
        withs = analysis.withs.get(rule.id, set())
        values = [h for h in hits if kind(h) in ("value", "capture")]
        for h in {(h.start, h.end): h for h in triggers}.values():
            note("trigger", lambda h=h: f"'{analysis.arrays.span_text(h.start, h.end)}' "
                                        f"(trigger '{self.compiled.parts[h.part].text}')", h)
        chosen = self._choose(rule, triggers, withs, values, note, analysis)
        if not chosen:
            if rule.trigger_with and not any(self._with_in_scope(rule, t.sent, withs, analysis) for t in triggers):
                note("empty", f"trigger found, but no '{' / '.join(rule.trigger_with)}' within the scope")
            else:
                note("empty", "trigger found, no value phrase within the scope")
            return []
        claims = []
        for hit in self._best_per_sentence(rule, _outermost(chosen, self.compiled.parts, note, analysis.doc),
                                           analysis, note):
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
                note("dropped", lambda h=h: f"'{self.compiled.parts[h.part].text}': outside the scope of any trigger", h)
        return sorted(chosen, key=lambda h: (h.start, h.end, h.part))

    def _best_per_sentence(self, rule, hits, analysis, note) -> list:
        """One match per (sentence, value, negation) of a named value: the longest, then the
        first; the others are duplicates, so they need no attribution of their own."""
        if rule.type not in ("category", "ordinal", "set"):
            return hits
        best = {}
        for h in hits:
            key = (h.sent, self.compiled.parts[h.part].value, analysis.attributor.negated(h.sent, h.start))
            if key not in best or (h.end - h.start, -h.start) > (best[key].end - best[key].start, -best[key].start):
                if key in best:
                    note("dropped", lambda d=best[key], k=key: f"{k[1]}: '{self.compiled.parts[d.part].text}' is a "
                                                               "weaker duplicate in the same sentence", best[key])
                best[key] = h
            else:
                note("dropped", lambda h=h, k=key: f"{k[1]}: '{self.compiled.parts[h.part].text}' is a weaker "
                                                   "duplicate in the same sentence", h)
        return sorted(best.values(), key=lambda h: (h.start, h.end, h.part))

    def _value_start(self, analysis, rule, hit) -> int:
        """Where a capture's value stands: its hedges and negations may be in the rest of the match."""
        found = analysis.arrays.entities(hit.start, hit.end, self._labels(rule))
        return found[0][0] if found else hit.start

    def _labels(self, rule) -> frozenset:
        """The entity labels (hashes) a date or number capture reads."""
        return self.labels["DATE" if rule.type == "date" else "NUMBER"]

    def _claims_of(self, rule, hit: Hit, analysis: Analysis, note) -> list:
        part = self.compiled.parts[hit.part]
        doc, (s0, s1) = analysis.doc, analysis.sents[hit.sent]
        at = self._value_start(analysis, rule, hit) if part.kind == "capture" else hit.start
        flags = analysis.attributor.flags(hit.sent, at, hit.end)
        if flags.attempted:
            note("dropped", lambda: f"'{analysis.arrays.span_text(hit.start, hit.end)}': an attempt or aim, "
                                    "not a statement of fact", hit,
                 why="value found but it is an attempt or aim, not a fact")
            return []
        view, text = analysis.view, analysis.article.text
        chars = analysis.arrays.chars
        quote_start, quote_end = _span(view, chars(s0, s1))
        match_start, match_end = _span(view, chars(hit.start, hit.end))
        line, column = view.line_col(chars(s0, s1)[0], quote_start)
        out = []
        values = [analysis.arrays.span_text(a, b) for a, b in
                  analysis.arrays.entities(hit.start, hit.end, self._labels(rule))]
        for value, reason in read_values(rule, part, doc, hit.start, hit.end, analysis.article.published,
                                         hit.value, analysis.arrays.span_text(s0, s1), values):
            if value is None:
                note("dropped", lambda r=reason: f"'{analysis.arrays.span_text(hit.start, hit.end)}': {r}", hit,
                     why=lambda r=reason: f"value found but it cannot be read: {r}")
                continue
            out.append(Claim(
                article=analysis.article.id, field=rule.id, value=value,
                quote=text[quote_start:quote_end], start=quote_start, end=quote_end,
                line=line, column=column, match=text[match_start:match_end],
                match_start=match_start, match_end=match_end, rule_part=part.where,
                hedged=flags.hedge is not None, negated=flags.negated, holder=flags.holder,
                speaker=flags.speaker, disputed_by=flags.disputed_by, hedge=flags.hedge))
            note("candidate", lambda v=value: f"{v} from '{part.text}' ({part.where})" + _flag_words(flags), hit)
        return out


def _runs(indices) -> list:
    """[(first, last)] of the runs of consecutive numbers in a sorted list."""
    out = []
    for i in indices:
        if out and i == out[-1][1] + 1:
            out[-1] = (out[-1][0], i)
        else:
            out.append((i, i))
    return out


def _unique(claims) -> list:
    """One claim per (field, value, negation, holder) across the chunks of an article."""
    seen, out = set(), []
    for c in claims:
        key = (c.field, c.value, c.negated, c.holder)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def _span(view, chars) -> tuple:
    """Offsets in the original file of a (start, end) character range of the view."""
    return view.original(chars[0]), view.original(chars[1] - 1) + 1


def _noter(notes, rule_id, analysis):
    """A note-taker for one rule (a no-op when nobody asks): text and `why` may be callables,
    so that nothing is written unless it is read; `why` marks a drop that can explain an
    empty field."""
    def note(step, text, hit=None, why=None):
        if notes is None:
            return
        if why:
            note.whys.append(why() if callable(why) else why)
        start, end = _span(analysis.view, analysis.arrays.chars(hit.start, hit.end)) if hit else (-1, -1)
        notes.append(Note(rule_id, step, text() if callable(text) else text, start, end))
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
            note("dropped", lambda h=h, o=inner[0]: f"'{parts[h.part].text}': inside the longer match "
                                                    f"'{parts[o.part].text}'", h)
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
            note("dropped", lambda c=c: f"{c.value}: held by {c.holder}, not one of {', '.join(rule.holders)}",
                 why=lambda c=c: f"value found but held by {c.holder}, not by {' or '.join(rule.holders)}")
            continue
        keys = {(c.start, c.value, c.negated), (c.value, c.negated, c.holder)}  # per sentence, per holder
        if keys & seen:
            note("dropped", lambda c=c: f"{c.value}: a weaker duplicate of an earlier claim (line {c.line})")
            continue
        seen |= keys
        kept.append(c)
    affirmed = {(c.start, c.value) for c in kept if not c.negated}  # by sentence
    implied = {(start, b) for a, b in rule.implies for start, value in affirmed if value == a}
    out = []
    for c in kept:
        if (c.start, c.value) in implied and not c.negated:
            note("dropped", lambda c=c: f"{c.value}: implied by another value in the same sentence")
            continue
        out.append(c)
        note("claim", lambda c=c: f"{c.value} (line {c.line})" + ("  [negated]" if c.negated else ""))
    return out


def _longest(names) -> list:
    """Holder-name matches without overlaps, longest first, in text order."""
    taken, out = set(), []
    for party, s, e in sorted(names, key=lambda n: (-(n[2] - n[1]), n[1])):
        if not taken.intersection(range(s, e)):
            taken.update(range(s, e))
            out.append((party, s, e))
    return sorted(out, key=lambda n: n[1])
