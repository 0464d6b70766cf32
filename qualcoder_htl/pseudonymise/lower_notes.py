"""Names in lower case found by what they are and where they stand: a listed name that no
Swedish text uses as a word (``lower_listed_names``), whatever follows a verb of naming
(``named_lower_case``), a note's bullet labels (``bullet_labels``), the places, schools and
workplaces a note names in lower case (``lower_places_in_notes``, ``lower_institutions``) and
its streets (``lower_streets``). A name seen with a capital elsewhere is
``lower_propagation``'s."""
from __future__ import annotations

import re
from functools import lru_cache

from . import chats, context, english, frequency, lexicon, names, scanning, word_uses
from .letters import LOW, UP, L, contains_word, lower_words
from .lower_case import unknown_word, written_in_lower_case
from .lower_forms import UNCOMPOUNDED_SURNAME_ENDINGS
from .lower_propagation import on_a_bullet
from .propagation import Coverage, per_forms
from .scanning import Words, near
from .suggestions import (
    ADDRESS,
    NAMES,
    PERSON,
    PLACE,
    PROPAGATED,
    SCHOOL,
    WORKPLACE,
    Suggestion,
)
from .typing_rules import BALKAN_SURNAME_ENDINGS, a_school_noun


@lru_cache(maxsize=1)
def _listed_by_lower_case() -> dict[str, tuple[str, ...]]:
    """Every listed first name and surname under its lower-case form."""
    out: dict[str, list[str]] = {}
    for name in names.first_names_all() | names.surnames_all():
        out.setdefault(name.lower(), []).append(name)
    return {low: tuple(listed) for low, listed in out.items()}


@lru_cache(maxsize=65536)  # a word's own property: asked again and again
def is_listed_lower_name(low: str) -> bool:
    """Is ``low`` a listed first name or surname, in lower case, that no Swedish text uses as
    a word: found even when a transcriber wrote it in lower case and never with a capital.

    How often a name occurs in Swedish text says nothing here ("anna", "erik" and "mohammed"
    are frequent because they are names); being an ordinary Swedish word does, and so does
    being a common English word that is no Swedish name ("will", "hope", "grace")."""
    listed = _listed_by_lower_case().get(low)
    if not listed or len(low) < 3 or lexicon.is_word(low):
        return False
    swedish, first = _swedish_and_first_names()
    for name in listed:
        if name in names.stop_list():
            continue
        if lexicon.is_compound_word(low) and not (
                name in swedish and frequency.zipf_sv(low) < 4.3 and len(low) >= 7
                or name in first and frequency.zipf_sv(low) < 2.0 and len(low) >= 6
                or low.endswith(UNCOMPOUNDED_SURNAME_ENDINGS) and len(low) >= 7):
            continue  # a compound of words; but "margareta" is no "marg" + "areta",
            # "chiamaka", "katarina", "krystyna" are first names no text uses as a word, and
            # "lindgren", "andersson" surnames of a shape no word has
        if len(low) == 3 and (name not in swedish or frequency.zipf_en(low) >= 3.0):
            continue  # "ulf", "åsa", "ove"; not "ica", "una", "uno" (a shop, Spanish, a game)
        if frequency.zipf_en(low) >= 3.5 and name not in swedish:
            continue
        return True
    return False


@lru_cache(maxsize=1)
def _swedish_and_first_names() -> tuple[frozenset[str], frozenset[str]]:
    return (names.first_names_female() | names.first_names_male() | names.surnames(),
            names.first_names_all())


def load() -> None:
    """Index the lists by lower case now (detection does it on first use)."""
    _listed_by_lower_case()


def lower_listed_names(text: str, found: list[Suggestion]) -> list[Suggestion]:
    # the text's distinct lower-case words (found in C), the few that are listed names kept,
    # then only those looked for: a Python step per token was most of this pass's time
    wanted = set()
    for word in set(LOWER_TOKEN.findall(text)):
        head = word.split("-")[0]  # "arslan-familjen"
        base = head[:-1] if head.endswith("s") and is_listed_lower_name(head[:-1]) else head
        if not (is_listed_lower_name(base) or _slavic_surname(base)) \
                or base in context.KIN_AND_TITLES:
            continue  # "abba Tesfamichael": the priest's title, not the name Abba
        if base != head and (lexicon.is_word(head) or names.is_function_word(head)):
            continue  # "annars" is a word, not the genitive of a name "Annar"
        wanted.add(word)
    if not wanted:
        return []
    covered = Coverage(found)
    out = []
    finder = re.compile("|".join(sorted(map(re.escape, wanted), key=len, reverse=True)))
    for hit in finder.finditer(text):
        m = LOWER_TOKEN.match(text, hit.start())
        if m is None or m.group(0) not in wanted:
            continue  # inside a longer word
        word = m.group(0)
        if covered.covers(m.start()) or (frequency.zipf_en(word) >= 3.0
                                          and english.english_around(text, m.start(), m.end())) \
                or word_uses.greeted(text, m.start(), m.end()) \
                or word_uses.idiom(text, m.start(), m.end()) \
                or word.startswith(word_uses.FEASTS) and word_uses.celebrated(text, m.start()):
            continue  # "taras said ok": English; 'säger "selam"': a greeting; "firade newroz"
        out.append(Suggestion(m.start(), m.end(), PERSON, word, NAMES, 0.4))
    return out


def _slavic_surname(low: str) -> bool:
    """A surname of the Balkans in lower case that no list holds ("ahmetovic")."""
    return len(low) >= 7 and low.endswith(BALKAN_SURNAME_ENDINGS) and not lexicon.is_word(low)


LOWER_TOKEN = re.compile(rf"(?<![{L}\d@./\-])[{LOW}][{L}]{{2,}}(?:-[{L}]+)*(?![{L}\d@])")


# "hon heter nhung", "han hette liv": whatever follows a verb of naming is a name, in any case
_NAMED = re.compile(rf"(?<![{L}])(?:(?:jag|du|han|hon|hen|barnet|pojken|flickan|killen|tjejen|"
                    rf"sonen|dottern|mamman|pappan|kompisen|läraren|kuratorn|rektorn|"
                    rf"tränaren|ledaren|grannen|kusinen|fröken|frökens|son|dotter|bror|"
                    rf"syster|kusin|mentor|mentorn|barnen|de|dom|tvillingarna|"
                    rf"lillebror|lillasyster|storebror|storasyster|bebisen)|(?:ett\s+barn|"
                    rf"(?:en|min|din|hans|hennes|sin|vår|deras)\s+(?:kille|tjej|pojke|flicka|"
                    rf"elev|unge|son|dotter|bästis|kompis|vän|väninna|granne|kusin|bror|"
                    rf"syster|kollega|lärare|kurator|tränare))\s+som)\s+"
                    rf"(?:heter|hette|hetat|kallas|kallades|döptes\s+till)\s+"
                    rf"(?P<name>[{LOW}][{L}]+(?:-[{L}]+)?)(?![{L}\d@])", re.IGNORECASE)
_NAMED_VERB = Words("heter", "hette", "hetat", "kallas", "kallades", "döptes")  # for ``near``
_NOT_NAMES = frozenset("""som ju väl inte också bara just nog något någon det den detsamma
samma så ingenting inget ingen likadant egentligen faktiskt alltså typ liksom verkligen
numera fortfarande förresten officiellt tydligen visst""".split())


def named_lower_case(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """A lower-case word after someone "heter" or "kallas" ("hon heter nhung", "pojken
    hette liv"): a name. After a thing ("Metoden heter trappan") it may be a programme."""
    covered = Coverage(found)
    out = []
    for m in near(_NAMED_VERB, _NAMED, text, before=60, after=40):
        spans = [(m.start("name"), m.end("name"))]
        pos = m.end("name")
        while (more := _NAMED_MORE.match(text, pos)) is not None:  # "heter Gift, Hoa och Kaj"
            item = more.group("name")
            if not item[:1].isupper() and lexicon.is_word(item.lower()):
                break  # "hon heter nhung och är sju": the sentence goes on
            spans.append((more.start("name"), more.end("name")))
            pos = more.end("name")
        for start, end in spans:
            word = text[start:end]
            if word.lower() in _NOT_NAMES or names.is_function_word(word) \
                    or covered.covers(start):
                continue
            # a capitalised name after "heter" spreads through the project ("Bank")
            score = 0.6 if word[:1].isupper() else 0.5
            out.append(Suggestion(start, end, PERSON, word, NAMES, score))
    return out


_NAMED_MORE = re.compile(rf"(?:,\s*|\s+och\s+)(?P<name>[{L}][{L}\-]*)(?![{L}\d@])")


# "- ayan + lärka: moskén fre", "• linnea: ros-kursen": who does what in a note's to-do list
# ... or after a sentence of the note: 'azad äter inte. stig: känd sen tidigare'
_BULLET_LABEL = re.compile(rf"(?m)(?:^[ \t]*[-–•*][ \t]*|(?<=[{LOW})\]]\. ))"
                           rf"(?P<who>[{LOW}][{L}\-]*(?:[ \t]*[+/&,][ \t]*"
                           rf"[{LOW}][{L}\-]*)*)[ \t]*:[ \t]")
_LABEL_PART = re.compile(rf"[{LOW}][{L}\-]*")


@per_forms
def _people_lower(forms: dict[str, str]) -> frozenset[str]:
    return frozenset(form.lower() for form, typ in forms.items() if typ == PERSON)


def bullet_labels(text: str, found: list[Suggestion], forms: dict[str, str]) -> list[Suggestion]:
    """Lower-case names that label the items of a note's list: a listed first name, or a name
    the text (or the project) has with a capital, even one that is also a word ("lärka")."""
    covered = Coverage(found)
    out = []
    for m in _BULLET_LABEL.finditer(text):
        for part in _LABEL_PART.finditer(text, m.start("who"), m.end("who")):
            word = part.group(0)
            hit = names.lookup(word.capitalize())
            if covered.covers(part.start()) or names.is_function_word(word):
                continue
            if word in _people_lower(forms) or (hit is not None and hit.kind == "first"):
                out.append(Suggestion(part.start(), part.end(), PERSON, word, PROPAGATED, 0.5))
    return out


def lower_places_in_notes(text: str, found: list[Suggestion], forms: dict[str, str]
                          ) -> list[Suggestion]:
    """A youth centre, school or area named by a noun ("Gläntan", "Fyren", "Ankaret") that
    notes write in lower case: "yonas på gläntan ibland", "50/50 skolan/ankaret", "navet
    öppnar 12". In ordinary prose "fyren" may be the lighthouse; in notes (an item of a list,
    or a text without capitals), chats and their titles it is the place the project names."""
    places = _noun_places(forms)
    if not places:
        return []
    present = lower_words(text) & places.keys()
    if not present:
        return []
    covered = Coverage(found)
    lower_text = written_in_lower_case(text)
    meeting = chats.meeting_transcript(text)  # (once per text, not once per word)
    finder = re.compile(rf"(?<![{L}])(?:{'|'.join(map(re.escape, sorted(present)))})"
                        rf"(?![{L}\d@])")
    out = []
    for m in finder.finditer(text):
        if covered.covers(m.start()):
            continue
        titled = chats.in_group_title(text, m.start())
        before = context.word_before(text, m.start())
        if not (lower_text or titled or on_a_bullet(text, m.start())
                or chats.chat_line(text, m.start()) or chats.quoted_message(text, m.start())
                or _handles_message(text, m.start())
                or before in _AT_A_PLACE and meeting
                and frequency.zipf_sv(m.group(0)) < 3.5
                or before in ("på", "från") and contains_word(text, m.group(0).capitalize())):
            continue  # (a chat's message is written as notes are: "e ni på glöden ikväll";
            # a recogniser writes the place so in a meeting's transcript: "jag var på fyren";
            # a transcript that writes "Fyren" elsewhere: "jag var på fyren"; not "vid fyren
            # på udden", "ut till fyren", the lighthouse)
        if before in _AT_A_PLACE or titled \
                or before not in _NOT_THE_PLACE and frequency.zipf_sv(m.group(0)) < 3.9 \
                or text[m.start() - 1:m.start()] == "/" \
                or text[m.start() - 1:m.start()] == "(" and text[m.end():m.end() + 1] == ")":
            # ... "fika m shirin (ankaret)": the place someone is from, in brackets
            out.append(Suggestion(m.start(), m.end(), places[m.group(0)], m.group(0),
                                  PROPAGATED, 0.5))
    return out


_AT_A_PLACE = frozenset("på vid till från hos mot".split())  # (not "i": "skriv in i nyckeln")
# an article, an adjective or a preposition of position before the noun: the thing itself
# ("den nya fyren", "bakom ugnen"), where notes name the place bare ("lokal fyren?", "tis
# famcentralen + fyren", "navet öppnar 12"); not a common noun bare ("nyckeln", "bron")
_NOT_THE_PLACE = frozenset("""en ett den det nya gamla stora lilla i bakom under över som
varje hela typ""".split())
# a line of a chat copied without times: a lower-case handle, then the message
_HANDLE_LINE = re.compile(rf"[ \t]*[\"“]?[{LOW}][\w.\-]{{1,29}}:[ \t]")


def _handles_message(text: str, pos: int) -> bool:
    """``pos`` in the message of a chat line copied without its time ("t0r_malm: e ni på
    glöden ikväll")."""
    line = text.rfind("\n", 0, pos) + 1
    m = _HANDLE_LINE.match(text, line)
    return m is not None and m.end() <= pos


@per_forms
def _noun_places(forms: dict[str, str]) -> dict[str, str]:
    """{lower-case form: type} of the project's one-word workplaces, schools and areas named
    by a definite noun (what ``lower_case`` leaves, the form being an ordinary word)."""
    out = {}
    for form, typ in forms.items():
        low = form.lower()
        if typ in (WORKPLACE, SCHOOL, PLACE) and " " not in form and form[:1].isupper() \
                and len(low) >= 4 and low.endswith(("n", "et")) \
                and lexicon.is_word(low) and not names.is_function_word(form):
            out[low] = typ
    return out


def lower_streets(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """A street found with a capital ("Skeppargatan 12", "på Kaptensgatan"), written in lower
    case elsewhere in the text, or cut short in notes ("skeppargatan → strandtorp", "en lgh på
    kaptensg", "fam. på tackjärnsv."): the same street."""
    forms: set[str] = set()
    for s in found:
        if s.type == ADDRESS:
            word = s.text.split()[0].rstrip(",")
            m = _STREET_WORD.fullmatch(word)
            if m is not None:
                low = word.lower()
                forms.add(low)
                forms.add(low[:m.start("suffix")] + m.group("suffix")[0].lower())
    forms = {f for f in forms if len(f) >= 6 and f in text}
    if not forms:
        return []
    covered = Coverage(found)
    alternation = "|".join(map(re.escape, sorted(forms, key=len, reverse=True)))
    finder = re.compile(rf"(?<![{L}\d@\-])(?:{alternation})s?(?![{L}\d@\-])")
    return [Suggestion(m.start(), m.end(), ADDRESS, m.group(0), PROPAGATED, 0.5)
            for m in finder.finditer(text) if not covered.covers(m.start())]


# a street's name: a capitalised compound ending in a street word
_STREET_WORD = re.compile(rf"[{UP}][{LOW}]{{2,30}}(?P<suffix>gatan|vägen|stigen|gränd|gränden"
                          rf"|allén)")


def lower_institutions(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """Schools, churches, streets and named places written in lower case, as in notes and
    speech-to-text: a compound no lexicon knows ending like a school or a church
    ("hägerdalsskolan", "hägerdalskyrkan"), a street with a number ("hägerdalsgatan 7 lgh
    1102", "tranvägen 9"), and a word after an institution noun ("förskolan humlan", "café
    syrenen", "föreningen bro")."""
    covered = Coverage(found)
    out = []
    for m in scanning.near(_INSTITUTION_ANCHOR, _LOWER_INSTITUTION, text, before=40, after=8):
        word = m.group(0)
        if covered.covers(m.start()) or lexicon.is_word(word) or frequency.zipf_sv(word) > 0 \
                or lexicon.is_generic(word.capitalize()) \
                or word.startswith(_GENERIC_SCHOOL_KINDS):
            continue  # "hägerdalsskolan" (a compound to the splitter: "häger" + "dal"), not
            # "grundskolan", "ridskolan" or "pingstkyrkan"
        typ = SCHOOL if a_school_noun(m.group("kind")) else WORKPLACE
        out.append(Suggestion(m.start(), m.end(), typ, word, PROPAGATED, 0.5))
    for m in scanning.near(_STREET_ANCHOR, _LOWER_STREET, text, before=45, after=20):
        if not covered.covers(m.start()):
            out.append(Suggestion(m.start(), m.end(), ADDRESS, m.group(0), PROPAGATED, 0.6))
    for m in _LOWER_AFTER_INSTITUTION.finditer(text):
        word = m.group("name")
        if covered.covers(m.start("name")) or names.is_function_word(word) \
                or word in context.VERBS or len(word) < 3:
            continue
        if not (word.endswith(("en", "et", "an")) or unknown_word(word)):
            continue  # "förskolan humlan", "föreningen bro"; not "förskolan stänger"
        typ = SCHOOL if m.group("noun").startswith("försko") else WORKPLACE
        out.append(Suggestion(m.start("name"), m.end("name"), typ, word, PROPAGATED, 0.5))
    for m in scanning.near(_NOUN_ANCHOR, _LOWER_BEFORE_INSTITUTION, text, before=30, after=16):
        # "humlan förskolan", "bro föreningen"
        word = m.group("name")
        if covered.covers(m.start("name")) or names.is_function_word(word) \
                or word in context.ARTICLES or len(word) < 3 \
                or not (word.endswith(("en", "an", "et")) or unknown_word(word)):
            continue
        typ = SCHOOL if m.group("noun").startswith("försko") else WORKPLACE
        out.append(Suggestion(m.start("name"), m.end("name"), typ, word, PROPAGATED, 0.5))
    for m in scanning.near(_TRADE_ANCHOR, _LOWER_FIRM_OR_CLUB, text, before=25, after=10):
        # "baraka livs", "hägerdals bk"
        name = m.group("name")
        if covered.covers(m.start() + len(name) + 1) or names.is_function_word(name) \
                or lexicon.is_word(name) or frequency.zipf_sv(name) >= 1.0:
            continue
        out.append(Suggestion(m.start(), m.end(), WORKPLACE, m.group(0), PROPAGATED, 0.5))
    for m in _LOWER_CLEFT.finditer(text):  # "det var koffi som fixade det"
        word = m.group("name")
        if not covered.covers(m.start("name")) and (
                unknown_word(word)
                or names.is_listed_person(word.capitalize(), ("first",))):
            out.append(Suggestion(m.start("name"), m.end("name"), PERSON, word, PROPAGATED,
                                  0.5))
    return out


_GENERIC_SCHOOL_KINDS = ("grund", "hög", "kultur", "för", "folkhög", "sär", "gymnasie", "musik",
                         "sim", "läx", "sommar", "språk", "fri", "by", "mellan", "rid", "dans",
                         "trafik", "bil", "flyg", "kör", "mat", "söndags", "pingst", "stats",
                         "frikyrk", "moder", "kommun", "sfi", "vux", "equmenia", "svenska")
_INSTITUTION_ANCHOR = re.compile(r"skolan|kyrkan")
_STREET_ANCHOR = re.compile(r"(?:vägen|gatan|stigen|gränd|allén|torget|backen) \d")
_NOUN_ANCHOR = re.compile(r" (?:förskolan|föreningen|fritidsgården)")
_TRADE_ANCHOR = re.compile(r" (?:livs|bygg|åkeri|bageri|däck|kiosk|pizzeria|städ|bk|if|ik|ff|fk"
                           r"|sk)\b")
_LOWER_INSTITUTION = re.compile(rf"(?<![{L}\d@.\-])[{LOW}][{L}]{{3,30}}"
                                rf"(?P<kind>skolan|skolans|kyrkan|kyrkans)(?![{L}\d@\-])")
_LOWER_STREET = re.compile(rf"(?<![{L}\d@.\-])[{LOW}][{L}\-]{{2,40}}"
                           rf"(?:vägen|gatan|stigen|gränd|gränden|allén|torget|backen)"
                           rf" \d{{1,4}}(?: ?[a-hA-H])?(?![\d{L}])(?:,? lgh \d{{3,4}})?"
                           # and its postcode and town: "kvarnlidsvägen 7 B, 923 34 ulvsele"
                           rf"(?:,? \d{{3}} ?\d{{2}} [{LOW}][{L}\-]{{2,30}}(?![{L}]))?")
_LOWER_BEFORE_INSTITUTION = re.compile(
    rf"(?<![{L}\d@.\-])(?P<name>[{LOW}][{L}\-]+) (?P<noun>förskolan|föreningen|fritidsgården)"
    rf"(?![{L}])")
_LOWER_FIRM_OR_CLUB = re.compile(rf"(?<![{L}\d@.\-])(?P<name>[{LOW}][{L}]{{2,20}}) "
                                 rf"(?:livs|bygg|åkeri|bageri|däck|kiosk|pizzeria|städ|bk|if|ik"
                                 rf"|ff|fk|sk)(?![{L}\d])")
_LOWER_CLEFT = re.compile(rf"(?<![{L}])det (?:var|är) (?P<name>[{LOW}][{L}]{{2,20}}) som"
                          rf" (?!är\b|var\b)")
_LOWER_AFTER_INSTITUTION = re.compile(
    rf"(?<![{L}])(?P<noun>café|kafé|caféet|restaurang|pizzeria|förskolan|föreningen|"
    rf"fritidsgården|ungdomsgården|moskén|församlingen) (?P<name>[{LOW}][{L}\-]+)(?![{L}\d@])")
