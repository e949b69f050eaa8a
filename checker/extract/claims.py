"""From one rule's matches in one analysed article to claims.

For each rule: sentences that mention a trigger (and, if asked, a `with`
phrase within scope); value phrases in the trigger's sentence first, then in
neighbouring sentences within scope, nearest first; a phrase inside a longer
phrase of another value gives way to it ("complete control" inside
"near-complete control"); each surviving match becomes a claim with its
sentence as evidence and its flags (attribution.py). Claims of parties the
rule does not ask about are dropped, then duplicates, then values implied by
another value in the same sentence. `notes`, when given, receives every
decision, for `checker explain`.
"""
from __future__ import annotations

from dataclasses import replace

from ..records import Claim, Hit, Note
from ..rules.regexes import literal_words
from ..values import TYPES, read_values
from ..values.ago import said_on, set_in_year
from . import captures, scope
from .lookalikes import back_reference, not_beside_look_alikes
from .patterns import TRIGGERS
from .resolve import resolve

VALUES = ("value", "deny", "capture")  # the kinds of Part that say a value


def rule_claims(ex, rule, analysis, notes=None) -> list:
    note = _noter(notes, rule.id, analysis)
    hits = analysis.hits.get(rule.id, [])
    kind = lambda h: ex.compiled.parts[h.part].kind  # noqa: E731
    triggers = [h for h in hits if kind(h) in TRIGGERS]
    if not triggers:
        note("empty", "no sentence mentions the trigger")
        return []
    triggers = not_beside_look_alikes(ex, rule, triggers, analysis, note)
    if not triggers:
        note("empty", "trigger found, but only beside a look-alike subject (trigger.without)")
        return []
    withs = analysis.withs.get(rule.id, set())
    values = [h for h in hits if kind(h) in VALUES]
    for h in {(h.start, h.end): h for h in triggers}.values():
        note("trigger", lambda h=h: f"'{analysis.arrays.span_text(h.start, h.end)}' "
                                    f"({'refers back' if kind(h) == 'refer' else 'trigger'} "
                                    f"'{ex.compiled.parts[h.part].text}')", h)
    chosen = _choose(ex, rule, triggers, withs, values, note, analysis)
    if not chosen:
        if rule.trigger_with and not any(with_in_scope(rule, t.sent, withs, analysis) for t in triggers):
            note("empty", f"trigger found, but no '{' / '.join(rule.trigger_with)}' within the scope")
        else:
            note("empty", "trigger found, no value phrase within the scope")
        return []
    claims = []
    for hit in _best_per_sentence(ex, rule, _outermost(chosen, ex.compiled.parts, note, analysis.doc),
                                       analysis, note):
        claims.extend(_claims_of(ex, rule, hit, analysis, note))
    claims = resolve(rule, claims, note)
    if all(c.negated for c in claims):
        note("empty", "value found but negated" if claims else (note.whys + ["no value could be read"])[0])
    return claims

def with_in_scope(rule, si: int, withs, analysis, back=None) -> bool:
    """A `with` phrase counts within the scope, earlier in the trigger's paragraph, or, for a
    sentence that refers back ("such a meeting"), in the `refer_reach` sentences before it
    in any paragraph. `back`: whether sentence si refers back (found when needed)."""
    same, reach = analysis.attributor.same_paragraph, analysis.refer_reach
    if any(si - rule.before <= w <= si + rule.after or (w < si and same(w, si)) for w in withs):
        return True
    return any(0 < si - w <= reach for w in withs) and (back() if back else False)

def continues_scope(analysis, si: int, sj: int) -> bool:
    """A later sentence is about the trigger's subject only when it carries on from it
    ("They yielded ...", "However, ..."), in the same paragraph."""
    return all(analysis.attributor.continues(k) for k in range(si + 1, sj + 1))

def _choose(ex, rule, triggers, withs, values, note, analysis) -> list:
    by_sent = {}
    for h in values:
        by_sent.setdefault(h.sent, []).append(h)
    chosen, items = {}, TYPES[rule.type].items
    for si in sorted({t.sent for t in triggers}):
        if rule.trigger_with and not with_in_scope(rule, si, withs, analysis,
                                                    lambda: back_reference(ex.cues, si, analysis) is not None):
            continue
        # `near` measures from a trigger in the sentence itself, not from a section's heading
        near = [t for t in triggers if t.sent == si and analysis.arrays.sent_of[t.start] == si]
        chosen_here = False
        for sj in scope_order(si, scope.before(ex, analysis, rule, si), rule.after):
            if sj > si and not continues_scope(analysis, si, sj):
                continue
            found = [h for h in by_sent.get(sj, []) if sj != si or not near or _is_near(h, near, rule.near)]
            if found and not (items and chosen_here and sj < si):
                chosen.update((h, None) for h in found)
                chosen_here = True
                if not items:  # a set's items go on in the sentences that carry on ("The second ...")
                    break
    for h in values:
        if h not in chosen:
            note("dropped", lambda h=h: f"'{ex.compiled.parts[h.part].text}': outside the scope of any trigger", h)
    return sorted(chosen, key=lambda h: (h.start, h.end, h.part))

def _best_per_sentence(ex, rule, hits, analysis, note) -> list:
    """One match per (sentence, value, negation) of a named value: the longest, then the
    first; the others are duplicates, so they need no attribution of their own."""
    if not TYPES[rule.type].named:
        return hits
    best = {}
    for h in hits:
        part = ex.compiled.parts[h.part]  # a phrase that denies the value is no duplicate of one that says it
        key = (h.sent, part.value, part.kind == "deny", analysis.attributor.negation.state(h.sent, h.start, h.end))
        if key not in best or (h.end - h.start, -h.start) > (best[key].end - best[key].start, -best[key].start):
            if key in best:
                note("dropped", lambda d=best[key], k=key: f"{k[1]}: '{ex.compiled.parts[d.part].text}' is a "
                                                           "weaker duplicate in the same sentence", best[key])
            best[key] = h
        else:
            note("dropped", lambda h=h, k=key: f"{k[1]}: '{ex.compiled.parts[h.part].text}' is a weaker "
                                               "duplicate in the same sentence", h)
    return sorted(best.values(), key=lambda h: (h.start, h.end, h.part))

def _claims_of(ex, rule, hit, analysis, note) -> list:
    part = ex.compiled.parts[hit.part]
    doc, (s0, s1) = analysis.doc, analysis.sents[hit.sent]
    at = captures.value_start(ex, analysis, rule, hit) if part.kind == "capture" else hit.start
    flags = analysis.attributor.flags(hit.sent, at, hit.end, _gap_tokens(doc, hit, part))
    question = analysis.attributor.softeners.question(hit.sent, hit.start)
    if part.kind == "deny":  # "the fuel met specifications": not the value; "did not meet ...": nothing
        flags = replace(flags, negated=True, open=flags.open or flags.negated, denier=None)
    if flags.attempted or flags.supposed or flags.open or question:
        what = "an attempt or aim" if flags.attempted else ("a supposition ('... would')" if flags.supposed else
                                                             "a question" if question else
                                                             "a denial that is itself negated ('never ruled out')")
        note("dropped", lambda: f"'{analysis.arrays.span_text(hit.start, hit.end)}': {what}, "
                                "not a statement of fact", hit,
             why=f"value found but it is {what}, not a fact")
        return []
    year = set_in_year(analysis.arrays.span_text(s0, hit.start), analysis.article.published, analysis.recall_days)
    if year is not None and not any(not f.possessive for f in analysis.attributor.frames(hit.sent)):
        note("dropped", lambda: f"'{analysis.arrays.span_text(hit.start, hit.end)}': the sentence is set in "
                                f"{year}, another time than the story's", hit, why=f"value found in a sentence set in {year}")
        return []  # (a sentence someone said in that year is placed there instead: _said_on)
    view, text = analysis.view, analysis.article.text
    chars = analysis.arrays.chars
    quote_start, quote_end = _span(view, chars(s0, s1))
    match_start, match_end = _span(view, chars(hit.start, hit.end))
    line, column = view.line_col(chars(s0, s1)[0], quote_start)
    out = []
    spans = captures.value_entities(ex, analysis, rule, hit) if part.kind == "capture" else []
    values = [analysis.arrays.span_text(a, b) for a, b in spans]
    regex_value = hit.value
    if regex_value is not None and len(spans) == 1:  # the regex's value inside "at least seven": all of it
        regex_value, values = values[0], []
    around = [captures.around(analysis, s0, s1, a, b) for a, b in spans]
    takes_words = part.kind == "capture" and hit.value is None and not TYPES[rule.type].entities
    words = _slot_words(doc, hit.start, hit.end, part) if takes_words else ""
    texts = [regex_value] if regex_value is not None else values
    base = flags
    for k, (value, reason) in enumerate(read_values(rule, part, words, regex_value, analysis.arrays.span_text(s0, s1),
                                                    values, analysis.arrays.span_text(max(s0, hit.start - ex.lead),
                                                                                      hit.end),
                                                    analysis.article.published, around,
                                                    not analysis.article.published_inferred)):
        flags = base if base.hedge else replace(base, hedge=captures.forecast(rule, texts, around, k))
        if value is None:
            note("dropped", lambda r=reason: f"'{analysis.arrays.span_text(hit.start, hit.end)}': {r}", hit,
                 why=lambda r=reason: f"value found but it cannot be read: {r}")
            continue
        claim = Claim(
            article=analysis.article.id, field=rule.id, value=value,
            quote=text[quote_start:quote_end], start=quote_start, end=quote_end,
            line=line, column=column, match=text[match_start:match_end],
            match_start=match_start, match_end=match_end, rule_part=part.where,
            hedged=flags.hedge is not None, negated=flags.negated, holder=flags.holder,
            speaker=flags.speaker, disputed_by=flags.disputed_by, hedge=flags.hedge, warning=reason,
            said_on=_said_on(rule, analysis, hit))
        out.append(claim)
        note("candidate", lambda v=value, r=reason: f"{v} from '{part.text}' ({part.where})" + _flag_words(flags)
             + (f"; check: {r}" if r else ""), hit)
        if flags.denier and not flags.negated:  # "Kyiv rejected Moscow's claim that X": Kyiv's "not X" too
            party, speaker = flags.denier
            out.append(replace(claim, negated=True, holder=party, speaker=speaker, disputed_by=None,
                               hedged=False, hedge=None))
            note("candidate", lambda v=value: f"not {v}: denied by {party} ({part.where})", hit)
    return out


def _said_on(rule, analysis, hit):
    """ISO day a sentence that reports what someone said places it at ("In February, Peskov
    called it ..."), in the past; None for a date rule (its value is the date) or else."""
    attributor, si = analysis.attributor, hit.sent
    frames = [f for f in attributor.frames(si) if not f.possessive]  # a name with its verb: who said or did it
    if TYPES[rule.type].slot == "{date}" or not frames:
        return None
    published, least = analysis.article.published, analysis.recall_days
    day = said_on(analysis.arrays.span_text(analysis.sents[si][0], hit.end), published, least)
    # "In February, it was blunter. Peskov called it ... Putin said ...": the paragraph's time goes on
    # in the sentences after it that report in the past tense
    sj = si - 1
    while day is None and sj >= 0 and attributor.same_paragraph(sj, si) and attributor.past_tense(frames[0]):
        day = said_on(analysis.arrays.span_text(*analysis.sents[sj]), published, least)
        sj -= 1
    return day.isoformat() if day else None


def _gap_tokens(doc, hit, part) -> list:
    """The tokens of a match that fell in its phrase's `...` gaps (not the phrase's own words),
    or that a regex's wildcards let through ("was not" in 'fuel[^.;]{0,70}contaminat')."""
    if part.regex is not None:
        own = literal_words(part.text)
        return [t.i for t in doc[hit.start:hit.end] if not t.is_space and not t.lower_.startswith(own)]
    if "..." not in part.text:
        return []
    return [t.i for t in doc[hit.start:hit.end] if t.norm_ not in part.literals and not t.is_space]


def _slot_words(doc, start: int, end: int, part) -> str:
    """The words of a match that are not the phrase's own words (what a {text} slot took)."""
    words = [t for t in doc[start:end] if t.norm_ not in part.literals and not t.is_punct]
    return doc[words[0].i:words[-1].i + 1].text if words else ""


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


def scope_order(si: int, before: int, after: int):
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
    """Drop a value match inside a longer match of the same value ("terrorism" in "act of
    terrorism": the longer one says how it is said), or whose words are the words of a
    longer match of another value ("complete control" in "near-complete control"), not
    words that fell in its gap ("former president" in "former president and prime minister").
    Of two matches of one span, the one that asks for the exact form wins ("black =boxes")."""
    keep = []
    for h in hits:
        inner = [o for o in hits if o is not h and o.start <= h.start and h.end <= o.end
                 and ((o.end - o.start) > (h.end - h.start) or parts[o.part].exact > parts[h.part].exact)
                 and (parts[o.part].value == parts[h.part].value  # "terrorism" in "not an act of terrorism"
                      or _literal(doc[h.start:h.end], parts[h.part], parts[o.part]))]
        if inner and parts[h.part].kind in ("value", "deny"):
            note("dropped", lambda h=h, o=inner[0]: f"'{parts[h.part].text}': inside the longer match "
                                                    f"'{parts[o.part].text}'", h)
        else:
            keep.append(h)
    return keep


def _literal(span, inner, outer) -> bool:
    """Are the inner match's own words the outer part's own words (not words in one of its gaps)?"""
    own = [t for t in span if t.norm_ in inner.literals] if inner.literals else list(span)
    return not outer.literals or all(t.norm_ in outer.literals or not t.is_alpha for t in own)
