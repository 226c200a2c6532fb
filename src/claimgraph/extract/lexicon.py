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
SPEECH_ACT = SAY - {"find", "show", "suggest", "indicate", "believe", "publish", "describe"}
DISTANCING_CUES = {"claim", "allege", "insist", "purport", "contend"}
DISPUTING_CUES = {"deny", "reject", "refute", "dismiss", "dispute"}
# Verbs that introduce evidence a source makes public.
RELEASE = {"release", "publish", "post", "share", "circulate", "distribute", "air", "broadcast", "provide", "issue"}

# Attribution hedges and epistemic hedges (the article's own distance from a claim).
HEDGE_PATTERNS = [
    (r"\breportedly\b", "attribution"),
    (r"\ballegedly\b", "attribution"),
    (r"\bpurportedly\b", "attribution"),
    (r"\bsupposedly\b", "attribution"),
    (r"\bostensibly\b", "attribution"),
    (r"\bapparently\b", "attribution"),
    (r"\b(?:is|are|was|were) said to\b", "attribution"),
    (r"\bdescribed as\b", "attribution"),
    (r"\b(?:is|are|was|were) (?:believed|thought|understood|rumou?red) to\b", "attribution"),
    (r"\balleged\b", "adjectival"),
    (r"\bpurported\b", "adjectival"),
    (r"\bso-called\b", "adjectival"),
    (r"\bunconfirmed\b", "adjectival"),
    (r"\breported\b(?=\s+[a-z]+)", "adjectival"),
    (r"\bclaim(?:s|ed)?\b", "cue"),
    (r"\balleges?\b", "cue"),
    (r"\b(?:may|might)\b(?!\s+(?:not\s+)?be\s+independently)", "epistemic"),
    (r"\blikely\b", "epistemic"),
    (r"\bprobably\b", "epistemic"),
    (r"\bpossibly\b", "epistemic"),
    (r"\bappears? to\b", "epistemic"),
    (r"\bappeared to\b", "epistemic"),
    (r"\bseem(?:s|ed)? to\b", "epistemic"),
    (r"\bsuggests?\b", "epistemic"),
]
HEDGE_RE = [(re.compile(p, re.I), k) for p, k in HEDGE_PATTERNS]

# Verification statements: what the article says about checking.
_NEG = r"(?:not|n't|never|unable to|no way to)"
VERIFY_NEG_RE = re.compile(
    r"\b(?:could|can|did|does|do|has|have|had|was|were|is|are)?\s*(?:not|n't|never)\s+(?:been\s+|be\s+)?"
    r"(?:independently\s+)?(?:verif(?:y|ied)|confirm(?:ed)?|authenticat(?:e|ed)|corroborat(?:e|ed))\b"
    r"|\b(?:was|were|is|are|has been|have been)\s+unable to\s+(?:independently\s+)?(?:verify|confirm|reach|authenticate)\b[^.]*?(?=[.,;]|$)"
    r"|\bcould be independently (?:verified|confirmed)\b"
    r"|\bunverified\b|\bcannot be (?:independently )?(?:verified|confirmed)\b",
    re.I,
)
VERIFY_POS_RE = re.compile(
    r"\b(?:independently\s+)?(?:verified|authenticated|geolocated|corroborated)\s+by\b"
    r"|\b(?:has|have|had)\s+(?:independently\s+)?(?:verified|geolocated|authenticated|corroborated)\b"
    r"|\bgeolocated\b|\bwas (?:independently )?verified\b",
    re.I,
)

# Evidence nouns -> kind. Longest first so that "intercepted phone call" wins over "call".
EVIDENCE_NOUNS = [
    (
        r"intercepted (?:phone |radio |telephone )?(?:call|conversation|communications?|messages?)",
        "intercepted_communication",
    ),
    (r"intercepts?", "intercepted_communication"),
    (r"radio intercepts?", "intercepted_communication"),
    (r"(?:audio )?recordings?", "audio_recording"),
    (r"audio(?: clip)?", "audio_recording"),
    (r"drone (?:footage|video)", "drone_footage"),
    (r"satellite (?:images|imagery|photos|pictures)", "satellite_imagery"),
    (r"videos?(?: (?:clip|footage))?", "video"),
    (r"footage", "video"),
    (r"clips?", "video"),
    (r"photo(?:graph)?s?", "photo"),
    (r"images", "photo"),
    (r"pictures", "photo"),
    (r"investigation", "investigation"),
    (r"court (?:records?|documents?|filings?|ruling)", "court_record"),
    (r"documents?", "document"),
    (r"leaked (?:files|papers)", "document"),
    (r"testimon(?:y|ies)", "testimony"),
    (r"statistics", "statistics"),
    (r"(?:telegram|facebook|social media|x) (?:post|channel|message)s?", "social_media_post"),
]
EVIDENCE_RE = re.compile(
    r"\b(?:" + "|".join(f"(?P<e{i}>{p})" for i, (p, _) in enumerate(EVIDENCE_NOUNS)) + r")\b", re.I
)
# Definite NPs that refer back to earlier evidence rather than introduce new material.
EVIDENCE_ANAPHOR_COMPAT = {
    "audio_recording": {"audio_recording", "intercepted_communication", "video"},
    "intercepted_communication": {"intercepted_communication", "audio_recording"},
    "video": {"video", "drone_footage"},
    "drone_footage": {"drone_footage", "video"},
    "photo": {"photo", "satellite_imagery"},
}

# Channel of a hop, read from the words around its cue.
CHANNEL_PATTERNS = [
    (r"\btelegram\b", "telegram"),
    (r"\b(?:facebook|x post|twitter|tweet|instagram|social media|posted)\b", "social_media"),
    (r"\b(?:video address|video message|in a video)\b", "video"),
    (r"\bintercept", "intercepted_communication"),
    (r"\binterview\b", "interview"),
    (r"\b(?:briefing|press conference|told reporters)\b", "press_briefing"),
    (r"\b(?:statement)\b", "statement"),
    (r"\binvestigation\b", "investigation"),
    (r"\breport\b", "report"),
    (r"\bcourt\b", "court"),
    (r"\bdocument\b", "document"),
]
CHANNEL_RE = [(re.compile(p, re.I), c) for p, c in CHANNEL_PATTERNS]

# Sentences about the article itself (credit lines), never claims about the world.
META_RE = re.compile(
    r"^\s*(?:this (?:article|story|report) (?:was|is|has been)|originally published|republished|"
    r"(?:additional )?reporting by|editing by|writing by|contributed reporting|copyright|©)",
    re.I,
)

# Markers of a further, earlier hop inside a frame: "citing X", "referring to information provided by X".
EXTRA_HOP_RE = re.compile(
    r",?\s*\b(?:citing|quoting|referring to (?:information|data|reports?|figures) (?:provided by|from)|"
    r"with reference to|relying on (?:information|data) from|based on (?:information|data|reports?) from)\s+",
    re.I,
)

PRONOUNS_PERSON = {"he", "she", "him", "her"}
PRONOUNS_THING = {"it", "they"}
ANAPHORIC_SUBJECTS = {"many", "most", "some", "they", "others", "several", "all", "few", "he", "she", "it"}
