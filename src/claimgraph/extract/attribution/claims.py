"""The claims component: every unit read for its claims and their attribution chains.

A unit that opens (or continues) a quotation gives the quotation's sentences with its speaker;
an intro sentence ending in ':' gives the speaker of the quotation after it; any other unit is
read by ``content.analyse``. Attribution is then carried across sentences when the text links
them (a hedged lede followed by the source releasing the material; a continuing account after
an investigation's findings), and a denial marks the claim before it as disputed.
"""

from __future__ import annotations

import re
from typing import Any

from ... import lexicon as _lexicon
from ...ground import gazetteer
from ...ground.institutions import lookup_institution, registry, role_kind
from ...model import Claim, Hop, Quote, Span
from ..lexicon import ANAPHORIC_SUBJECTS, DISPUTING_CUES, VERIFY_NEG_RE, VERIFY_POS_RE
from ..sources import ROLE_NOUNS
from ..state import ArticleState, Draft, QuoteSpan, SpeechAct, Unit
from .content import _book_state, _restore_book, analyse, split_content
from .frames import PARTICIPLE_CUES
from .phrases import cue_class, source_from_np, subject_of
from .quotes import caption_speaker, intro_speaker, is_speech, orphan_speaker, quote_frame, quote_sentences

VERIFY_VERBS = _lexicon.words("en", "verification_verbs")
REPRODUCED_NOUNS = _lexicon.words("en", "reproduced_text_nouns")
FACT_CHECK = _lexicon.mapping("en", "fact_check_labels")


def _label_re(labels: Any) -> str:
    return "|".join(re.escape(x) for x in sorted(labels, key=len, reverse=True))


CLAIM_LABEL_RE = re.compile(rf"(?:{_label_re(FACT_CHECK['claim_labels'])})[ \t]*:[ \t]*", re.I)
VERDICT_RE = re.compile(
    rf"(?:{_label_re(FACT_CHECK['verdict_labels'])})[ \t]*:[ \t]*[\"\u201c']?(?P<rating>[A-Za-z' -]+?)[\"\u201d']?(?:[.!:;,]|$)",
    re.I,
)
WITNESS_VERBS = _lexicon.words("en", "witness_verbs")
FORMULAIC_NOUNS = _lexicon.words("en", "formulaic_nouns")
# 'The following is our translation of a Telegram post by X', 'Below is the full text of a statement from X'
REPRODUCED_RE = re.compile(
    r"\b(?:the following is|following is|below is|what follows is|here is|this is)\s+(?:(?:our|an?|the|my)\s+)?"
    r"(?:(?:full|complete|unofficial|official|own|abridged|edited|lightly edited|verbatim|english|machine)\s+)*"
    rf"(?P<noun>{'|'.join(sorted(REPRODUCED_NOUNS, key=len, reverse=True))})\s+of\s+[^.\n]{{0,80}}?\b(?:by|from)\s+",
    re.I,
)
# where a reproduced text ends: a rule line, or the reproducer's own note after it
REPRODUCED_END_RE = re.compile(
    r"^\s*(?:[-*_=\u2014\u2013](?:\s*[-*_=\u2014\u2013]){2,}\s*$|(?:translator'?s?|editor'?s?|editorial)(?:\u2019s)?\s+note\b|"
    r"note\s*:|related\s*:|read more\b|end of (?:the )?(?:text|translation|transcript)\b)",
    re.I,
)


TOPIC_VERBS = _lexicon.words("en", "topic_verbs")


def _topic_headline(toks: list) -> bool:
    """A headline that names a topic, not a fact ('Medic recounts a night in the shelter'):
    a verb of telling whose object is a noun phrase, with no clause that could be checked."""
    root = next((t for t in toks if t.dep_ == "ROOT"), None)
    if root is None or root.lemma_.lower() not in TOPIC_VERBS:
        return False
    kids = [c.dep_ for c in root.children]
    return "ccomp" not in kids and "xcomp" not in kids and ("dobj" in kids or "prep" in kids)


def _split_quote_cues(ctx: ArticleState) -> None:
    """'"A," Tester said, "B."': a quotation split by its frame is one quotation with one frame; the part
    after the frame, given its speaker from the clause around it, takes the frame's cue too."""
    prev = None
    for q in sorted((q for q in ctx.quotes if is_speech(ctx, q)), key=lambda q: q.start):
        if (
            prev is not None
            and q.speaker is not None
            and q.cue is None
            and prev.speaker == q.speaker
            and prev.cue is not None
            and prev.close <= prev.cue.start < q.open
            and "\n" not in ctx.text[prev.close : q.open]
        ):
            q.cue = prev.cue
        prev = q


def extract_claims(ctx: ArticleState) -> None:
    rec = ctx.record
    drafts: list[Draft] = []
    order = [i for i, u in enumerate(ctx.units) if not u.headline] + [i for i, u in enumerate(ctx.units) if u.headline]
    pending_intro: tuple[list[Hop], bool, int] | None = None
    last_quote_hops: list[Hop] | None = None
    quote_hops: dict[int, list[Hop]] = {}
    colon_hops: tuple[int, list[Hop]] | None = None
    signed: set[int] = set()
    answers = _interview_answers(ctx)
    for ui in order:
        u = ctx.units[ui]
        if u.is_meta or ctx.trim(u.start, u.end, " \t\n")[0] in signed:
            continue
        ps, pe = ctx.paras[u.para]
        if ctx.text[ps] == "[" and ctx.text[ps:pe].rstrip(".").endswith("]"):
            continue  # '[Embedded post: ...]': an editor's placeholder for page furniture, not a claim
        utext = ctx.text[u.start : u.end]
        toks = u.tokens
        qs = [q for q in ctx.quotes if u.start <= q.open < u.end]
        lead = next((q for q in qs if ctx.trim(u.start, u.end, " \t\n")[0] >= q.open), None)
        cont = next((q for q in ctx.quotes if q.open < u.start < q.close), None)
        if u.intro_colon:
            lf = intro_speaker(ctx, u, utext)
            pending_intro = (lf[0], lf[1], ui) if lf else None
            continue
        if lead is not None or cont is not None:
            q = lead or cont
            assert q is not None
            if q.open < u.start and q.open in ctx.read_quotes:
                continue  # a continued quotation already read from its first paragraph
            hops = quote_frame(ctx, u, q, utext) if lead is not None else None
            if hops is None:
                hops = _signature(ctx, q, utext) or _label_after_quote(ctx, q, u)
                if hops and hops[0].cue is not None:
                    signed.add(hops[0].cue.start)  # the signature's own sentence is no claim
            hedged = False
            intro_ui = None
            if hops is None and pending_intro is not None:
                hops, hedged, intro_ui = pending_intro
            if hops is None:
                hops = last_quote_hops or []
            pending_intro = None
            ctx.read_quotes.add(q.open)
            q.standalone = True
            q.hops = hops
            if hops:
                q.speaker = (
                    hops[-1].source
                    if len(hops) > 1 and hops[0].cue and "quot" in hops[0].cue.text.lower()
                    else hops[0].source
                )
                q.cue = hops[0].cue
                chain = [Hop(q.speaker, hops[0].cue, hops[0].channel)]
            else:
                chain = []
            quote_hops[ui] = chain
            last_quote_hops = hops
            run_on = _clause_after_quote(ctx, u, q, hops) if chain and lead is not None else None
            if u.duplicate_of is None and run_on is not None:
                # '"We are shocked" by the collapse, the minister said': the quoted words open a clause the
                # sentence goes on with; what was said is the whole clause, in part direct speech
                drafts.append(Draft(q.open, run_on, hops=list(chain), cue_lemma="say", unit=ui))
            elif u.duplicate_of is None:
                for a, b in quote_sentences(ctx, q):
                    drafts.append(
                        Draft(
                            a,
                            b,
                            hops=list(chain),
                            cue_lemma="say",
                            quote=True,
                            unit=ui,
                            frame_hedged=hedged,
                            intro_unit=intro_ui,
                        )
                    )
                # '"...," she said, adding that the talks would go on': what the participle adds after
                # the frame is said by the same speaker
                if chain and lead is not None:
                    drafts.extend(_added_after_frame(ctx, u, q, ui, chain))
            continue
        pending_intro = None
        if u.duplicate_of is not None:
            continue
        if _is_verification_statement(ctx, u) or EDITORS_NOTE.match(utext.strip()):
            continue
        if u.headline and _topic_headline(toks):
            continue
        if _formula(toks):
            continue
        sp = _colon_speaker(ctx, u, utext)
        if sp is not None:
            # 'Speaker: what they said' (headlines, transcripts): the name before the colon speaks
            colon_hops = (u.para, sp[0])
            got = _in_turn(ctx, toks, sp[1], ui, utext, sp[0])
        elif colon_hops is not None and colon_hops[0] == u.para:
            got = _in_turn(ctx, toks, 0, ui, utext, colon_hops[1])  # the same turn goes on
        elif u.para in answers:
            colon_hops = None
            got = _in_turn(ctx, toks, 0, ui, utext, answers[u.para])  # the interviewee's answer
        else:
            colon_hops = None
            cuts = [k for k, t in enumerate(toks) if t.text == ";" and 0 < k < len(toks) - 1] if u.headline else []
            if cuts:
                # 'A, Kyiv says; Moscow claims B': each half of a headline has its own frame
                got = []
                for a, b in zip([0] + [k + 1 for k in cuts], cuts + [len(toks)], strict=True):
                    saved = _book_state(ctx)
                    half = analyse(ctx, toks, a, b, ui, utext)
                    if not any(d.hops for d in half):
                        _restore_book(ctx, saved)  # what the reading without a frame registered goes
                        if (tf := _trailing_says(ctx, u, utext, (a, b))) is not None:
                            half = split_content(ctx, toks, a, tf[1], ui, tf[0], "say") or half
                        elif (ls := _leading_says(ctx, u, (a, b))) is not None:
                            half = split_content(ctx, toks, ls[1], b, ui, ls[0], ls[2])
                            if not half:
                                # a headline's terse content ('warship sunk') is a claim however short
                                cs, ce = ctx.trim(ctx.tok_start(toks[ls[1]]), ctx.tok_end(toks[b - 1]), " \t\n,;:.")
                                half = [Draft(cs, ce, hops=ls[0], cue_lemma=ls[2], unit=ui)] if ce > cs else []
                    got.extend(half)
            else:
                got = analyse(ctx, toks, 0, len(toks), ui, utext)
            if not any(d.hops for d in got):
                tf = _trailing_says(ctx, u, utext)
                if tf is not None:
                    got = split_content(ctx, toks, 0, tf[1], ui, tf[0], "say")
                    if not got and tf[1]:
                        # a headline's terse content ('Four dead') is a claim however short
                        a, b = ctx.trim(ctx.tok_start(toks[0]), ctx.tok_end(toks[tf[1] - 1]), " \t\n,;:.")
                        got = [Draft(a, b, hops=tf[0], cue_lemma="say", unit=ui)] if b > a else []
        # 'X said: "..."': a content that is a whole quotation is that quotation, read by its sentences
        for q in qs:
            whole = next(
                (
                    d
                    for d in got
                    if d.hops and not d.quote and q.open <= d.start <= q.start + 1 and q.end - 1 <= d.end <= q.close + 1
                ),
                None,
            )
            if whole is None or q.standalone or not is_speech(ctx, q):
                continue
            q.standalone = True
            q.hops = whole.hops
            q.speaker = (
                whole.hops[-1].source
                if len(whole.hops) > 1 and "quot" in (whole.hops[0].cue.text if whole.hops[0].cue else "").lower()
                else whole.hops[0].source
            )
            q.cue = whole.hops[0].cue
            ctx.read_quotes.add(q.open)
            chain = [Hop(q.speaker, whole.hops[0].cue, whole.hops[0].channel)]
            at = got.index(whole)
            got[at : at + 1] = [
                Draft(a, b, hops=list(chain), cue_lemma="say", quote=True, unit=ui) for a, b in quote_sentences(ctx, q)
            ]
        drafts.extend(got)
        # quotations embedded in indirect speech: speaker is the frame's source
        for q in qs:
            if not q.standalone:
                d = next((d for d in got if d.start <= q.close and q.open <= d.end + 2 and d.hops), None)
                if d is not None:
                    q.speaker = d.hops[-1].source if len(d.hops) > 0 else None
                    q.cue = d.hops[0].cue
    _reproduced_text(ctx, drafts)
    _fact_check(ctx, drafts)
    _witnessed(ctx, drafts)
    _relative_confirmations(ctx, drafts)
    _carry(ctx, drafts)
    drafts = _cited_origins(ctx, drafts)
    _apply_speech_acts(ctx, drafts)
    drafts.sort(key=lambda d: d.start)
    # a question asks and asserts nothing a reader could check ("What comes next?", an interviewer's turn)
    drafts = [d for d in drafts if not _is_question(ctx, d)]
    for n, d in enumerate(drafts, 1):
        u = ctx.units[d.unit]
        # a note marker at a claim's edge ("... into the village.[3]") is the page's, not the claim's
        tail = NOTE_TAIL.search(ctx.text, d.start, d.end)
        if tail is not None and tail.start() > d.start:
            d.end = tail.start()
        head = NOTE_HEAD.match(ctx.text, d.start, d.end)
        if head is not None and head.end() < d.end:
            d.start = head.end()
        c = Claim(
            id=f"c{n}",
            text=ctx.text[d.start : d.end],
            start=d.start,
            end=d.end,
            attribution=d.hops,
            quote=d.quote,
            sentence={"start": u.start, "end": u.end},
            headline=u.headline,
        )
        ctx.drafts[c.id] = d  # the working draft behind each claim, for hedges
        rec.claims.append(c)
    for q in ctx.quotes:
        if is_speech(ctx, q):
            # a caption is its publisher's words; a credit line or words quoted after ', saying only that' the subject's
            q.speaker = caption_speaker(ctx, q) or q.speaker or orphan_speaker(ctx, q)
    _split_quote_cues(ctx)
    # page furniture quotes no one: a series title in a "part of our series" line is no quotation
    chrome = [(u.start, u.end) for u in ctx.units if u.chrome]
    spoken = [q for q in ctx.quotes if is_speech(ctx, q) and not any(a <= q.open < b for a, b in chrome)]
    for n, q in enumerate(sorted(spoken, key=lambda q: q.start), 1):
        a, b = ctx.trim(q.start, q.end, " \t\n")
        rec.quotes.append(Quote(id=f"q{n}", text=ctx.text[a:b], start=a, end=b, speaker=q.speaker, cue=q.cue))
    assert ctx.book is not None, "the segment component makes the source book"
    ctx.book.finish([[h.source for h in c.attribution] for c in rec.claims])


NOTE_TAIL = re.compile(r"[ \t]*\[\d{1,3}\][ \t]*$")
NOTE_HEAD = re.compile(r"\[\d{1,3}\][ \t]*")
# what makes a run of questions an interview rather than an author's rhetorical questions
INTERVIEW_MARK = re.compile(
    r"\b(?:interview(?:ed|s)?|q\s*&\s*a|spoke (?:to|with)|talked (?:to|with)|conversation|in (?:his|her|their) "
    r"own words)\b",
    re.I,
)
FIRST_PERSON = {"i", "we", "my", "our", "me", "us", "i'm", "we're", "i've", "we've", "ours", "mine"}


def _interview_answers(ctx: ArticleState) -> dict[int, list[Hop]]:
    """A Q&A interview: paragraphs that are only a question, each followed by the answer, after an intro
    that names the person interviewed. The answers carry no quotation marks and no frame, yet they are that
    person's words: paragraph -> the interviewee's turn. The paragraph right after a question is the answer;
    the ones after it go on with it while they speak in the first person or cite no one, and stop at one
    that names the interviewee (the writer's narrative again)."""
    is_q: dict[int, bool] = {}
    by_para: dict[int, list[Unit]] = {}
    for u in ctx.units:
        by_para.setdefault(u.para, []).append(u)
    for pi, us in by_para.items():
        t = ctx.text[ctx.paras[pi][0] : ctx.paras[pi][1]].strip()
        is_q[pi] = (
            pi > 0
            and not any(u.is_meta or u.headline for u in us)
            and t.endswith("?")
            and len(t.split()) <= 40
            and t[:1] not in "\"\u201c\u00ab'"
        )
    questions = sorted(pi for pi, q in is_q.items() if q)
    if len(questions) < 2 or not any(not is_q.get(pi + 1, True) for pi in questions):
        return {}
    first_q = questions[0]
    intro = ctx.text[: ctx.paras[first_q][0]]
    if not INTERVIEW_MARK.search(intro) and not INTERVIEW_MARK.search(ctx.meta.title or ""):
        return {}
    # the person interviewed: the first person the intro names (not in a byline or other page furniture)
    doc = ctx.doc
    if doc is None:
        return {}
    lo = next((u.start for u in ctx.units if not u.is_meta and not u.headline), 0)
    ent = next((e for e in doc.ents if e.label_ == "PERSON" and lo <= e.start_char < ctx.paras[first_q][0]), None)
    if ent is None or not any(u.start <= ent.start_char < u.end and not u.is_meta for u in ctx.units):
        return {}
    i = ent.start
    while i > 0 and doc[i - 1].pos_ == "PROPN" and doc[i - 1].text[:1].isupper() and doc[i - 1].ent_type_ != "GPE":
        i -= 1  # the title before the name: "Major Andrii Kovalchuk"
    assert ctx.book is not None
    sid = ctx.book.mention(doc[i].idx, ent.end_char, head=doc[ent.end - 1], context=ctx.text[doc[i].idx : ent.end_char])
    if sid is None:
        return {}
    turn = [Hop(source=sid, cue=None, channel="interview")]
    surname = ent.text.split()[-1].lower()
    out: dict[int, list[Hop]] = {}
    for qi in questions:
        pi = qi + 1
        while pi in is_q and not is_q[pi]:
            words = {w.lower() for w in re.findall(r"[\w'\u2019]+", _outside_quotes(ctx, *ctx.paras[pi]))}
            if pi > qi + 1 and (surname in words or not words & FIRST_PERSON):
                break
            if not any(u.is_meta for u in by_para[pi]):
                out[pi] = turn
            pi += 1
    return out


QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019`"


def _clause_after_quote(ctx: ArticleState, u: Unit, q: QuoteSpan, hops: list[Hop]) -> int | None:
    """Where the content ends when a sentence opens with quoted words that do not end it: the quotation
    closes on a word, not on punctuation ('"We are shocked and saddened" by the collapse, ...'), the words
    after the closing mark go on with its clause, and the frame follows after a comma
    (', the minister said'). None for a quotation that ends its clause ('"We are shocked," she said')."""
    cue = hops[0].cue if hops else None
    if cue is None or cue.start <= q.close or cue.start >= u.end:
        return None
    text = ctx.text
    if len(quote_sentences(ctx, q)) != 1 or not re.search(r"[\w)\]]$", text[q.start : q.end].rstrip()):
        return None
    after = q.close
    while after < u.end and text[after] in QUOTE_MARKS:
        after += 1
    v = next((t for t in u.tokens if ctx.tok_start(t) == cue.start), None)
    subj = subject_of(v) if v is not None else None
    frame = cue.start
    if subj is not None and after < ctx.tok_start(subj.left_edge) < frame:
        frame = ctx.tok_start(subj.left_edge)
    src = ctx.book.get(hops[0].source) if ctx.book is not None else None
    for m in src.mentions if src is not None else []:
        if after < m.start < frame:
            frame = m.start  # the speaker's mention where the parse gave the verb no subject
    comma = text.rfind(",", after, frame)
    if comma < 0 or not re.match(r"[ \t]+[a-z(\[]", text[after:comma]):
        return None
    if any(x.open < comma and x.open > q.close for x in ctx.quotes):
        return None  # another quotation before the frame: the sentence is more than one clause
    if len(re.findall(r"\w+", text[after:comma])) < 2:
        return None
    return comma


def _outside_quotes(ctx: ArticleState, start: int, end: int) -> str:
    """text[start:end] with its quotations blanked."""
    chars = list(ctx.text[start:end])
    for q in ctx.quotes:
        for k in range(max(q.open, start), min(q.close + 1, end)):
            chars[k - start] = " "
    return "".join(chars)


# an editor's note about the piece itself, inside a paragraph: "The interview has been edited for length."
EDITORS_NOTE = re.compile(
    r"(?:this|the) (?:interview|conversation|transcript|q&a|exchange|article|story|report|piece) "
    r"(?:has been|was|have been) (?:lightly )?(?:edited|condensed|updated|corrected|amended)\b[^.]*\.?$",
    re.I,
)


def _is_question(ctx: ArticleState, d: Draft) -> bool:
    """The draft ends its sentence with a question mark."""
    tail = ctx.text[d.end : d.end + 3].lstrip(" \t\"'\u201d\u2019")
    return ctx.text[d.end - 1 : d.end] == "?" or tail[:1] == "?"


# nouns for people and bodies by their agentive endings (director, minister, analyst, resident, spokesman);
# '-ment' nouns name acts and things ('Assessment:', 'Statement:'), never a speaker
AGENT_NOUN_RE = re.compile(r"(?:or|er|ist|man|woman|ian|(?<!m)ent|ant|ary|ee)s?$")
SPEAKER_COLON_RE = re.compile(r"(?P<name>[A-Z][\w.'\u2019-]*(?:\s+[\w.'\u2019-]+){0,6})\s*:\s+(?=\S)")
COLON_NOT_NAMES = {"the", "a", "an", "this", "that", "these", "those", "but", "and", "so", "here", "there", "it", "our"}
# labels of page furniture and rubrics that a colon follows: never a speaker
COLON_LABELS = {
    "photo",
    "photos",
    "image",
    "images",
    "caption",
    "video",
    "watch",
    "listen",
    "read",
    "read more",
    "map",
    "update",
    "updated",
    "note",
    "editor's note",
    "source",
    "sources",
    "credit",
    "credits",
    "related",
    "breaking",
    "exclusive",
    "live",
    "opinion",
    "analysis",
    "editorial",
    "comment",
    "sponsored",
    "advertisement",
    "tags",
    "share",
    "see also",
    "also read",
    "warning",
    "disclaimer",
    "correction",
    "clarification",
    "q",
    "a",
    "question",
    "answer",
    "summary",
    "key points",
    "background",
    "context",
    "timeline",
    "graphic",
    "chart",
    "table",
    "file",
    "pictured",
    "more",
    "follow",
    "contact",
    "email",
    "phone",
    "tel",
    "subscribe",
    "newsletter",
    "by",
    "date",
    "published",
    "posted",
    "location",
    "where",
    "when",
    "what",
    "why",
    "how",
    "who",
    "today",
    "yesterday",
    "tonight",
    "morning",
    "afternoon",
    "evening",
    "night",
    "result",
    "results",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
}


def _colon_speaker(ctx: ArticleState, u: Unit, utext: str) -> tuple[list[Hop], int] | None:
    """'Kremlin spokesman: talks are off' / 'MAYOR: We will rebuild.' -> (hops, index of the content's
    first token), when the unit opens its paragraph with a short capitalised name and a colon."""
    if not u.tokens or ctx.paras[u.para][0] != u.start:
        return None
    m = SPEAKER_COLON_RE.match(utext)
    if m is None or m.group("name").lower() in COLON_LABELS or len(utext[m.end() :].split()) < 3:
        return None
    name_words = m.group("name").split()
    if (
        any(w.lower() in COLON_LABELS for w in name_words)
        or name_words[0].lower() in COLON_NOT_NAMES
        or re.search(r"\d", m.group("name"))
    ):
        return None
    colon = u.start + m.end("name") + utext[m.end("name") :].index(":")
    k = next((i for i, t in enumerate(u.tokens) if ctx.tok_start(t) > colon), None)
    # 'Minister on talks: ...', 'Kremlin to West: ...': the speaker is the name before the topic
    name_end = colon
    topic = re.search(r"\s+(?:on|about|to|at|in)\s+", ctx.text[u.start + m.start("name") : colon])
    if topic:
        name_end = u.start + m.start("name") + topic.start()
    head = next((t for t in reversed(u.tokens) if ctx.tok_end(t) <= name_end and not t.is_punct), None)
    if k is None or head is None:
        return None
    name_start = u.start + m.start("name")
    while head.dep_ == "pobj" and head.head.head.i != head.head.i and ctx.tok_start(head.head.head) >= name_start:
        head = head.head.head  # 'Frustration with police: ...': the phrase's own head, not the noun it governs
    if not (head.pos_ == "PROPN" or head.lower_ in ROLE_NOUNS or AGENT_NOUN_RE.search(head.lower_)):
        return None  # 'Success on signature issue: ...' is a rubric, not a speaker
    if any(t.pos_ in ("VERB", "AUX") or t.tag_ == "VBG" for t in u.tokens[:k] if ctx.tok_end(t) <= colon):
        return None  # 'Counting the dead: ...' is a title, not a speaker
    if _place_label(ctx, u.tokens[:k], colon):
        return None  # 'Odesa: two killed in a drone attack' says where, not who
    assert ctx.book is not None
    sid = ctx.book.mention(u.start + m.start("name"), min(u.start + m.end("name"), name_end), head=head, context=utext)
    if sid is None:
        return None
    return [Hop(source=sid, cue=Span(":", colon, colon + 1), channel="statement")], k


def _place_label(ctx: ArticleState, toks: list, colon: int) -> bool:
    """The words before a colon are a town or region only ('Kherson:', 'Sumy region:'), not a capital that
    stands for its government ('Kyiv:', 'Moscow:') nor a country, a body or a person."""
    words = [t for t in toks if ctx.tok_end(t) <= colon and not t.is_punct]
    if not words or len(words) > 3 or any(t.ent_type_ in ("ORG", "NORP") for t in words):
        return False
    if any(t.lower_ in ROLE_NOUNS for t in words):
        return False
    name = " ".join(t.text for t in words if t.lower_ not in ("region", "oblast", "province", "district"))
    if not name or name.lower() in registry()["capital_metonyms"]:
        return False
    hits = gazetteer.lookup(name)
    if not hits or hits[0].feature not in ("settlement", "admin1", "admin2"):
        return False
    # the parser may take a town for a person ('Kherson:'); a curated town is a town
    return hits[0].curated or (hits[0].country in ("UA", "RU") and not any(t.ent_type_ == "PERSON" for t in words))


def _added_after_frame(ctx: ArticleState, u: Unit, q: QuoteSpan, ui: int, chain: list[Hop]) -> list[Draft]:
    """The content of ', adding that ...' / ', warning ...' after the frame of a quotation."""
    toks = u.tokens
    for k, t in enumerate(toks):
        if ctx.tok_start(t) <= q.close or t.lower_ not in PARTICIPLE_CUES or toks[k - 1].text != ",":
            continue
        if ctx.in_quote(ctx.tok_start(t)):
            continue
        j = k + 1
        while j < len(toks) and (toks[j].text in ",:" or (toks[j].lower_ == "that" and toks[j].dep_ == "mark")):
            j += 1
        if len(toks) - j < 3:
            return []
        hop = Hop(chain[0].source, Span(t.text, ctx.tok_start(t), ctx.tok_end(t)), chain[0].channel)
        return split_content(ctx, toks, j, len(toks), ui, [hop], t.lemma_.lower())
    return []


SIGNATURE_RE = re.compile(
    r"[ \t]*[\u2015\u2014\u2013-]{1,2}[ \t]*(?P<name>[A-Z][\w.'\u2019-]+(?:[ \t]+[A-Z][\w.'\u2019-]+){0,3})"
)


def _signature(ctx: ArticleState, q: QuoteSpan, utext: str) -> list[Hop] | None:
    """'"...," \u2015 Ana Ruiz': a quotation signed with a dash and a name right after its closing mark."""
    m = SIGNATURE_RE.match(ctx.text, q.close + 1)
    if m is None or "\n" in ctx.text[q.close : m.start("name")]:
        return None
    assert ctx.book is not None
    head = next((t for t in ctx.doc if t.idx >= m.start("name") and t.idx < m.end("name")), None) if ctx.doc else None
    sid = ctx.book.mention(m.start("name"), m.end("name"), head=head, context=utext)
    if sid is None:
        return None
    dash = ctx.text.index(m.group().strip()[0], q.close + 1)
    return [Hop(source=sid, cue=Span(ctx.text[dash], dash, dash + 1), channel="statement")]


SUBJ = ("nsubj", "nsubjpass", "expl")


def _in_turn(ctx: ArticleState, toks: list, lo: int, ui: int, utext: str, turn: list[Hop]) -> list[Draft]:
    """A sentence of a speaker's turn ('Lind: ...'): the speaker's claims; one that cites a third party ('The
    demographer we work with thinks ...') is that party's claim as the speaker relays it."""
    nested = analyse(ctx, toks, lo, len(toks), ui, utext)
    if any(d.hops and not d.quote for d in nested):
        for d in nested:
            d.hops = list(turn) + [h for h in d.hops if h.source not in {t.source for t in turn}]
        return nested
    return split_content(ctx, toks, lo, len(toks), ui, turn, "say")


HEADLINE_CUES = {"says", "said", "claims", "reports", "warns", "confirms", "denies", "insists"}
TRAILING_SAYS_RE = re.compile(
    r",\s+(?P<np>(?:[\w'\u2019-]+\s+){0,4}?[\w'\u2019-]+)\s+(?P<cue>says|said|claims|reports|warns|confirms)\s*$"
)


def _trailing_says(
    ctx: ArticleState, u: Unit, utext: str, part: tuple[int, int] | None = None
) -> tuple[list[Hop], int] | None:
    """A headline's or sub-heading's 'Four dead, governor says': a verbless content, a comma, and a bare
    source with its verb at the end of the line -> (hops, index of the token after the content). ``part``:
    the token range of one half of a headline ('A, Kyiv says; B'), read alone."""
    t = utext.strip()
    if not (u.headline or (u.para > 0 and t[-1:] not in '.!?"\u201d:' and len(t.split()) <= 12)):
        return None
    at = u.start
    if part is not None:
        at = ctx.tok_start(u.tokens[part[0]])
        utext = ctx.text[at : ctx.tok_end(u.tokens[part[1] - 1])]
    m = TRAILING_SAYS_RE.search(utext)
    if m is None or not m.start():
        return None
    np_start, np_end = at + m.start("np"), at + m.end("np")
    head = next((t for t in reversed(u.tokens) if np_start <= ctx.tok_start(t) < np_end), None)
    if head is None or not (head.pos_ == "PROPN" or head.lower_ in ROLE_NOUNS or role_kind(head.text)):
        return None
    assert ctx.book is not None
    sid = ctx.book.mention(np_start, np_end, head=head, context=utext)
    if sid is None:
        return None
    k = next((i for i, tok in enumerate(u.tokens) if ctx.tok_start(tok) >= at + m.start()), len(u.tokens))
    cue = Span(m.group("cue"), at + m.start("cue"), at + m.end("cue"))
    return [Hop(source=sid, cue=cue, channel="statement")], k


def _leading_says(ctx: ArticleState, u: Unit, part: tuple[int, int]) -> tuple[list[Hop], int, str] | None:
    """One half of a headline 'Moscow claims arms depot destroyed': a bare source, its verb, and a verbless
    content -> (hops, index of the content's first token, the cue's lemma)."""
    a, b = part
    toks = u.tokens
    k = next((i for i in range(a + 1, min(b, a + 6)) if toks[i].lower_ in HEADLINE_CUES), None)
    if k is None or b - k < 3:
        return None
    head = toks[k - 1]
    if not (head.pos_ == "PROPN" or head.lower_ in ROLE_NOUNS or role_kind(head.text)):
        return None
    assert ctx.book is not None
    sid = ctx.book.mention(ctx.tok_start(toks[a]), ctx.tok_end(head), head=head, context=ctx.text[u.start : u.end])
    if sid is None:
        return None
    cue = Span(toks[k].text, ctx.tok_start(toks[k]), ctx.tok_end(toks[k]))
    return [Hop(source=sid, cue=cue, channel="statement")], k + 1, toks[k].lemma_.lower()


LABEL_AFTER_QUOTE_RE = re.compile(r"[ \t]*:[ \t]+(?P<np>[^\n.!?:]{3,100})")


def _label_after_quote(ctx: ArticleState, q: QuoteSpan, u: Unit) -> list[Hop] | None:
    """'"Every road is mined": the sapper clearing Ivanivka' (a headline's or a line's quotation, then a colon
    and who says it): the noun phrase after the colon, up to what it goes on to say of them, is the speaker."""
    m = LABEL_AFTER_QUOTE_RE.match(ctx.text, q.close + 1)
    if m is None or m.end() > u.end + 1:
        return None
    toks = [t for t in u.tokens if m.start("np") <= ctx.tok_start(t) < m.end("np")]
    cut = next(
        (
            i
            for i, t in enumerate(toks)
            if i
            and (
                t.tag_ in ("VBG", "VBN", "VBD", "VBZ", "VBP")
                or t.lower_ in ("on", "about", "at", "from", "who", "that", "which", ",")
            )
        ),
        len(toks),
    )
    np = toks[:cut]
    head = next((t for t in reversed(np) if t.pos_ in ("NOUN", "PROPN")), None)
    if head is None or not (head.pos_ == "PROPN" or head.lower_ in ROLE_NOUNS or role_kind(head.text)):
        return None
    assert ctx.book is not None
    sid = ctx.book.mention(ctx.tok_start(np[0]), ctx.tok_end(np[-1]), head=head, context=ctx.text[u.start : u.end])
    if sid is None:
        return None
    colon = q.close + 1 + ctx.text[q.close + 1 :].index(":")
    return [Hop(source=sid, cue=Span(":", colon, colon + 1), channel="statement")]


def _is_verification_statement(ctx: ArticleState, u: Unit) -> bool:
    """'The Herald could not verify the photographs independently.' is about the reporting, not the world."""
    root = next((t for t in u.tokens if t.dep_ == "ROOT"), None)
    utext = ctx.text[u.start : u.end]
    if root is None or root.lemma_.lower() not in VERIFY_VERBS:
        return False
    if not (VERIFY_NEG_RE.search(utext) or VERIFY_POS_RE.search(utext) or "unable" in utext.lower()):
        return False
    toks = u.tokens
    for k, t in enumerate(toks):
        # "We have not checked the list, but a sample matched": the second clause, with its own subject, is a claim
        if t.lower_ in ("but", "and") and k > 0 and toks[k - 1].text == "," and not ctx.in_quote(ctx.tok_start(t)):
            if any(x.dep_ in SUBJ and x.head.i > x.i and x.head.pos_ in ("VERB", "AUX") for x in toks[k + 1 : k + 9]):
                return False
    subj = subject_of(root)
    if subj is None or subj.dep_ == "nsubjpass" or subj.lower_ in ("we", "i"):
        return True
    outlet = (ctx.meta.outlet or "").lower()
    subj_words = {t.lower_ for t in subj.subtree} - {"the", "a"}
    if outlet and subj_words & set(re.findall(r"\w+", outlet)):
        return True
    name = " ".join(t.text for t in subj.subtree)
    inst = lookup_institution(name)
    kind = inst["kind"] if inst else role_kind(name)
    return kind in (None, "media_outlet") and "independently" in utext.lower()


# nouns for what was said that a relative clause can confirm or deny ('a figure the army confirmed')
STATEMENT_NOUNS = {"figure", "figures", "claim", "claims", "account", "report", "number", "toll", "estimate", "version"}


def _relative_confirmations(ctx: ArticleState, drafts: list[Draft]) -> None:
    """'..., a figure the brigade's press service confirmed' / '..., which the General Staff denies': the
    subject of a speech or denial verb in a relative clause on what was said is cited too, and a denial
    disputes the claim the clause hangs on."""
    assert ctx.book is not None
    for ui, u in enumerate(ctx.units):
        for v in u.tokens:
            if v.dep_ != "relcl" or ctx.in_quote(ctx.tok_start(v)) or cue_class(v) not in ("communication", "denial"):
                continue
            on_statement = v.head.lower_ in STATEMENT_NOUNS or any(
                c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in v.children
            )
            if not on_statement or any(c.dep_ in ("ccomp", "xcomp") for c in v.children):
                continue
            subj = next((c for c in v.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")), None)
            if subj is None:
                continue
            sid = source_from_np(ctx, subj, subj.left_edge.i, v.i, ctx.text[u.start : u.end])
            if sid is None:
                continue
            cue = Span(v.text, ctx.tok_start(v), ctx.tok_end(v))
            ctx.speech_acts.append(SpeechAct(v, [Hop(sid, cue, "statement")]))
            if cue_class(v) == "denial":
                at = ctx.tok_start(v)
                before = [d for d in drafts if d.unit == ui and d.start < at and all(h.source != sid for h in d.hops)]
                if before:
                    max(before, key=lambda d: d.start).disputed = True


def _carry(ctx: ArticleState, drafts: list[Draft]) -> None:
    """Attribution across sentences, where the text makes the link."""
    by_unit: dict[int, list[Draft]] = {}
    for d in drafts:
        by_unit.setdefault(d.unit, []).append(d)
    releases = ctx.releases
    for d in drafts:
        if d.hops or d.quote:
            continue
        u = ctx.units[d.unit]
        text = ctx.text[d.start : d.end]
        # a hedged lede followed by the source that released the material it rests on
        if re.search(r"\b(?:reportedly|allegedly|purportedly)\b", text, re.I):
            nxt = [r for r in releases if r[0] in (d.unit + 1, d.unit + 2) and ctx.units[r[0]].para == u.para]
            if nxt:
                _, sid, eid = nxt[0]
                cue = re.search(r"\b(?:reportedly|allegedly|purportedly)\b", text, re.I)
                assert cue is not None  # the same search as above
                d.hops = [Hop(sid, Span(cue.group(), d.start + cue.start(), d.start + cue.end()), "unknown")]
                d.rests_on.append(eid)
                continue
        # a continuing account after an investigation's or report's findings
        prev = by_unit.get(d.unit - 1, [])
        if prev and ctx.units[d.unit - 1].para == u.para:
            p = prev[-1]
            first = u.tokens[0].lower_ if u.tokens else ""
            if (
                p.hops
                and p.cue_lemma in ("find", "report", "conclude", "show", "according", "establish")
                and first in ANAPHORIC_SUBJECTS
                and not p.quote
            ):
                d.hops = list(p.hops)
                d.cue_lemma = p.cue_lemma


# what a source cites as its own source: a person, body or unnamed source ("sources in the police")
CITED_HEADS = {"source", "sources", "official", "officials", "resident", "residents", "witness", "witnesses"}


def _formula(toks: list) -> bool:
    """'My condolences to their families.', 'Eternal memory to the fallen.': a verbless formula of feeling or
    wish (its root a noun of ``formulaic_nouns``, no verb but in a clause under it) asserts nothing."""
    root = next((t for t in toks if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in ("NOUN", "PROPN") or root.lower_ not in FORMULAIC_NOUNS:
        return False
    return not any(c.pos_ in ("VERB", "AUX") for c in root.children)


def _fact_check(ctx: ArticleState, drafts: list[Draft]) -> None:
    """'Claim: A photo shows X.' then 'Verdict: FALSE.': the claim under check (without its label) is disputed
    by a false rating and confirmed by a true one; the rating line of the next three paragraphs decides."""
    for d in drafts:
        u = ctx.units[d.unit]
        ps = ctx.paras[u.para][0]
        lab = CLAIM_LABEL_RE.match(ctx.text, ps)
        if d.hops or d.quote or lab is None or d.start > lab.end() + 1 or d.end <= lab.end():
            continue
        d.start = max(d.start, lab.end())
        for a, _b in ctx.paras[u.para + 1 : u.para + 4]:
            vm = VERDICT_RE.match(ctx.text, a)
            if vm is None:
                continue
            rating = vm.group("rating").strip().lower()
            if rating in FACT_CHECK["false_ratings"]:
                d.rated = "false"
            elif rating in FACT_CHECK["true_ratings"]:
                d.rated = "true"
            break


def _witnessed(ctx: ArticleState, drafts: list[Draft]) -> None:
    """'Witnesses saw three burning trucks near the bridge': what people say they perceived first-hand is
    theirs; the object (with what follows it) is the claim and the perceivers are its source (a reporter or
    residents, never a camera or a radar)."""
    for d in drafts:
        if d.hops or d.quote or ctx.units[d.unit].headline:
            continue
        u = ctx.units[d.unit]
        span = [t for t in u.tokens if d.start <= ctx.tok_start(t) and ctx.tok_end(t) <= d.end]
        v = next((t for t in span if t.dep_ == "ROOT"), None)
        if v is None or v.lemma_.lower() not in WITNESS_VERBS or v.tag_ not in ("VBD", "VBZ", "VBP"):
            continue
        subj = next((c for c in v.children if c.dep_ == "nsubj" and c.i < v.i), None)
        obj = next((c for c in v.children if c.dep_ == "dobj" and c.i > v.i), None)
        if subj is None or obj is None or subj.pos_ not in ("NOUN", "PROPN"):
            continue
        if role_kind(subj.text) not in ("unnamed", "journalist") and subj.ent_type_ != "PERSON":
            continue
        start = ctx.tok_start(obj.left_edge)
        if not d.start < start < d.end:
            continue
        sid = source_from_np(ctx, subj, subj.left_edge.i, v.i, ctx.text[u.start : u.end])
        if sid is None:
            continue
        d.hops = [Hop(sid, Span(v.text, ctx.tok_start(v), ctx.tok_end(v)), "statement")]
        d.cue_lemma = v.lemma_.lower()
        d.start = start


def _reproduced_text(ctx: ArticleState, drafts: list[Draft]) -> None:
    """'The following is our translation of a Telegram post by X.' and the post after it: every claim of the
    reproduced text is X's (one hop, nearest last for claims the text itself attributes), from the paragraph
    after the introduction (past a rule line) to the rule line or note that closes it, else to the end."""
    assert ctx.book is not None, "the segment component makes the source book"
    for u in ctx.units:
        if u.headline or u.is_meta:
            continue
        m = REPRODUCED_RE.search(ctx.text, u.start, u.end)
        if m is None:
            continue
        by = next((t for t in u.tokens if ctx.tok_start(t) == m.end() - len(m.group().split()[-1]) - 1), None)
        by = by or next((t for t in u.tokens if ctx.tok_end(t) <= m.end() and t.lower_ in ("by", "from")), None)
        if by is None:
            continue
        pobj = next((c for c in by.children if c.dep_ == "pobj"), None)
        if pobj is None:
            continue
        hi_i = max(t.i for t in pobj.subtree) + 1
        sid = source_from_np(ctx, pobj, pobj.left_edge.i, hi_i, ctx.text[u.start : u.end])
        if sid is None:
            continue
        intro = ctx.text[m.start() : ctx.tok_end(by)]
        hop = Hop(
            sid,
            Span(m.group("noun"), m.start("noun"), m.end("noun")),
            "telegram" if "telegram" in intro.lower() else "statement",
        )
        first = u.para + 1
        while first < len(ctx.paras) and REPRODUCED_END_RE.match(ctx.text[slice(*ctx.paras[first])]):
            first += 1  # the rule line under the introduction
        last = first
        while last < len(ctx.paras) and not REPRODUCED_END_RE.match(ctx.text[slice(*ctx.paras[last])]):
            last += 1
        for d in drafts:
            if not first <= ctx.units[d.unit].para < last:
                continue
            if not d.hops:
                d.hops = [hop]
                d.cue_lemma = d.cue_lemma or "say"
            elif d.hops[-1].source != sid:
                d.hops = d.hops + [hop]
        return


def _same_source(ctx: ArticleState, a: str, b: str) -> bool:
    """Two source ids for one source before the late merges ('The outlet Astra' and 'Astra')."""
    if a == b:
        return True
    assert ctx.book is not None, "the segment component makes the source book"
    sa, sb = ctx.book.get(a), ctx.book.get(b)
    if sa is None or sb is None:
        return False
    wa, wb = (set(re.findall(r"[\w'-]+", x.name.lower())) - {"the", "a", "an"} for x in (sa, sb))
    return bool(wa and wb) and (wa <= wb or wb <= wa)


def _cited_origins(ctx: ArticleState, drafts: list[Draft]) -> list[Draft]:
    """'A fire broke out at the depot, the channel reported. It cited sources in the fire service.': a
    sentence of its own in which a source names whom it cites is no claim but the further hop of what that
    source said just before (the claims of the sentences before it in the paragraph or the one before)."""
    out = list(drafts)
    cited: list[tuple[Draft | None, Any, list[Hop], int]] = []
    for d in drafts:
        if d.cue_lemma != "cite" or len(d.hops) != 1 or d.quote:
            continue
        span = [t for t in ctx.units[d.unit].tokens if ctx.tok_start(t) >= d.start and ctx.tok_end(t) <= d.end]
        roots = [t for t in span if not (d.start <= ctx.tok_start(t.head) < d.end) or t.head is t]
        if len(roots) == 1:
            cited.append((d, roots[0], d.hops, d.unit))
    seen = {ctx.tok_start(h) for _, h, _, _ in cited}
    assert ctx.book is not None, "the segment component makes the source book"
    for ui, u in enumerate(ctx.units):
        for v in u.tokens:
            # 'Astra cited a source at the plant': the object of the verb when no content was read from it
            if v.lemma_.lower() != "cite" or v.dep_ != "ROOT" or u.headline:
                continue
            obj = next((c for c in v.children if c.dep_ == "dobj"), None)
            subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
            if (
                obj is None
                or subj is None
                or ctx.tok_start(obj) in seen
                or any(d.start <= ctx.tok_start(obj) < d.end for d in drafts)
            ):
                continue
            sid = ctx.book.mention(
                ctx.tok_start(subj.left_edge),
                ctx.tok_end(subj),
                head=subj,
                context=ctx.text[u.start : u.end],
                create=False,
            )
            if sid is not None:
                cited.append((None, obj, [Hop(sid, Span(v.text, ctx.tok_start(v), ctx.tok_end(v)), "statement")], ui))
    for found, head, hops, ui in cited:
        if head.pos_ not in ("NOUN", "PROPN"):
            continue
        u = ctx.units[ui]
        at = ctx.tok_start(head)
        span = sorted(head.subtree, key=lambda t: t.i)
        # '... a source at the plant': a phrase on the verb right after the object still says who it is
        span += [
            t
            for p in head.head.children
            if p.dep_ == "prep" and p.i == span[-1].i + 1 and p.lower_ in ("at", "in", "within", "from", "close")
            for t in sorted(p.subtree, key=lambda t: t.i)
        ]
        if not (
            head.lower_ in CITED_HEADS
            or head.lower_ in ROLE_NOUNS
            or head.lemma_.lower() in ROLE_NOUNS
            or head.ent_type_ in ("PERSON", "ORG")
        ):
            continue
        speaker = hops[0].source
        before = [
            o
            for o in drafts
            if o is not found
            and o.end <= at
            and o.hops
            and _same_source(ctx, o.hops[-1].source, speaker)
            and ui - 3 <= o.unit < ui
            and ctx.units[o.unit].para in (u.para, u.para - 1)
        ]
        if not before:
            continue
        sid = source_from_np(ctx, head, span[0].i, span[-1].i + 1, ctx.text[u.start : u.end])
        if sid is None or sid == speaker:
            continue
        for o in before:
            o.hops = o.hops + [Hop(sid, hops[0].cue, hops[0].channel)]
        if found is not None:
            out.remove(found)
    return out


def _apply_speech_acts(ctx: ArticleState, drafts: list[Draft]) -> None:
    """'X denied the claim on Sunday': the claim before it is disputed."""
    for v, hops in ctx.speech_acts:
        if v.lemma_.lower() not in DISPUTING_CUES:
            continue
        obj = next((c for c in v.children if c.dep_ == "dobj"), None)
        if obj is None or obj.lemma_.lower() not in ("claim", "report", "allegation", "assertion", "statement", "it"):
            continue
        at = ctx.tok_start(v)
        before = [
            d for d in drafts if d.end <= at and d.hops and not any(h.source == hops[0].source for h in d.hops if hops)
        ]
        if before:
            before.sort(key=lambda d: d.start)
            before[-1].disputed = True
