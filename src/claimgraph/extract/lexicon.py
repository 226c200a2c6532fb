"""Cue lexicons: the closed word classes the rules rely on. General English news
vocabulary, not tied to any article: a linguist's list of reporting verbs, hedges,
verification phrases and evidence nouns."""

from __future__ import annotations

import re

from .. import lexicon as _lexicon

# Reporting (speech-act and finding) verbs that introduce attributed content.
SAY = _lexicon.words("en", "reporting_verbs")
# Cue verbs by class (communication, denial, cognition, intention, demand, accusation): the contents each
# takes and the article's stance to a content reported with it; cue nouns and predicative adjectives.
CUES = _lexicon.mapping("en", "cues")
CUE_NOUNS = _lexicon.mapping("en", "cue_nouns")
CUE_ADJECTIVES = _lexicon.words("en", "cue_adjectives")
# Verbs whose subject is a cited source even when no content clause follows.
SPEECH_ACT = SAY - _lexicon.words("en", "finding_verbs")
# Cue verbs whose subject may be material as well as people ('5 percent of the samples show').
MATERIAL_SUBJECT_VERBS = _lexicon.words("en", "material_subject_verbs")
DISTANCING_CUES = _lexicon.words("en", "distancing_cues")
DISPUTING_CUES = _lexicon.words("en", "disputing_cues")
# Verbs that introduce evidence a source makes public.
RELEASE = _lexicon.words("en", "release_verbs")

# Attribution hedges and epistemic hedges (the article's own distance from a claim).
HEDGE_PATTERNS = _lexicon.labelled("en", "hedge_patterns")
HEDGE_RE = [(re.compile(p, re.I), k) for p, k in HEDGE_PATTERNS]

# Verification statements: what the article says about checking.
_NEG = r"(?:not|n't|never|unable to|no way to)"
VERIFY_NEG_RE = re.compile(
    r"\b(?:could|can|did|does|do|has|have|had|was|were|is|are)?\s*(?:not|n't|never)\s+(?:been\s+|be\s+)?"
    r"(?:able\s+to\s+)?(?:independently\s+)?(?:verif(?:y|ied)|confirm(?:ed)?|authenticat(?:e|ed)|corroborat(?:e|ed)|"
    r"check(?:ed)?)\b(?!\s+(?:in|out|on)\b)"
    # "the log's origin had not been established": where the material comes from is not known
    r"|\b(?:origin|origins|provenance|authenticity|authorship|source)\s+(?:has|had|have|was|were|is|are)\s+not\s+"
    r"(?:yet\s+)?(?:been\s+)?(?:established|determined|proven|proved)\b"
    r"|\b(?:was|were|is|are|has been|have been)\s+unable to\s+(?:independently\s+)?(?:verify|confirm|reach|authenticate)\b[^.]*?(?=[.,;]|$)"
    r"|\b(?:(?:was|were|is|are|has been|have been)\s+unable to|could\s+not|cannot|can\s*not|could\s*n't)\s+"
    r"(?:independently\s+)?(?:establish|determine)\s+(?:where|when|who|whether|if|how)\b[^.]*?(?=[.,;]|$)"
    r"|\bno independent (?:confirmation|verification|corroboration)\b"
    # "VISS has not observed visual confirmation of the claim": no one has seen the proof
    r"|\b(?:has|have|had)\s+(?:not|n't|never)\s+(?:yet\s+)?(?:observed|seen|found|received)\s+(?:any\s+)?"
    r"(?:visual\s+|independent\s+|photographic\s+|video\s+)?(?:confirmation|corroboration|proof)\b"
    r"|\bcould be independently (?:verified|confirmed)\b"
    r"|\bunverified\b|\bcannot be (?:independently )?(?:verified|confirmed)\b",
    re.I,
)
VERIFY_POS_RE = re.compile(
    r"\b(?:independently\s+)?(?:verified|authenticated|geolocated|corroborated|confirmed)\s+by\b"
    r"|\b(?:has|have|had)\s+(?:independently\s+)?(?:verified|geolocated|authenticated|corroborated)\b"
    r"|\bgeolocated\b|\bwas (?:independently )?verified\b",
    re.I,
)

# Evidence nouns -> kind. Longest first so that "intercepted phone call" wins over "call".
EVIDENCE_NOUNS = _lexicon.labelled("en", "evidence_nouns")
# every noun begins with a letter: the look-ahead lets the scan pass over word ends (half of all boundaries)
# without trying each alternative there (twice as fast; the same matches)
EVIDENCE_RE = re.compile(
    r"\b(?=[a-z])(?:" + "|".join(f"(?P<e{i}>{p})" for i, (p, _) in enumerate(EVIDENCE_NOUNS)) + r")\b", re.I
)
# Definite NPs that refer back to earlier evidence rather than introduce new material.
EVIDENCE_ANAPHOR_COMPAT = _lexicon.mapping("en", "evidence_anaphora")

# Channel of a hop, read from the words around its cue.
CHANNEL_PATTERNS = _lexicon.labelled("en", "channel_patterns")
CHANNEL_RE = [(re.compile(p, re.I), c) for p, c in CHANNEL_PATTERNS]

# Sentences about the article itself (credit lines), never claims about the world.
META_RE = re.compile(
    r"^\s*[(\[]?\s*(?:this (?:article|story|report) (?:was|is|has been)|originally published|republished|"
    r"(?:additional )?reporting by|editing by|writing by|contributed reporting|copyright|©|distributed by|"
    r"syndicated (?:by|from)|published under licen[cs]e|all rights reserved)",
    re.I,
)

# Markers of a further, earlier hop inside a frame: "citing X", "referring to information provided by X".
EXTRA_HOP_RE = re.compile(
    r",?\s*\b(?:citing|quoting|referring to (?:information|data|reports?|figures) (?:provided by|from)|"
    r"with reference to|relying on (?:information|data) from|based on (?:information|data|reports?) from)\s+",
    re.I,
)

ANAPHORIC_SUBJECTS = _lexicon.words("en", "anaphoric_subjects")
