"""Chats copied into a project: who wrote each message.

A line of an exported group chat opens with a clock time (perhaps a date) and its sender:
"[07:52] dag ekholm: god morgon", "[09:51, 2021-03-22] Pirre H 🌻: ...", "11/03/2024, 07:52 -
saga l: ...". The sender is a person whatever the case and whatever the name means as a word
("dag", "stig", "can"); a single word in brackets after the name is where they work ("can ö
(navet)"). A sender that is a phone number is left to the phone pattern.

It also tells the lower-case rules where a word stands in a chat or a quoted message (a chat
line's message, its start, a quoted or bracketed sender, a signature), where a word that is a
name elsewhere in the project is meant as the name.
"""
from __future__ import annotations

import re

from . import context, lexicon, names
from .capitals import LABEL_WORDS, ROLE_LABELS, role_word
from .letters import LOW, UP, L
from .lower_case import written_in_lower_case
from .patterns import DISCORD_SENDER, HANDLE_SENDER
from .propagation import Coverage
from .suggestions import NAMES, PERSON, PROPAGATED, WORKPLACE, Suggestion

# the clock time (with a date before or after it) that opens a chat line, then the sender
_CHAT_SENDER = re.compile(
    r"(?m)^[ \t]*(?:\[?(?:\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4},?[ \t]+)?\d{1,2}[:.]\d{2}(?::\d{2})?"
    r"(?:,[ \t]*\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4})?\]?)[ \t]*(?:[-–][ \t]*)?"
    r"(?P<sender>[^\n:\[\]\"“”,.!?;]{1,40}?)[ \t]*:[ \t]")
_DATE = re.compile(r"\d[-/.]\d{1,2}[-/.]\d")
# a word of the sender's name: letters, perhaps a hyphen ("anna-karin")
_NAME_WORD = re.compile(rf"[{L}][{L}\-'’]*")
_WORKPLACE_IN_BRACKETS = re.compile(rf"\(([{LOW}][{L}\-]{{1,30}})\)")
# senders that are no one in particular
_NOT_PEOPLE = frozenset("""jag du admin system moderator ok okej meddelande närv frånv
agenda tema""".split())


def senders(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """The name of each chat line's sender (a person), and a workplace in brackets after it."""
    if ":" not in text:
        return []
    covered = Coverage(found)
    out = _posters(text, covered) if "—" in text else []
    if " /" in text:
        out += _slash_signatures(text, covered)
    for m in _CHAT_SENDER.finditer(text):
        start, end = m.span("sender")
        sender = m.group("sender")
        if any(c.isdigit() for c in sender):
            continue  # "+46 70 174 06 33": a phone number, the phone pattern's
        bracket = _WORKPLACE_IN_BRACKETS.search(sender)
        words = list(_NAME_WORD.finditer(text, start, start + bracket.start() if bracket
                                         else end))
        # the name: its words of two letters or more, up to an initial ("mire h", "can ö")
        name = []
        for w in words:
            if len(w.group(0)) < 2:
                break
            name.append(w)
        first = name[0].group(0) if name else ""
        if not name or len(words) > 4 or first.lower() in _NOT_PEOPLE or first in LABEL_WORDS \
                or first.lower() in ROLE_LABELS or role_word(first) \
                or (first.isupper() and len(first) <= 3) \
                or names.is_function_word(first) and len(name) == 1:
            continue  # "IP:", "Intervjuare:", "Mamma:": an interview's labels, not a chat's
        stamp = text[m.start():start]
        if lexicon.is_word(first.lower()) and names.lookup(first.capitalize()) is None \
                and "[" not in stamp and not _DATE.search(stamp):
            continue  # "10:45 Tillbaka:", "14.00 Närv:": a note's time and heading; but
            # "2021-03-01 08:05 - Lek 🌸:", "[07:52] dag:" are a chat's senders
        a, b = name[0].start(), name[-1].end()
        if not covered.covers(a):  # (a score that spreads a capitalised sender's name)
            out.append(Suggestion(a, b, PERSON, text[a:b], PROPAGATED, 0.75))
        if bracket is not None:
            s = start + bracket.start(1)
            e = start + bracket.end(1)
            if not covered.covers(s):
                out.append(Suggestion(s, e, WORKPLACE, text[s:e], PROPAGATED, 0.5))
    return out


# a pasted Discord chat: the poster's handle on a line of its own, a dash and when
# ("KubaLibre_PL — 16/10/2026 21:14", "sagalund.mp3 — 2026-10-23 21:05", "Lo — idag 19:02")
_POSTER = re.compile(r"(?m)^[ \t]*(?P<handle>[^\s—@][^\n—]{0,38}?)[ \t]+—[ \t]+(?:\d{1,4}[-/.]"
                     r"\d{1,2}[-/.]\d{1,4}|(?i:idag|igår|i dag|i går|today|yesterday))"
                     r"[^\n]{0,12}?\d{1,2}[:.]\d{2}[ \t]*$")
_BOTS = ("bot", "mee6", "dyno", "discord", "system")


def _posters(text: str, covered: Coverage) -> list[Suggestion]:
    """The handle over each post of a pasted Discord chat: its poster, a person (not a bot)."""
    out = []
    for m in _POSTER.finditer(text):
        handle = m.group("handle")
        if any(bot in handle.lower() for bot in _BOTS) or len(handle.split()) > 3 \
                or handle.lower() in _NOT_PEOPLE or handle in LABEL_WORDS \
                or names.is_function_word(handle.split()[0]):
            continue
        start, end = m.span("handle")
        if not (covered.covers(start) and covered.covers(end - 1)):
            out.append(Suggestion(start, end, PERSON, handle, PROPAGATED, 0.6))
    return out


# a chat message signed after a slash at its end: "hjälper gärna till 💪 /umpa", "/torre"
_SLASH_SIGNED = re.compile(rf"(?m)(?<=[^\d\s] )/(?P<name>[{LOW}][{L}]{{1,14}})[ \t]*$")
_PER_UNIT = frozenset("""år månad mån vecka v dag dygn h tim timme st styck person pers barn
elev elever familj termin läsår kg km mil mejl mvh hälsningar""".split())


def _slash_signatures(text: str, covered: Coverage) -> list[Suggestion]:
    """The writer's name after a slash that ends a timed chat's message: a person."""
    return [Suggestion(m.start("name"), m.end("name"), PERSON, m.group("name"), PROPAGATED, 0.5)
            for m in _SLASH_SIGNED.finditer(text)
            if m.group("name") not in _PER_UNIT and not covered.covers(m.start("name"))
            and chat_line(text, m.start())]


def untimed_senders(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """A chat pasted without clock times, its senders in lower case: in a run of such lines
    where two senders are people found already ('"zuza: ngn på glöden?', 'tor.l: ja jag o
    yigge'), the other senders are people too ("yigge: ja han lagar pizza"), unless a word, a
    numbered word ("talare12:") or a role."""
    lines = list(_UNTIMED_SENDER.finditer(text)) if ":" in text else []
    if len(lines) < 2:
        return []
    covered = Coverage(found)
    people = Coverage([s for s in found if s.type == PERSON])
    out: list[Suggestion] = []
    run: list[re.Match] = []
    for m in [*lines, None]:
        if m is not None and run and text.count("\n", run[-1].end(), m.start()) == 1:
            run.append(m)
            continue
        if len({r.group("sender") for r in run if people.covers(r.start("sender"))}) >= 2:
            for r in run:
                sender, start = r.group("sender"), r.start("sender")
                if " " in sender or not sender[:1].islower():
                    continue  # ("Máret J:", "hans g fyren:" keep the run going)
                if not covered.covers(start) \
                        and not lexicon.is_word(sender.rstrip("0123456789")) \
                        and sender not in ROLE_LABELS and not names.is_function_word(sender):
                    out.append(Suggestion(start, r.end("sender"), PERSON, sender,
                                          PROPAGATED, 0.5))
        run = [m] if m is not None else []
    return out


# a chat line without a clock time, its sender a word in lower case (a user name's dot too),
# or a display name of a few words ("Máret J:", "hans g fyren:")
_UNTIMED_SENDER = re.compile(rf"(?m)^[ \t]*[\"“”']?(?P<sender>[{LOW}][{L}\d_.]{{1,30}}"
                             rf"|[{L}][{L}\d_.]{{1,30}}(?: [{L}\d_.]{{1,20}}){{1,2}}):[ \t]")


# --- where a word stands in a chat or a quoted message ---------------------------------------

def message_start(text: str, pos: int) -> bool:
    """``pos`` opens a chat line's message (just after "sender: ")."""
    return text[pos - 2:pos] == ": "


# a chat or text message: "09:20 Ramona H: ...", "[21:15] Satu: ...", "frid: ..."
# (a clock time without seconds: "[00:07:20] R:" is a recording's timestamp, no chat, but in
# a speech-to-text file without capitals its turns are written as loosely as chat lines; a
# messaging app's export, with a date, is read by ``_CHAT_SENDER``)
# (a sender of up to three words: "[18:01] hatice (emres mamma): ")
_CHAT_HEAD = re.compile(rf"[ \t]*(?:\[?\d{{1,2}}[:.]\d{{2}}(?![:\d])\]?[ \t]+)?"
                        rf"[{L}\d_.]{{1,30}}(?:[ \t][{L}\d_.()]{{1,20}}){{0,2}}:[ \t]")
_TIMESTAMPED_TURN = re.compile(rf"[ \t]*\[?\d{{1,2}}[:.]\d{{2}}:\d{{2}}\]?[ \t]+"
                               rf"[{L}\d_.]{{1,30}}(?:[ \t][{L}\d_.()]{{1,20}})?:[ \t]")


_SENDER_THEN_TIME = re.compile(r"[ \t]*[^\s:\[\]]{2,30}[ \t]+\[\d{1,2}[:.]\d{2}\]:[ \t]")


def chat_line(text: str, pos: int) -> bool:
    """``pos`` is in the message of a chat line that starts with a clock time and a sender."""
    lo = max(0, pos - 300)  # a chat's message is short: no scan back over a whole text
    line_start = text.rfind("\n", lo, pos) + 1
    if line_start == 0 and lo > 0:
        return False
    m = _CHAT_HEAD.match(text, line_start)
    if m is None:  # "2021-03-01 08:06 - Lek 🌸: ", "[09:03, 2021-06-08] Dawit T: "
        m = _CHAT_SENDER.match(text, line_start)
        if m is not None and not _DATE.search(text, line_start, m.start("sender")):
            m = None
    if m is None and written_in_lower_case(text):
        m = _TIMESTAMPED_TURN.match(text, line_start)
    if m is None:  # "maks_kov09 [19:02]: yo turnering på fyren", a chat's sender, then the time
        m = _SENDER_THEN_TIME.match(text, line_start)
        return m is not None and m.end() <= pos
    return m is not None and m.end() <= pos \
        and text[line_start:m.end()].strip().lstrip("[")[:1].isdigit()


def sent_by_a_handle(text: str, pos: int) -> bool:
    """``pos`` is in a message whose line opens with a user name as its sender ("saga.lbb:
    ok", "matte_korre10: saga du e bäst"), as a group chat copied without times has it, or
    on the line after a Discord message's sender ("KackeTheGoat10 — Igår 21:14")."""
    lo = max(0, pos - 300)  # a message is short: no scan back over a whole text
    line_start = text.rfind("\n", lo, pos) + 1
    if line_start == 0 and lo > 0:
        return False
    m = HANDLE_SENDER.match(text, line_start)
    if m is not None:
        return m.end() <= pos
    return line_start >= 2 and DISCORD_SENDER.match(
        text, text.rfind("\n", 0, line_start - 1) + 1) is not None  # the line before



def quoted_message(text: str, pos: int) -> bool:
    """A quoted message opens with the word: "dille e du där", 'samme tog min plats'."""
    return text[pos - 1:pos] in ('"', "“", "”", "'", "‘") and (
        pos < 2 or not text[pos - 2].isalnum())


def signed(text: str, start: int, end: int) -> bool:
    """A message's writer: "mvh vilja", "kram frid", "hej rosita, vilja här från ...", "han e
    ledsen igen /bo"."""
    if context.word_before(text, start) in ("mvh", "hälsningar", "hälsning", "kram", "kramar"):
        return True
    if text[start - 2:start] in (" /", "\n/") and text[end:end + 1] in _MESSAGE_ENDS:
        return True  # a slash before the writer's name ends an sms or a note
    before = text[max(0, start - 20):start]
    return context.word_after(text, end) == "här" and (before.endswith(", ") or
                                                      not before.strip(" ”\"")[-1:].isalpha())


_MESSAGE_ENDS = frozenset(("", "\n", '"', "”", "'", "’", ")", "]"))
_SENDER_TAIL = re.compile(rf" [{LOW}]{{2,15}}:[ \t]")
# a message's date or time, then a dash: "11 jan. 2021 07:42 – ", "[14:05] - "
_STAMP_BEFORE = re.compile(r"[ \t\[\]\w.:/]*\d[\]]?[ \t]*[–\-][ \t]*")
_QUOTED_SENDER = re.compile(r"[\"“”'][^\s\"“”':]{1,30}: ")


def chat_label(text: str, start: int, end: int) -> bool:
    """The word labels a line in lower case, as a chat's sender ("frid: kommer ni?"), or a
    quoted chat message ('"maj: jag tar".')."""
    if text[end:end + 2] not in (": ", ":\t"):
        # a sender with a word after the name, after a message's time: "11 jan. 2021 07:42 –
        # klara skola: hej berivan!"
        if _SENDER_TAIL.match(text, end) is None:
            return False
        line_start = text.rfind("\n", max(0, start - 40), start) + 1
        return (line_start > 0 or start <= 40) \
            and _STAMP_BEFORE.fullmatch(text, line_start, start) is not None
    if quoted_message(text, start):
        return True
    if text[start - 3:start] == " / ":  # a quoted chat read out on one line: '"pim: kan nån
        lo = max(0, start - 400)  # ta dawit / tor: japp / sule: jag tar"'
        line_start = text.rfind("\n", lo, start) + 1
        return _QUOTED_SENDER.search(text, max(lo, line_start), start) is not None
    if text[start - 1:start] == "(" and text[end + 2:end + 3] in ('"', "“", "”", "'"):
        return True  # a quote's speaker in brackets: '(hope: "yes, morti's mum")'
    lo = max(0, start - 40)
    line_start = text.rfind("\n", lo, start) + 1
    return (line_start > 0 or lo == 0) and (
        not text[line_start:start].strip()
        or _STAMP_BEFORE.fullmatch(text, line_start, start) is not None)


def names_in_group_titles(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """The first names in a group chat's title, quoted after "heter": "en gruppchatt som
    heter "tuva juni luz 4ever"", "snapgruppen heter "glöden gänget 🔥 storm hevi juni""; a
    title of names makes a word-like one a name too ("juni", "storm"; not "alla tjejer")."""
    covered = Coverage(found)
    out = []
    for m in _GROUP_TITLE.finditer(text) if "heter" in text else ():
        for w in _NAME_WORD.finditer(text, m.start("title"), m.end("title")):
            word = w.group(0)
            if word.islower() and not text[w.start() - 1].isalnum() \
                    and not covered.covers(w.start()) \
                    and names.is_first_name_in_any_case(word) \
                    and not names.is_function_word(word):
                out.append(Suggestion(w.start(), w.end(), PERSON, word, PROPAGATED, 0.5))
    return out


# a group chat named in quotes: "gruppchatten heter "...", "en grupp på Snap som heter "...""
_GROUP_TITLE = re.compile(r"(?i:chatt|grupp|tråd)\w*[^\n\"“”]{0,30}? heter "
                          r"[\"“”](?P<title>[^\"“”\n]{3,80})[\"“”]")


# a meeting tool's speaker label on a line of its own: two or three capitalised words (the
# surname first with a comma, or not) and the time into the meeting, or the line that starts
# the transcription ("Rönnholm, Dag   0:00:19", "Ek Gunnel   0:04", "Nyhammar, Petra started
# transcription")
_MEETING_LABEL = re.compile(
    rf"(?m)^[ \t]*(?P<name>[{UP}][{L}\-]+,? [{UP}][{L}\-]+(?: [{UP}][{L}\-]+)?)"
    r"(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?|[ \t]+(?:started|stopped|startade|stoppade) "
    r"(?:transcription|transkriberingen)|[ \t]+(?:anslöt till|lämnade|joined|left) "
    r"(?:mötet|the meeting)(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?)[ \t]*$")


def meeting_transcript(text: str) -> bool:
    """A meeting tool's transcript: turns labelled "Efternamn, Förnamn   0:04"."""
    return ":" in text and _MEETING_LABEL.search(text) is not None


def meeting_speakers(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """The speaker of each turn of a meeting tool's transcript, by a label that holds a
    listed first name: the whole label is the person, the surname too, whatever it means as a
    word ("Rönnholm, Dag", "Storm, Klara")."""
    if ":" not in text:
        return []
    covered = Coverage(found)
    not_people = Coverage([s for s in found if s.type != PERSON])
    out = []
    for m in _MEETING_LABEL.finditer(text):
        words = re.findall(rf"[{L}\-]+", m.group("name"))
        if not any(names.is_first_name_in_any_case(w) for w in words) \
                or any(lexicon.is_generic(w) or w.lower() in ROLE_LABELS for w in words):
            continue  # ("Rektor Skola   0:04", "Teams Möte")
        start, end = m.start("name"), m.end("name")
        if any(not_people.covers(i) for i in range(start, end)):
            # a surname that is a town too ("Aydın, Nilüfer   0:00:55"): the speaker
            out.append(Suggestion(start, end, PERSON, m.group("name"), NAMES, 0.95))
        elif not (covered.covers(start) and covered.covers(end - 1)):
            out.append(Suggestion(start, end, PERSON, m.group("name"), PROPAGATED, 0.8))
    return out


# a group chat's title in quotes: 'gruppchatten "fyren tjejer 💜"', 'Gruppnamn: "navet crew"',
# 'en grupp som heter "ankaret 🔥"'
_TITLE_BEFORE = re.compile(r"(?i:chatt|grupp|tråd)\w*(?:[^\n\"“”]{0,30}? heter|:)? ?[\"“”]"
                           r"[^\"“”\n]{0,60}$")


def in_group_title(text: str, pos: int) -> bool:
    """``pos`` inside a group chat's quoted title."""
    return _TITLE_BEFORE.search(text, max(0, pos - 100), pos) is not None
