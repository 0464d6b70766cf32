"""Ages: a number said of a person ("hon är sju", "Ali (9)", "en pojke på sexton"), in a
round of names and ages ("Berfîn. Med i-hatt. (skratt) Fjorton."), in a list of people
("Miko (Mikołaj Wróbel), 14, åk 7"), as a fraction ("nio och ett halvt") or as an "-åring";
not a time spent ("i tre år", "tre rektorer på två år") nor a count. ``find_ages`` yields
``Suggestion``s with source ``pattern``; ``patterns.find_all`` runs it with the other shapes,
and ``people_ages`` finds the ages of the people the other rules found."""
from __future__ import annotations

import re
from collections.abc import Iterator

from . import lexicon, names
from .calendar_words import MONTHS
from .letters import LOW, UP, L, contains_word  # noqa: F401  (letters of every script)
from .scanning import Words, first_letters, near
from .suggestions import AGE, PATTERN, Suggestion

_UNITS = ("ett", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio")
NUMBER_WORDS = ("ett", "en", "ettårs", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio",
                "tio", "elva", "tolv", "tretton", "fjorton", "femton", "sexton", "sjutton",
                "arton", "nitton")
_TENS = ("tjugo", "trettio", "fyrtio", "femtio", "sextio", "sjuttio", "åttio", "nittio")
NUMWORD = (rf"(?:(?:{'|'.join(_TENS)})(?:{'|'.join(_UNITS)})?|{'|'.join(NUMBER_WORDS)}|hundra)")
_NUM = rf"(?:\d{{1,3}}|{NUMWORD})"
_A_NUMBER_WORD = re.compile(NUMWORD, re.IGNORECASE)


def is_number_word(word: str) -> bool:
    """"Fjorton", "tjugotre", "hundra": a number said in words."""
    return _A_NUMBER_WORD.fullmatch(word) is not None

# "(elva månader)", "gammal, sjuttio": a baby's months, an age after "gammal"
_AGE_MONTHS = re.compile(rf"\((?P<n>{_NUM} månader)\)|(?i:gammal), (?P<m>{_NUM})(?![\w\-])")
# "lilla Nasteexo, hon är sju månader", "bebisen var bara fem månader": a baby's age (after
# someone, and not "för tre månader sedan")
_AGE_IN_MONTHS = first_letters("[äÄvVbBfF]", re.compile(
    rf"(?<![\w])(?:är|var|blir|blev|fyller|fyllde)(?: (?:bara|nästan|snart|typ|ju))?"
    rf" (?P<n>{_NUM} månader)(?![\w])(?! (?:sen|sedan|till|kvar)\b)", re.IGNORECASE))
_AGE_YEARS = re.compile(rf"(?<![\w\-])(?P<n>{_NUM})(?:,5)?\s(?:och\s(?:ett\s)?halvt\s)?år"
                        rf"(?P<gammal>\sgammal|\sgamla|\sgammalt"
                        rf"|\soch\s{_NUM}\smånader?(?:\sgammal|\sgamla|\sgammalt)?)?(?![\w])",
                        re.IGNORECASE)
_AGE_ARING = re.compile(rf"(?<![\w\-])(?:\d{{1,3}}[-:]?|{NUMWORD}|{NUMWORD}-)"
                        rf"åri(?:ng|ngen|ngar|ngarna|ngens|g|ga|ge)(?![\w])", re.IGNORECASE)
_AGE_BARE = first_letters("[äÄvVbBfFsSeE]", re.compile(
    rf"(?<![\w])(?P<verb>är|var|blir|blev|fyller|fyllde|fyllt|fylla|snart|e)"
    rf"(?:\s(?:ju|bara|typ|snart|väl|nästan|redan|nu|då|kanske|ungefär|runt|sådär))*"
    rf"\s(?P<n>{_NUM}(?:\soch\s(?:ett\s)?halvt)?)(?![\w\-])", re.IGNORECASE))
# the verb before its subject after an adverb: "Nu är jag 36.", "Själv är jag 61 och går i
# pension", "Då var hon bara sju" (not "Då var jag två år i Turkiet": a time spent)
_AGE_INVERTED = first_letters("[äÄvVbBfF]", re.compile(
    rf"(?<![\w])(?P<verb>är|var|blir|blev|fyller|fyllde)\s(?:jag|du|han|hon|hen)"
    rf"(?:\s(?:ju|bara|typ|snart|väl|nästan|redan|nu|då|ungefär))*"
    rf"\s(?P<n>{_NUM}(?:\soch\s(?:ett\s)?halvt)?)(?![\w\-])", re.IGNORECASE))
# a child or a young person's age set off after the word for them: "B (tjej, 15)", "omar
# (sonen, 19)", "kacper = sonen, 16, med i", "en kille, femton, han går inte här", "en
# dotter på nitton som pluggar"
_AGE_OF_A_CHILD = first_letters("[bdfgklpstäy]", re.compile(  # (the words' first letters)
    r"(?<![\w])(?:tjej|kille|pojke|flicka|pojken|flickan|son|sonen|dotter|dottern|barnbarn|"
    r"barnbarnet|grabb|grabben|tjejen|killen)"
    rf"(?:, (?P<n>\d{{1,2}}|(?i:{NUMWORD}))(?=,\s|\)|\.\s)"
    # "en pojke på sexton skadades" (not "en kille på tre veckor")
    rf"| på (?P<p>(?i:{NUMWORD})|\d{{1,2}})(?= som\b| och\b|,|\.| (?:är|var|har|hade|blev|"
    rf"kom|dog|går|gick)\b| [a-zåäö]+(?:ade|ades|de|des|te|tes)\b))"
    # one child's age in brackets after the word for them: "yngsta dottern (fyra) hemma",
    # "1 storebror (17) som tolkar" (not "barnen (3)": how many)
    rf"|(?<![\w])(?:son|sonen|dotter|dottern|storebror|lillebror|storasyster|lillasyster|"
    rf"barnet|pojken|flickan|brodern|systern|äldst|yngst|äldsta|yngsta) "  # "Tor äldst (16)"
    rf"\((?P<b>\d{{1,2}}|(?i:{NUMWORD}))\)"
    # a baby's months: "en dotter på fyra månader"
    rf"|(?<![\w])(?:son|dotter|bebis|baby|pojke|flicka|kille|tjej) på (?P<m>(?:\d{{1,2}}|"
    rf"(?i:{NUMWORD})) månader)(?![\w])"))
_CHILD_ANCHOR = Words(*"""tjej kille pojke flicka son dotter barnbarn grabb barnet storebror
lillebror storasyster lillasyster brodern systern bebis baby äldst yngst""".split(),
                      letter_before=False)
# "Esmeralda, nio, och Django, sex": an age set off after a name in a list of children
_AGE_APPOSITION = re.compile(rf"(?<![\w])(?P<name>[{UP}][{LOW}]+(?: [{UP}][{LOW}]+)?)"
                             rf"(?P<sep>, |\. )(?P<n>(?i:{NUMWORD})|\d{{1,3}})"
                             rf"(?=,\s|\.\s|\.$|\s(?:och|år)\b|[ \t]*\n|[ \t]*$"
                             # "Sol, femton i juni": the age a youth turns that month
                             rf"|\si\s(?:{'|'.join(MONTHS)})\b)")
# the start of a speaker's turn: "L: ", "[00:03:12] Vilma: "
_TURN_OPENING = re.compile(rf"(?m)^[ \t]*(?:\[?\d{{1,2}}:\d{{2}}(?::\d{{2}})?\]?[ \t]*)?"
                           rf"[{UP}][{L}]{{0,20}}:[ \t]*$")
# "Elyas sju och Amina nio (år)", "Mujtaba femton, Zahir tolv, och lilla Sitara fyra",
# "Ilhan 15, Yonas 14 (kallas Yoni)":
# children's ages said right after their names, two or more in a row
_AGE_AFTER_NAME = re.compile(rf"(?<![\w])(?P<a>[{UP}][{LOW}]+) (?P<n>{NUMWORD}|\d{{1,2}})"
                             rf"(?=[,.;]| och\b| år\b| \(|[ \t]*$)", re.MULTILINE)
# the answer to "Hur gammal är du?" on the next turn: "IP: Femton. Fyllde i november."
_AGE_ANSWER = re.compile(rf"(?i:hur gammal) (?:(?:är|var|blir|blev) [^\n?]{{1,30}}|[^\n?]{{1,30}} "
                         rf"(?:är|var|blir|blev))\?[ \t]*\n"
                         rf"(?:[ \t]*\n)*(?:\[[\d:.]+\][ \t]*)?[^\n:]{{0,30}}:[ \t]*"
                         rf"(?:(?i:ja|hon|han|hen|jag|"
                         rf"hon är|han är|jag är|hen är)[, ]+)?(?P<n>(?i:{_NUM}))(?![\w\-])")
# a second age said right after an age: "Åtta, nästan nio.", "Nio. Nästan nio och ett
# halvt.", "Elva. Nej, tolv.", "han är nio. Nio och ett halvt" (``people_ages``)
AGE_CORRECTED = re.compile(rf"(?:[,.]| [–-])? (?:(?i:nästan|snart|nej,?(?: förlåt,?)?|eller|typ) "
                           rf"(?P<n>(?i:{_NUM}))"
                           rf"(?![\w\-])|(?P<f>(?i:{_NUM})) (?=(?:och|å) (?:ett |en )?halv))")
# a person's age in brackets after the name: "barnen Rojda (9), Baran (7)"
# (also after a quoted short form or an initial: 'Abdirahman "Abdi" (15)', "Sunná L. (16)")
# (and with the speaker's initial before the age: "Khadar (K, 14), Ánte (Á, 16)")
_AGE_BRACKETED = re.compile(rf"(?<![\w])(?P<name>[{UP}][{LOW}]+)"
                            rf"(?: [\"”“][{UP}][{LOW}]+[\"”“]| [{UP}]\.)? \((?:[{UP}]{{1,2}}, )?"
                            rf"(?P<n>\d{{1,2}})(?:\)|, )")  # (and "Vilja (12, från Önneby)")
# what every match of _AGE_BRACKETED holds
_BRACKETED_NUMBER = re.compile(rf"\((?:[{UP}]{{1,2}}, )?\d{{1,2}}(?:\)|, )")
# "vid tolv års ålder", "i femårsåldern"
_AGE_AT = re.compile(rf"(?<![\w])(?:vid|i) (?P<n>{_NUM}) års ålder(?![\w])", re.IGNORECASE)
# someone's age named as such: "hennes ålder 46", "Ålder: 38 år" on a form's line (not "ålder
# 6–12", a range)
_AGE_NAMED = re.compile(rf"(?:(?<![\w])(?:hans|hennes|hens|min|din|sin|barnets|mammans|"
                        rf"pappans) ålder|(?m:^)[ \t]*(?:[-–•*][ \t]*)?(?i:ålder))(?::| är| =)? "
                        rf"(?P<n>\d{{1,3}}|(?i:{_NUM}))(?![\w\-–]|[ \t]*[-–][ \t]*\d)")
# after "är"/"var" a bare number is an age only after someone ("hon är tre", "Moa var åtta")
# and before a pause or a small word ("hon är tio, det är...", "när Moa var åtta så")
_AGE_SUBJECT = re.compile(r"(?:\b(?i:han|hon|hen|som|jag|du|de|dom|båda|barnet|pojken|flickan|"
                          r"själv|"
                          r"sonen|dottern|tvillingarna|"
                          # "mormodern är 66", "pappan är 52"
                          r"mamman|pappan|modern|fadern|mormodern|farmodern|morfadern|farfadern|"
                          r"maken|frun|"
                          r"killen|tjejen|lillebror|lillasyster|storebror|storasyster|"
                          r"äldsta,|yngsta,|äldste,|yngste,|mellersta,|minsta,|"
                          # "den äldsta är tjugo, den yngsta är sju"
                          r"(?:den|min|vår|hans|hennes|deras) (?:äldsta|yngsta|äldste|yngste|"
                          r"mellersta|minsta|lilla|stora)"
                          # "min dotter är fyra", "hans lillebror är sju"
                          r"|(?:min|vår|hans|hennes|deras|din|er|mitt|vårt|ditt|ert) "
                          r"(?:egen |egna )?"
                          r"(?:son|dotter|pojke|flicka|barnbarn|kille|tjej|bror|syster|"
                          r"brorson|systerson|brorsdotter|systerdotter|kusin|mamma|pappa|"
                          r"mormor|morfar|farmor|farfar|fru|sambo))"
                          rf"|(?!(?:Klockan|Tiden|Timmen|Vädret|Vi|Ni|Det|De|Dom|Här|Där|Nu|"
                          rf"Då|Så)\b)[{UP}][{LOW}]+,?"
                          # "Hon heter Aino och är nittiotvå"
                          rf"|\b(?:heter|hette) [{UP}][{LOW}]+ och)\s$")
# a subject and an adverb before the verb of a subordinate clause: "fast jag bara är femton"
_SUBJECT_AND_ADVERB = re.compile(r"\b(?i:jag|du|han|hon|hen|som) (?:bara|ju|också|redan|nog|"
                                 r"väl|fortfarande|just|nu|då) $")  # ("dottern, som då var fem")
_AGE_NEXT = re.compile(r"^(?:\s*[,.;:!?()…\[\]\-–]|\s*$|[ \t]*\n"
                       r"|\s(?:så|och|då|nu|snart|i|när|eller|den|"
                       r"men|med|typ|liksom|alltså|va|ju|år|hon|han|hen|dom|vi|jag|där|här|"
                       # the main clause after "när jag var tretton": "... kom jag hit"
                       r"var|hade|kom|fick|flyttade|bodde|började|slutade|tills|"
                       # "kom hit när jag var trettiotvå för ett vikariat", "som är tretton
                       # själv"
                       r"för|själv|också|med|på riktigt|"
                       # "jag var typ elva första gången jag översatte"
                       r"första|sista)\b"
                       # the main clause's verb before its subject: "när jag var 19 gifte jag
                       # mig"
                       r"|\s(?!(?:dagar|veckor|månader|timmar|minuter|gånger|kronor|kr|"
                       r"procent|stycken|st)\b)[a-zåäö]{2,}\s(?:jag|han|hon|hen|vi|dom|de)\b)",
                       re.IGNORECASE)  # (a run-on transcript: "zuzia är fem hon går på")
NUMBER = _NUM  # a number in digits or in words, up to "nittionio" and "hundra"


def age_may_follow(text: str, end: int) -> bool:
    """What follows a bare number fits an age: a pause, the end, or a small word."""
    return _AGE_NEXT.match(text[end:end + 12]) is not None


AGE_CUES = frozenset("är var blir blev fyller fyllde fyllt på bara snart nästan typ ungefär "
                     "kanske väl ju redan då nu runt cirka".split())
# duration, not age: "i tre år", "för två år sedan", "tre år senare"
_DURATION_BEFORE = re.compile(r"(?:\b(?:i|för|under|efter|sedan|sen|om|inom|varje|per|"
                              r"senaste|första|sista|några|alla|hela|två-|tre-)\s)$",
                              re.IGNORECASE)
_DURATION_AFTER = re.compile(r"^\s(?:sedan|sen|senare|tidigare|framåt|till|kvar|i\s+rad|"
                             r"innan|efter|av|har|med|på\s+samma)\b", re.IGNORECASE)

# the words before "på"/"nästan"/"bara" ... N år: an age after a person or an age verb ("en
# pojke på sexton år", "hon är nästan sju år"), a duration after anything else ("tre rektorer
# på två år", "i nästan ett år", "inte bara tre år")
_PERSON_BEFORE_PA = frozenset("""pojke flicka kille tjej son dotter barn unge bror syster
kusin man kvinna mamma pappa elev""".split())
_AGE_VERB_BEFORE = re.compile(r"\b(?:är|var|blir|blev|fyller|fyllde|fyllt|gammal)"
                              r"(?:\s+(?:ju|bara|typ|snart|väl|nästan|redan|nu|då|kanske|"
                              r"ungefär|runt|cirka|sådär))*\s+$", re.IGNORECASE)


def _duration(text: str, start: int) -> bool:
    before = text[max(0, start - 40):start]
    verb = _AGE_VERB_BEFORE.search(before)
    if verb is not None:  # "hon är snart två år"; but "det är snart två år": a time
        return (" " + before[:verb.start()].lower().rstrip()).endswith(" det")
    words = before.lower().split()
    return not (len(words) >= 2 and words[-1] == "på" and words[-2] in _PERSON_BEFORE_PA)


# "de var sjutton, arton", "pojken var nio då, tio nu", "jag var 38, 39, sitta hemma"
# (not "som är typ sjutton, arton, de drar", "han var tio då, fyra... fjärde klass")
_AGE_MORE = re.compile(rf"(?: då)?, (?:(?:typ|nästan|snart) )?(?:(?P<now>nu )?"
                       rf"(?P<n>(?i:{NUMWORD})|\d{{1,2}})"
                       rf"(?(now)(?=,)|(?: nu)?(?=[!?]|\.(?!\.)|$|\n| och\b)))")
# a second child's age after the first, its verb left out: "Jawid är tio, Elyas sju."
_AGE_OF_THE_NEXT = re.compile(rf", (?:och )?(?P<name>[{UP}][{LOW}]+) "
                              rf"(?P<n>(?i:{NUMWORD})|\d{{1,2}})(?=[.,!?;]|[ \t]*$| och\b)",
                              re.MULTILINE)
_YEAR_ANCHOR = Words("år", whole=True)  # "sju år", "10,5 år gammal"
_ARING_ANCHOR = Words("åring", "årig")  # "sjuåring", "12-åriga"


# a number and a fraction with no unit after it: an age as a child says it ("Jag är äldst,
# 16 och ett halvt", "lilla Jana, ett och ett halvt", "fem och tre kvart"); not a quantity
# or a time ("två och en halv timme", "klockan fyra och en halv")
_HALF_AGE = re.compile(
    rf"(?<![\w\-])(?<!klockan )(?<!kl\. )(?<!kl )(?:{_NUM}) (?:och|å) (?:ett halvt|en halv|tre "
    rf"kvart|tre fjärdedelar)(?![\w\-])(?! (?:år|timm|veck|månad|dag|minut|sekund|kilo|liter|"
    rf"meter|mil|procent|gång|lektion|kvart|dygn|termin|lön|tjänst))", re.IGNORECASE)

_HALF_ANCHOR = Words(*(f"{a} {b}" for a in ("och", "å")
                       for b in ("ett halvt", "en halv", "tre kvart", "tre fjärdedelar")))

# a number of things just before: the fraction answers it ("tre rektorer. – Två och en
# halv.", "ett år sen sist? – Ett och ett halvt.", "nio procent till fem och en halv")
_COUNTED_BEFORE = re.compile(
    rf"(?<![\w\-])(?:(?:\d{{1,3}}|(?!en\b|ett\b){NUMWORD}) (?!och\b|år gammal)"
    rf"(?:år\b|[a-zåäö]{{3,}})|(?:en|ett) (?:år|timme|vecka|månad|dag|minut)\b)", re.IGNORECASE)
_TOOK_BEFORE = re.compile(r"\b(?:tog|tar|dröjde|väntade|varade|höll|kostade|vägde)\s$")


def find_ages(text: str) -> Iterator[Suggestion]:
    for m in near(_YEAR_ANCHOR, _AGE_YEARS, text):
        before = text[max(0, m.start() - 12):m.start()]
        after = text[m.end():m.end() + 12]
        if m.group("gammal") and "gam" not in m.group("gammal"):
            if _DURATION_BEFORE.search(before):
                continue  # "anställd i två år och tre månader": a time spent (but "Sju år och
                # fyra månader.": a child's age said exactly)
        elif not m.group("gammal"):
            if _DURATION_BEFORE.search(before) or _DURATION_AFTER.match(after):
                continue
            prev = before.rstrip()
            prev_word = prev.rsplit(None, 1)[-1].lower() if prev.split() else ""
            if prev_word not in AGE_CUES and not prev.endswith((",", "(")):
                continue
            if prev_word in AGE_CUES and _duration(text, m.start()):
                continue  # "tre rektorer på två år", "i nästan ett år", "inte bara tre år"
        n = m.group("n")
        if n.isdigit() and int(n) > 120:
            continue
        yield Suggestion(m.start(), m.end(), AGE, m.group(0), PATTERN,
                         0.9 if m.group("gammal") else 0.75)
    for m in near(_ARING_ANCHOR, _AGE_ARING, text):
        yield Suggestion(m.start(), m.end(), AGE, m.group(0), PATTERN, 0.9)
    for m in _AGE_INVERTED.finditer(text):  # "Nu är jag trettiofyra och åker skidor"
        n = m.group("n")
        if n.lower() in ("en", "ett") or (n.isdigit() and not 0 < int(n) <= 110):
            continue
        after = text[m.end():m.end() + 12]
        if _AGE_NEXT.match(after) and not (after.startswith(" år")
                                           and m.group("verb").lower() in ("var", "blev")):
            yield Suggestion(m.start("n"), m.end("n"), AGE, n, PATTERN, 0.5)
    for m in _AGE_BARE.finditer(text):
        n = m.group("n")
        if n.lower() in ("en", "ett") or (n.isdigit() and not 0 < int(n) <= 110):
            continue
        if text[m.end():m.end() + 1] == ":" or m.group("verb") == "Snart":
            continue  # "Målen var tre: ...", "Snart tre år, först via bemanning": no age
        if m.group("verb").lower() in ("är", "var", "blir", "blev", "e"):  # ("som e sju")
            before = text[max(0, m.start() - 20):m.start()]
            if not _AGE_SUBJECT.search(before) and not _SUBJECT_AND_ADVERB.search(before):
                continue
            if not _AGE_NEXT.match(text[m.end():m.end() + 12]):
                continue
        yield Suggestion(m.start("n"), m.end("n"), AGE, n, PATTERN, 0.5)
        more = _AGE_MORE.match(text, m.end())  # "de var sjutton, arton"
        if more is not None:
            yield Suggestion(more.start("n"), more.end("n"), AGE, more.group("n"), PATTERN, 0.5)
            continue
        more = _AGE_OF_THE_NEXT.match(text, m.end())  # "Jawid är tio, Elyas sju."
        if more is not None and not names.is_function_word(more.group("name")) \
                and more.group("n").lower() not in ("en", "ett"):
            yield Suggestion(more.start("n"), more.end("n"), AGE, more.group("n"), PATTERN, 0.5)
    for m in _AGE_APPOSITION.finditer(text):
        n, name, sep = m.group("n"), m.group("name"), m.group("sep")
        words = name.split()
        if len(words) > 1 and names.is_function_word(words[0]):
            words = words[1:]  # "Och Viola, sju."
        # "Seppo Alatalo, 46.", "jag är Dilan. 34.": an adult's age after the name too
        adult = len(words) > 1 or sep == ". "
        if n.lower() in ("en", "ett") or (n.isdigit() and not 0 < int(n) <= (
                110 if adult else 25)):
            continue
        if sep == ". " and not n.isdigit() and not _TURN_OPENING.search(
                text, max(0, m.start() - 40), m.start()):
            continue  # "Anna. Tre saker till": only "Dilan. 34." after a sentence stop, or
            # a number word when the speaker opens with a name ("L: Luwam. Fjorton.")
        # a child's word-like name in a list ("Ros, 15,", "Viola, sju.") counts as a name
        child = len(words) == 1 and sep == ", "
        full_name = len(words) == 2 and not lexicon.is_word(words[0].lower()) \
            and names.is_listed_person(words[0], ("first",))  # "Margareta Storm, 79,"
        if not full_name and any(lexicon.is_word(w.lower())
                                 and not names.is_listed_person(w, word_like_too=child)
                                 for w in words):
            continue  # "Tabell, 4.", "Kapitel Fem, 45": words, not a name
        yield Suggestion(m.start("n"), m.end("n"), AGE, n, PATTERN, 0.5)
    yield from _ages_after_names(text)
    for m in _AGE_AT.finditer(text) if "ålder" in text else ():
        yield Suggestion(m.start("n"), m.end("n"), AGE, m.group("n"), PATTERN, 0.7)
    for m in _AGE_NAMED.finditer(text) if "lder" in text else ():
        yield Suggestion(m.start("n"), m.end("n"), AGE, m.group("n"), PATTERN, 0.7)
    for m in near(_BRACKETED_NUMBER, _AGE_BRACKETED, text, before=64, after=0):
        # "Zainab (12), Hamza (12)", "Serkan (14)"
        name = m.group("name")
        if names.is_listed_person(name, word_like_too=True) or not m.group(0).endswith(", ") \
                and not lexicon.is_word(name.lower()):  # (not "Malmö (12, 14 och 16 år")
            yield Suggestion(m.start("n"), m.end("n"), AGE, m.group("n"), PATTERN, 0.6)
    for m in _AGE_ANSWER.finditer(text) if "ammal" in text else ():  # "Hur gammal är du?"
        yield Suggestion(m.start("n"), m.end("n"), AGE, m.group("n"), PATTERN, 0.7)
    yield from _round_of_ages(text)
    yield from _ages_in_introductions(text)
    for m in near(_HALF_ANCHOR, _HALF_AGE, text, before=32, after=24):  # "16 och ett halvt"
        before = text[max(0, m.start() - 12):m.start()]
        if not _DURATION_BEFORE.search(before) and not _TOOK_BEFORE.search(before) \
                and not _COUNTED_BEFORE.search(text, max(0, m.start() - 80), m.start()):
            yield Suggestion(m.start(), m.end(), AGE, m.group(0), PATTERN, 0.6)
    if "månader" in text:
        for m in _AGE_IN_MONTHS.finditer(text):
            if _AGE_SUBJECT.search(text[max(0, m.start() - 20):m.start()]):
                yield Suggestion(m.start("n"), m.end("n"), AGE, m.group("n"), PATTERN, 0.6)
    # "(tjej, 15)", "en kille, femton, han"
    for m in near(_CHILD_ANCHOR, _AGE_OF_A_CHILD, text, before=0, after=48):
        g = next(g for g in ("n", "p", "b", "m") if m.group(g))
        if m.group(g).lower() not in ("en", "ett"):
            yield Suggestion(m.start(g), m.end(g), AGE, m.group(g), PATTERN, 0.5)
    for m in _AGE_MONTHS.finditer(text) if "månader)" in text or "ammal, " in text else ():
        g = "n" if m.group("n") else "m"
        yield Suggestion(m.start(g), m.end(g), AGE, m.group(g), PATTERN, 0.6)


def _ages_after_names(text: str) -> Iterator[Suggestion]:
    found = []
    for m in _AGE_AFTER_NAME.finditer(text):
        name, n = m.group("a"), m.group("n")
        if n.lower() in ("en", "ett") or names.is_function_word(name) \
                or (n.isdigit() and not 0 < int(n) <= 25) \
                or (lexicon.is_word(name.lower())
                    and not names.is_listed_person(name, ("first",), word_like_too=True)):
            continue  # "Kapitel sju", "Buss tre", "Om tre"
        found.append(m)
    for i, m in enumerate(found):
        near_one = (i > 0 and m.start() - found[i - 1].end() <= 40) or \
            (i + 1 < len(found) and found[i + 1].start() - m.end() <= 40)
        if near_one:  # two or more in a row: a list of children and their ages
            yield Suggestion(m.start("n"), m.end("n"), AGE, m.group("n"), PATTERN, 0.5)


# "Berätta vem ni är och hur gamla ni är?": each speaker after it gives a name and an age
# (also "vad heter ni, hur gamla, och var bor ni?", "Säg namn och ålder.")
_AGES_ASKED = re.compile(r"(?i:hur gamla\b|hur gammal (?:ni|man|du är)\b|namn,? (?:och )?ålder)"
                         r"[^\n]{0,60}[?.:]")
# "Ishtar, fjorton", "Eh, Ploy. Fjorton.", "Malke. Fjorton år och... elva månader.", "Aylin:
# Femton.", "Sexton snart.", "Femton också."
_TURN_AGE = re.compile(rf"[ \t]*(?:\[[\d:]+\][ \t]*)?[^\n:]{{1,30}}:[ \t]*"
                       rf"(?:(?i:eh|öh|ehm|ja|okej|alltså)[,.]?[ \t]+)?(?:[^\n.,!?]{{1,40}}"
                       rf"[.,][ \t]*)?(?P<n>(?i:{_NUM})(?i: och (?:ett halvt|en halv))?"
                       rf"(?: år(?: och(?:\.\.\.|…)? (?i:{_NUM})"
                       rf" månader)?)?)(?=[ \t]*(?:[.,!]|år\b|\n|$)| snart\b| också\b)")


# the age said as a sentence of its own later in the turn: "Sofiia, med två i. Fjorton.",
# "Alltså Mikołaj egentligen men ingen kan säga det. Tretton. Lärkbacken.", "Berfîn. Med
# i-hatt. (skratt) Fjorton." (also "Fjorton och ett halvt.", "Fjorton, blir femton i
# februari.")
_AGE_SAID_ALONE = re.compile(rf"[.!?](?:[ \t]+\((?i:skratt|skrattar|paus|ohörbart)\))?[ \t]+"
                             rf"(?P<n>(?i:{_NUM}))(?: år)?(?:(?: (?:och|å) (?:ett |en )?halvt?)?"
                             rf"[.!](?:[ \t]|$)|(?=,? (?:blir|fyller|snart|nästan)\b))",
                             re.MULTILINE)
_ADDRESSED = re.compile(r"(?i)\b(?:ni|er|era|ert)\b")  # the group: a new question
_ONE_ADDRESSED = re.compile(r"(?i)\b(?:du|dig)\b")  # one speaker: an aside in the round
_INTERVIEWER_TURN = re.compile(r"[ \t]*(?:\[[\d:]+\][ \t]*)?(?:I\d?|J|F|Int|Intervjuare|"
                               r"Moderator|M)[ \t]*:")


def _round_of_ages(text: str) -> Iterator[Suggestion]:
    for q in _AGES_ASKED.finditer(text):
        pos = text.find("\n", q.end(), q.end() + 500)
        for _ in range(10):  # the next turns, each on its own line (a turn is short)
            if pos < 0 or pos > q.end() + 3000:
                break
            line_start = pos + 1
            while line_start < len(text) and text[line_start] == "\n":
                line_start += 1
            line_end = text.find("\n", line_start)
            line = text[line_start:line_end if line_end >= 0 else len(text)]
            if _INTERVIEWER_TURN.match(line) and "?" in line and (
                    _ADDRESSED.search(line) or len(line) > 40 and not (
                        len(line) <= 70 and _ONE_ADDRESSED.search(line))):
                break  # the next question: the round is over ("Vi skriver inte det." is not,
                # nor a short aside that asks no one or one speaker: "M1: Är det Maj?", "I: Hur
                # stavar du det?", "I: Bohdan eller Bodya, vad vill du att jag skriver?")
            m = _TURN_AGE.match(text, line_start) \
                or _AGE_SAID_ALONE.search(text, line_start, min(len(text), line_start + 160))
            if m is not None and m.start("n") < line_start + len(line):
                n = m.group("n")
                if not (n.isdigit() and not 0 < int(n) <= 110) and n.lower() not in ("en", "ett"):
                    yield Suggestion(m.start("n"), m.end("n"), AGE, n, PATTERN, 0.6)
            pos = text.find("\n", line_start, line_start + 1000)


# a number said as a sentence of its own, or before what a youth adds to an age: "Emir.
# Femton. Skarven.", "Femton också.", "Sexton, första året", "Fjorton, blir femton"
_NUMBER_SENTENCE = re.compile(rf"(?<=[.!?\])][ \t])(?P<n>(?i:{NUMWORD})|\d{{1,2}})"
                              rf"(?=(?: också| (?:och|å) (?:ett |en )?halvt?)?[.!](?:[ \t]|$)"
                              rf"|,[ \t]|"
                              rf" (?:blir|fyller|snart|nästan|i (?:{'|'.join(MONTHS)}))\b)",
                              re.MULTILINE)
# the speaker's label that opens the line: "Emir: ", "[00:00:32] Mahad: "
_LABEL_OPENING = re.compile(rf"[ \t]*(?:\[[\d:.]+\][ \t]*)?(?P<label>[{UP}][{L}\-]+):[ \t]")
# a speaker who names herself: "Och jag är Axel.", "jag heter Ceren"
_NAMES_HERSELF = re.compile(rf"(?i:jag (?:är|heter)) [{UP}]")


def _ages_in_introductions(text: str) -> Iterator[Suggestion]:
    """A number said alone in a turn where the speaker has said their own name first: "Emir:
    Emir. Femton.", "Bodja: Bodja. [paus] Eller Bohdan, men ingen säger det. Femton.", "Axel:
    Och jag är Axel. Sexton." (not "Jouni: Sjutton barn... Sjutton!", a count said again)."""
    for m in _NUMBER_SENTENCE.finditer(text):
        n = m.group("n")
        if n.lower() in ("en", "ett", "två", "tre", "fyra") \
                or n.isdigit() and not 5 <= int(n) <= 99:
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        label = _LABEL_OPENING.match(text, line_start)
        if label is None or len(label.group("label")) < 2:
            continue
        said = text[label.end():m.start()]
        name = label.group("label")
        if n.lower() in said.lower() or not (_NAMES_HERSELF.search(said)
                                             or contains_word(said, name)):
            continue
        yield Suggestion(m.start("n"), m.end("n"), AGE, n, PATTERN, 0.6)


def with_its_fraction(text: str, s: Suggestion) -> Suggestion:
    """An age with the fraction said after it, as precise as the speaker made it: "tretton
    och en halv", "sju och ett halvt år", "två och halv", "12 och tre fjärdedelar", "Nio och
    fyra månader"."""
    m = _FRACTION.match(text, s.end)
    if m is None:
        return s
    return Suggestion(s.start, m.end(), AGE, text[s.start:m.end()], s.source, s.score)


_FRACTION = re.compile(rf" (?:och|å) (?:(?:ett |en )?halvt?(?: år)?|tre fjärdedelar"
                       rf"|(?:{NUMBER}) månader?)(?![{L}])", re.IGNORECASE)
