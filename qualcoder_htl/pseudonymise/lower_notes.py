"""Names in lower case found by what they are and where they stand: a listed name that no
Swedish text uses as a word (``lower_listed_names``), whatever follows a verb of naming
(``named_lower_case``), a note's bullet labels (``bullet_labels``) and the places, schools and
workplaces a note names in lower case (``lower_places_in_notes``). A name seen with a capital
elsewhere is ``lower_propagation``'s."""
from __future__ import annotations

import re
from functools import lru_cache

from . import context, english, frequency, lexicon, names
from .letters import LOW, L
from .lower_case import written_in_lower_case
from .lower_propagation import LOWER_PLAIN, on_a_bullet
from .propagation import Coverage, per_forms
from .scanning import near
from .suggestions import NAMES, PERSON, PLACE, PROPAGATED, SCHOOL, WORKPLACE, Suggestion


@lru_cache(maxsize=1)
def listed_lower_names() -> frozenset[str]:
    """Listed first names and surnames, in lower case, that no Swedish text uses as words:
    found even when a transcriber wrote them in lower case and never with a capital.

    How often a name occurs in Swedish text says nothing here ("anna", "erik" and "mohammed"
    are frequent because they are names); being an ordinary Swedish word does, and so does
    being a common English word that is no Swedish name ("will", "hope", "grace")."""
    out = set()
    swedish = names.first_names_female() | names.first_names_male() | names.surnames()
    first = names.first_names_all()
    for name in first | names.surnames_all():
        low = name.lower()
        if len(low) < 3 or name in names.stop_list() or lexicon.is_word(low):
            continue
        if lexicon.is_compound_word(low) and not (
                name in swedish and frequency.zipf_sv(low) < 4.0 and len(low) >= 7
                or name in first and frequency.zipf_sv(low) < 2.0 and len(low) >= 6):
            continue  # a compound of words; but "margareta" is no "marg" + "areta", and
            # "chiamaka", "katarina", "krystyna" are first names no text uses as a word
        if len(low) == 3 and (name not in swedish or frequency.zipf_en(low) >= 3.0):
            continue  # "ulf", "åsa", "ove"; not "ica", "una", "uno" (a shop, Spanish, a game)
        if frequency.zipf_en(low) >= 3.5 and name not in swedish:
            continue
        out.add(low)
    return frozenset(out)


def lower_listed_names(text: str, found: list[Suggestion]) -> list[Suggestion]:
    listed = listed_lower_names()
    # the text's distinct lower-case words (found in C), the few that are listed names kept,
    # then only those looked for: a Python step per token was most of this pass's time
    wanted = set()
    for word in set(LOWER_TOKEN.findall(text)):
        head = word.split("-")[0]  # "arslan-familjen"
        base = head[:-1] if head.endswith("s") and head[:-1] in listed else head
        if base not in listed or base in context.KIN_AND_TITLES:
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
                                          and english.english_around(text, m.start(), m.end())):
            continue  # "taras said ok": English
        out.append(Suggestion(m.start(), m.end(), PERSON, word, NAMES, 0.4))
    return out


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
_NAMED_VERB = re.compile(r"(?i:heter|hette|hetat|kallas|kallades|döptes)")  # for ``near``
_NOT_NAMES = frozenset("""som ju väl inte också bara just nog något någon det den detsamma
samma så ingenting inget ingen likadant egentligen faktiskt alltså typ liksom""".split())


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
_BULLET_LABEL = re.compile(rf"(?m)(?:^[ \t]*[-–•*][ \t]*|(?<=[a-zåäö)\]]\. ))"
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
    notes write in lower case where someone is or goes: "yonas på gläntan ibland", "50/50
    skolan/ankaret". In ordinary prose "på fyren" may be the lighthouse; in notes (an item of
    a list, or a text without capitals) it is the place the project names."""
    places = _noun_places(forms)
    if not places:
        return []
    present = set(LOWER_PLAIN.findall(text)) & places.keys()
    if not present:
        return []
    covered = Coverage(found)
    lower_text = written_in_lower_case(text)
    finder = re.compile(rf"(?<![{L}])(?:{'|'.join(map(re.escape, sorted(present)))})"
                        rf"(?![{L}\d@])")
    out = []
    for m in finder.finditer(text):
        if covered.covers(m.start()) or not (lower_text or on_a_bullet(text, m.start())):
            continue
        if context.word_before(text, m.start()) in _AT_A_PLACE \
                or text[m.start() - 1:m.start()] == "/" \
                or text[m.start() - 1:m.start()] == "(" and text[m.end():m.end() + 1] == ")":
            # ... "fika m shirin (ankaret)": the place someone is from, in brackets
            out.append(Suggestion(m.start(), m.end(), places[m.group(0)], m.group(0),
                                  PROPAGATED, 0.5))
    return out


_AT_A_PLACE = frozenset("på vid till från hos mot".split())  # (not "i": "skriv in i nyckeln")


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
