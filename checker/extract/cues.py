"""The cue words of attribution and hedging (checker/data/cues.yaml, with a rules
folder's _cues.yaml merged over it: rules/tables.py), as hash ids.

Reporting verbs, dispute verbs, negators, hedges, clause breaks ...: each list is
read once per pipeline and kept as the hash ids of its canonical forms, so the
readers (attribution.py, hedging.py) compare them with a Doc's NORM and LOWER
arrays without making a Python object per token.
"""
from __future__ import annotations

from ..settings import data_file, defaults

PRONOUNS = ("he", "she", "they")
ANAPHORS = ("the", "it", "this", "that", "these", "those", "such", "a", "any", "as", "false", "untrue", "outright",
            "categorically", "strongly", "swiftly", "immediately", "also")


class Cues:
    """The cue lists, as the hash ids of their canonical forms (compared with NORM and
    LOWER arrays of a Doc, without making a Python object per token)."""

    def __init__(self, canon, vocab, raw=None):
        """raw: the cue lists (a rules folder's, merged: RuleSet.cues), else the shipped ones."""
        raw = raw or data_file("cues.yaml")
        h = vocab.strings.add
        norm = lambda words: frozenset(h(canon.base(str(w))) for w in words)  # noqa: E731
        lower = lambda words: frozenset(h(str(w).lower()) for w in words)  # noqa: E731
        # negators and hedges are read as written: lemmas would turn "could" into "can"
        self.negators = lower(raw["negators"]) | {h("n't")}
        self.negation_exceptions = norm(raw["negation_exceptions"])
        self.negator_verbs = lower(raw["negator_verbs"])
        self.negation_passes = norm(raw["negation_passes"])
        phrase = lambda p: tuple(h(canon.base(w)) for w in str(p).split())  # noqa: E731
        self.denial_starts = {}
        for p in map(phrase, raw["denial_frames"]):
            self.denial_starts.setdefault(p[0], []).append(p)
        self.denial_scopes = norm(raw["denial_scopes"])
        self.denials_after = {}
        for words, passive in [(p, True) for p in raw["denied_after_passive"]] + \
                              [(p, False) for p in raw["denied_after"]]:
            p = phrase(words)
            self.denials_after.setdefault(p[0], []).append((p, passive))
        self.denial_reach = defaults()["denial_reach"]
        self.denial_after_reach = defaults()["denial_after_reach"]
        self.be, self.by, self.and_, self.no = h("be"), h("by"), h("and"), h("no")
        self.denial_modifiers = defaults()["denial_modifiers"]
        self.clause_breaks = norm(raw["clause_breaks"])
        self.hedges = lower(raw["hedges"])
        self.clause_hedges = lower(raw["clause_hedges"])
        self.ability_modals = lower(raw["ability_modals"])
        self.asking, self.question_words = norm(raw["asking"]), norm(raw["question_words"])
        self.hedge_breaks = norm(raw["hedge_breaks"])
        self.hedge_phrases = tuple(tuple(h(canon.base(w)) for w in p.split()) for p in raw["hedge_phrases"])
        self.hedge_starts = {}
        for phrase in self.hedge_phrases:
            self.hedge_starts.setdefault(phrase[0], []).append(phrase)
        self.reporting = norm(raw["reporting_verbs"])
        self.fillers = norm(raw["frame_fillers"])
        self.frame_nouns = norm(raw["frame_nouns"])
        self.claim_nouns = norm(raw["claim_nouns"])
        self.dispute_verbs = norm(raw["dispute_verbs"])
        self.denial_verbs = norm(raw["denial_verbs"])
        self.dispute_objects = norm(raw["dispute_objects"])
        self.continuations = norm(raw["continuations"])
        self.enumerations = norm(raw["enumerations"])
        self.carriers = norm(raw["attribution_carriers"])
        self.speaker_nouns = norm(raw["speaker_nouns"])
        self.back_references = norm(raw["back_references"])
        self.suppositions = lower(raw["suppositions"])
        self.of = h("of")
        self.determiners = norm(raw["supposition_determiners"])
        self.articles = ("a", "an")  # as written: the lemma of "as" is "a"
        self.the = h("the")
        self.attempts = norm(raw["attempts"])
        self.conditions, self.time_clauses = norm(raw["conditions"]), norm(raw["time_clauses"])
        self.clause_ends = norm([",", ":", ";", "--", "(", ")"])
        self.lookback = defaults()["negation_lookback"]
        self.reach = defaults()["attribution"]  # how far attribution looks (data/defaults.yaml)
        self.firmness = defaults()["hedging"]
        self.source_frames = tuple(tuple(h(canon.base(w)) for w in str(p).split()) for p in raw["source_frames"])
        self.not_the_party = norm(raw["not_the_party"])
        self.particles = norm(raw["verb_particles"])
        self.particle_verbs = lower(raw["particle_verbs"])
        self.anonymity = tuple(tuple(h(canon.base(w)) for w in str(p).split()) for p in raw["anonymity"])
        self.anonymous_parties = tuple(str(p) for p in raw["anonymous_parties"])
        self.relatives = norm(raw["relatives"])
        self.name_prepositions = norm(["with", "to"])  # "people familiar with ...", "sources close to ..."
        self.name_determiners = norm(["the", "a", "an"])  # "according to the Kremlin"
        self.hyphen, self.colon, self.you, self.it = h("-"), h(":"), h("you"), h("it")
        self.coordinators = norm(["but", "and", "or", "yet", "so", "while", "whereas"])
        self.past_forms = frozenset(str(w).lower() for w in raw["past_forms"])
        self.speaker_titles, self.not_names = norm(raw["speaker_titles"]), norm(raw["not_names"])
        self.question_labels = frozenset(str(w).lower() for w in raw["question_labels"])
        self.pronouns = frozenset(map(h, PRONOUNS))
        self.possessive_pronouns = frozenset(map(h, ("its", "their")))
        self.pronoun_claim_nouns = norm(raw["pronoun_claim_nouns"])
        self.anaphors = frozenset(map(h, ANAPHORS))
        self.comma, self.that, self.possessive, self.to, self.may = h(","), h("that"), h("'s"), h("to"), h("may")
        self.comma_or_quote = frozenset((h(","), h('"')))
