"""One pass of the pipeline per article -> claims for every rule (the Extractor).

An article no rule can match skips the pipeline (prefilter.py). Otherwise it is
tokenized once; triggers are found over the whole text; values, dates and
numbers only in the sentences a triggered rule looks at (scope.py); holder names
when a claim needs them. What each rule makes of its matches is decided in claims.py.
"""
from __future__ import annotations

import gc
import itertools
from dataclasses import dataclass, field, replace
from typing import Optional

from spacy.attrs import IDX, IS_ALPHA, IS_PUNCT, IS_SPACE, IS_STOP, LENGTH, LOWER, NORM, ORTH

from ..nlp import entities, pipeline, sentences
from ..nlp.canon import Canon
from ..nlp.view import View
from ..records import Hit
from ..rules.regexes import finditer, own_start
from ..settings import defaults
from ..values import TYPES
from . import claims as claims_mod, patterns, scope
from .attribution import Attributor
from .cues import Cues
from .arrays import Arrays
from .prefilter import Prefilter

VOCAB_WORDS = 30_000  # new vocabulary entries before the pipeline is built afresh (Extractor._build)


@dataclass
class Analysis:
    """One article (or one chunk of a long one), processed once, shared by every rule."""

    article: object
    doc: object
    sents: list
    view: object  # view.Chunk: the text the pipeline read, mapped back to the file
    sent_of: object = None  # token -> sentence index (-1: whitespace between sentences)
    arrays: object = None  # arrays.Arrays: the token attributes matching reads
    hits: dict = field(default_factory=dict)  # rule id -> [Hit] of triggers, values, captures
    withs: dict = field(default_factory=dict)  # rule id -> sentences holding a `with` phrase
    withouts: dict = field(default_factory=dict)  # rule id -> {sentence: part} of its `without` phrases
    attributor: Optional[Attributor] = None
    active: frozenset = frozenset()  # the rules this analysis looked for
    refer_reach: int = 2  # sentences back that "the town", "such a meeting" reach (defaults.yaml)
    recall_days: int = 14  # a claim placed this far or further back is compared at its own day (defaults.yaml)


class Extractor:
    """The rules, compiled once, applied to any number of articles."""

    def __init__(self, rule_set, model=None):
        self.rules = tuple(rule_set.rules)
        self.by_id = {r.id: r for r in self.rules}
        self.table, self.cue_lists = rule_set.holders, rule_set.cues
        self.parties = frozenset(self.table.parties)
        self.model, self.chunk_chars, self.vocab_words = model, defaults()["chunk_chars"], VOCAB_WORDS
        self.lead, self.refer_reach = defaults()["claim_lead"], defaults()["refer_reach"]
        self.recall_days = defaults()["recall_days"]
        self.canon = None
        self._build(model, rule_set.aliases)

    def _build(self, model, aliases=None) -> None:
        """The pipeline and everything compiled against its vocabulary. Built again, the
        same, when a long run has filled the vocabulary with `vocab_words` new entries
        (the long tail of names and numbers): memory stays flat however many articles go
        through. (spaCy's memory zones would do it too, but the tokenizer caches nothing
        inside one, which costs a fifth of the speed.) Hashes do not change, nor claims.
        The old pipeline is let go first, so that two are never held at once."""
        self.nlp = self.compiled = self.prefilter = self.cues = None
        gc.collect()
        self.nlp = pipeline.build(model)
        tokenizer = self.nlp.tokenizer
        if self.canon is None:
            self.canon = Canon(aliases, patterns.lexicon(self.rules, self.table, tokenizer))
        self.nlp.get_pipe("checker_canon").configure(self.canon)
        self.compiled = patterns.compile_rules(self.rules, self.table, tokenizer, self.canon, self.nlp.vocab)
        self.prefilter = Prefilter(self.compiled.needs, self.canon, pipeline.split_words(tokenizer))
        needs = {r: replace(n, with_=None, value=None) for r, n in self.compiled.needs.items()}
        self.mentioned = Prefilter(needs, self.canon, pipeline.split_words(tokenizer))
        self.cues = Cues(self.canon, self.nlp.vocab, self.cue_lists)
        add = self.nlp.vocab.strings.add
        self.labels = {name: frozenset(map(add, t.entities)) for name, t in TYPES.items() if t.entities}
        self.nlp.max_length = max(self.nlp.max_length, 2 * self.chunk_chars)
        self._base = len(self.nlp.vocab.strings)

    def extract(self, articles, fields=None, batch_size: int = 64, actives=None):
        """Claims of each article, in article order: yields (article, [Claim]).
        Articles are taken a batch at a time; one that no rule can match skips the pipeline.
        actives: for each article, the rules the prefilter already let through on its
        file's words (or None), so that it is not run twice on a one-piece article."""
        batch = []
        for article, known in zip(articles, actives or itertools.repeat(None)):
            batch.append((article, known))
            if len(batch) == batch_size:
                yield from self._batch(batch, fields)
                batch = []
        yield from self._batch(batch, fields)

    def _batch(self, articles, fields):
        if len(self.nlp.vocab.strings) - self._base > self.vocab_words:
            self._build(self.model)
        jobs = []  # (article, [(chunk, active)])
        for article, known in articles:
            chunks = self.chunks(article)
            if known is not None and len(chunks) == 1:
                # the rules let through on the file's words (whose words hold the piece's, front
                # matter, furniture and markup being only blanked): a superset, as sound
                jobs.append((article, [(chunks[0], known)]))
            else:
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

    def mentions(self, text: str, fields=None) -> set:
        """The rules whose trigger words stand in the text, whether or not a `with` or value
        phrase does: those whose decisions `checker explain` shows and whose misses
        `checker rules suggest` lists."""
        return self.mentioned.active(text, fields)

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
        a = doc.to_array([NORM, IS_SPACE, IS_PUNCT, IDX, LENGTH, ORTH, IS_ALPHA, IS_STOP, LOWER])
        if not (doc.has_annotation("SENT_START") or doc.has_annotation("DEP")):  # a trained parser's stay
            sentences.segment(doc, view.text, a[:, 3].tolist(), a[:, 5].tolist(), a[:, 2].tolist())
        sents, sent_of = sentences.sentences(doc)
        active = frozenset(self.by_id if active is None else active)
        arrays = Arrays.of(doc, view.text, sents, sent_of, a)
        analysis = Analysis(article, doc, sents, view, sent_of, arrays, active=active, refer_reach=self.refer_reach,
                            recall_days=self.recall_days)
        parts, sent_list = self.compiled.parts, arrays.sent_of
        for pi, s, e in self.compiled.run("scan", doc, arrays):
            part = parts[pi]
            if part.rule in active:
                if part.kind == "with":
                    analysis.withs.setdefault(part.rule, set()).add(sent_list[s])
                elif part.kind == "without":
                    analysis.withouts.setdefault(part.rule, {}).setdefault(sent_list[s], pi)
                else:
                    analysis.hits.setdefault(part.rule, []).append(Hit(pi, s, e, sent_list[s]))
        analysis.attributor = Attributor(self.cues, doc, sents, analysis.arrays, lambda: self._names(analysis),
                                         self.parties)
        scope.keep_references(self, analysis)
        scope.headline(self, analysis)
        scope.transcripts(self, analysis)
        scope.sections(self, analysis)
        scopes = scope.scopes(self, analysis)
        self._mark_entities(analysis, scopes)
        self._value_hits(analysis, scopes)
        return analysis

    def _mark_entities(self, analysis, scopes) -> None:
        """Dates and numbers, in the scope sentences of the date and number rules that hold
        one of the words their capture phrases need."""
        wanted = set()
        index = analysis.arrays.index(self.compiled.index_words)
        for rule_id, sis in scopes.items():
            if not TYPES[self.by_id[rule_id].type].entities:
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
            entities.mark_entities(doc, arrays.text, [(sents[a][0], sents[b][1]) for a, b in scope.runs(wanted)],
                                  arrays.idx, arrays.length)
            arrays.with_entities(doc)

    def _value_hits(self, analysis, scopes) -> None:
        """Every rule's values in one pass over the sentences some rule looks at; each
        match kept for its own rule when it stands in that rule's scope."""
        doc, sents, sent_list, parts = analysis.doc, analysis.sents, analysis.arrays.sent_of, self.compiled.parts
        in_scope = {rule_id: set(sis) for rule_id, sis in scopes.items()}
        wanted = set().union(*in_scope.values()) if in_scope else set()
        for pi, s, e in self.compiled.run("values", doc, analysis.arrays, sents=wanted) if wanted else ():
            rule_id, si = parts[pi].rule, sent_list[s]
            if si in in_scope.get(rule_id, ()) and si >= 0 and sent_list[e - 1] == si:
                analysis.hits[rule_id].append(Hit(pi, s, e, si))
        for rule_id, sis in scopes.items():
            for a, b in scope.runs(sis):
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
            offset, text = doc[s0].idx, doc[s0:s1].text
            starts = None
            for m in finditer(part.regex, text):  # none past the time limit
                starts = starts or [t.idx - offset for t in doc[s0:s1] if not t.is_space]
                start = own_start(part.regex, text, m, starts)  # ranked by the words it says
                span = doc.char_span(offset + start, offset + m.end(), alignment_mode="expand")
                if span is not None and len(span):
                    value, slot = None, None
                    if "value" in part.regex.groupindex and m.group("value") is not None:
                        value = m.group("value")
                        group = doc.char_span(offset + m.start("value"), offset + m.end("value"),
                                              alignment_mode="expand")
                        slot = (group.start, group.end) if group is not None and len(group) else None
                    out.append(Hit(pi, span.start, span.end, si, value, slot))
        return out

    def _names(self, analysis) -> list:
        names = _longest([(self.compiled.parts[pi].value, s, e)
                          for pi, s, e in self.compiled.run("holders", analysis.doc, analysis.arrays)])
        return _longest(names + _short_forms(analysis.doc, names))

    def claims(self, analysis: Analysis, fields=None, notes=None) -> list:
        out = []
        for rule in self.rules:
            if (fields is None or rule.id in fields) and rule.id in analysis.active:
                out.extend(self.rule_claims(rule, analysis, notes))
        return out

    def rule_claims(self, rule, analysis: Analysis, notes=None) -> list:
        """The claims of one rule in one analysed article (claims.py decides)."""
        return claims_mod.rule_claims(self, rule, analysis, notes)


def _unique(claims) -> list:
    """One claim per (field, value, negation, holder) across the chunks of an article."""
    seen, out = set(), []
    for c in claims:
        key = (c.field, c.value, c.negated, c.holder)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def _short_forms(doc, names) -> list:
    """'the General Staff' after 'the General Staff of the Armed Forces of Ukraine': the
    capitalised words before a name's 'of' (two or more) name the same body later in the
    article, as news shortens a long name once given in full."""
    out = []
    for party, s, e in names:
        k = next((i for i in range(s + 2, e) if doc[i].lower_ == "of"), None)
        if k is None or not all(t.is_title or t.is_upper for t in doc[s:k]):
            continue
        head = [t.text for t in doc[s:k]]
        for i in range(e, len(doc) - len(head) + 1):
            if doc[i].text == head[0] and [t.text for t in doc[i:i + len(head)]] == head:
                out.append((party, i, i + len(head)))
    return out


def _longest(names) -> list:
    """Holder-name matches without overlaps, longest first, in text order."""
    taken, out = set(), []
    for party, s, e in sorted(names, key=lambda n: (-(n[2] - n[1]), n[1])):
        if not taken.intersection(range(s, e)):
            taken.update(range(s, e))
            out.append((party, s, e))
    return sorted(out, key=lambda n: n[1])
