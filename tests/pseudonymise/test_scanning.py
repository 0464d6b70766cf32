"""The fast scanning helpers: a pattern behind the first letters of its words finds exactly
what the pattern alone finds, and ``near`` what a full scan finds."""
import re

from qualcoder_htl.pseudonymise.scanning import first_letters, heads, near

TEXT = ("Mamma Sahra och pappa ćiro kom. farmor łucja (ålder okänd) ringde; Moster Ülkü och "
        "mamman tova, sedan lillebror 9. Mammaledig var hon inte.")


def test_heads_are_the_first_letters_of_the_words_in_either_case():
    assert heads(["mamma", "pappa", "moster"]) == "[mp]"
    assert heads(["mamma", "Pappa", "ćiro"], both_cases=True) == "[MPmpĆć]"
    assert heads(["(fd) rektor", "-chef"]) == r"[\(\-]"


def test_a_pattern_behind_its_heads_finds_what_it_found_alone():
    words = ["mamma", "pappa", "farmor", "moster", "mamman", "lillebror"]
    alone = re.compile(rf"(?<!\w)(?:{'|'.join(words)}) (?P<name>\w+)", re.IGNORECASE)
    behind = first_letters(heads(words, both_cases=True), alone)
    assert [m.span("name") for m in behind.finditer(TEXT)] \
        == [m.span("name") for m in alone.finditer(TEXT)]
    assert [m.group("name") for m in behind.finditer(TEXT)] \
        == ["Sahra", "ćiro", "łucja", "Ülkü", "tova", "9"]


def test_near_an_anchor_finds_what_the_full_scan_finds():
    pattern = re.compile(r"(?<!\w)lillebror \d+")
    assert [m.span() for m in near(re.compile(r"\d"), pattern, TEXT)] \
        == [m.span() for m in pattern.finditer(TEXT)]


def test_words_are_found_in_any_case_and_where_the_pattern_could_open():
    from qualcoder_htl.pseudonymise.scanning import Words
    text = "Hon HETER Sara; 12 år. Året: åren, år_x. Lillebror och bror, obror."
    assert Words("heter").spans(text) == [(4, 9)]
    assert [text[a:b] for a, b in Words("år", whole=True).spans(text)] == ["år"]
    # not where a letter stands just before: "Lillebror" and "obror" hold no "bror" to open
    assert [text[a - 1:b] for a, b in Words("bror", letter_before=False).spans(text)] \
        == [" bror"]
    assert len(Words("bror").spans(text)) == 3


def test_words_in_a_text_whose_lower_case_is_longer_keep_their_places():
    from qualcoder_htl.pseudonymise.scanning import Words
    text = "İstanbul, sen heter hon Ayşe."  # "İ".lower() is two characters
    assert "İ".lower() != "i" and len(text.lower()) != len(text)
    assert [text[a:b] for a, b in Words("heter").spans(text)] == ["heter"]


def _demo_texts() -> list[str]:
    from pathlib import Path
    root = Path(__file__).resolve().parents[2] / "corpora" / "htl-demo"
    return [p.read_bytes().decode("utf-8", "replace") for p in sorted(root.rglob("*.txt"))]


def _anchored_scans():
    from qualcoder_htl.pseudonymise import (
        addresses,
        ages,
        lower_case,
        lower_notes,
        patterns,
        people_ages,
        workplaces,
    )
    return [
        (patterns._DATE_ANCHOR, patterns._DATE, 48, 64),
        (patterns._HANDLE_WORD, patterns._HANDLE_AFTER, 0, 60),
        (patterns._CAMEL, patterns._HANDLE_SHAPE, 41, 40),
        (patterns._DOT_IN_A_WORD, patterns._HANDLE_DOTTED, 41, 41),
        (patterns._LETTER_DIGIT_LETTER, patterns._HANDLE_LEET, 41, 41),
        (patterns._NOLL, patterns._SPOKEN_PHONE, 0, 120),
        (ages._YEAR_ANCHOR, ages._AGE_YEARS, 48, 64),
        (ages._ARING_ANCHOR, ages._AGE_ARING, 48, 64),
        (ages._HALF_ANCHOR, ages._HALF_AGE, 32, 24),
        (ages._CHILD_ANCHOR, ages._AGE_OF_A_CHILD, 0, 48),
        (people_ages._KIN_ANCHOR, people_ages._KIN_AND_AGE, 0, 16),
        (lower_notes._NAMED_VERB, lower_notes._NAMED, 60, 40),
        (lower_case._ATTENDANCE_ANCHOR, lower_case._ATTENDANCE, 0, 420),
        (addresses._NUMBER_AFTER_BLANK, addresses._ADDRESS, 100, 40),
        (addresses._NUMBER_AFTER_DOT_OR_BLANK, addresses._ABBREVIATED_STREET, 50, 40),
        (addresses._FIVE_DIGITS, addresses._POSTCODE, 8, 100),
        (addresses._FIVE_DIGITS, addresses._POSTCODE_IN_NOTES, 64, 48),
        (addresses._STREET_ENDS, addresses._STREET_ALONE, 48, 8),
        (addresses._SQUARE_END, addresses._SQUARE, 48, 8),
        (workplaces._SHOP_WORDS, workplaces._SHOP_OF, 40, 4),
        (workplaces._EMPLOYER_WORDS, workplaces._TOWN_EMPLOYER, 2, 4),
        (lower_case._EQUALS, lower_case._EQUATED, 32, 40),
        (lower_case._EQUALS, lower_case._EQUATED_IN_NOTES, 32, 16),
        (lower_case._EQUALS, lower_case._EQUATED_WITH_A_ROLE, 32, 48),
        (lower_case._EQUALS, lower_case._ROLE_EQUATED_WITH, 48, 32),
    ]


SHAPES = ("Vi ses den 3:e maj, 2023-10-02, 20240301 och 14–15 mars 2024. Användarnamn: "
          "kalle.b09, tiktok är LoloKing77, c1wan.k. Noll sju noll, ett sju fyra, noll sex, "
          "tjugotre. Hon är 16 och ett halvt, en sjuåring, dottern (fyra), lillebror 9. "
          "Pojken heter tova. Närv: dragana, aida. Granvägen 12, lgh 1101, 813 92 Gjutarbo; "
          "myrbackav 14b lgh 1102, tranvägen 9, 616 35 kvistuna, vid Tjädertorget, "
          "på Strandgatan. Mars. MAJ 2022. 12 år gammal.\n- tommek = tomek = sambon tomasz, "
          "alla = namnet, sonen = storm, aida kallar henne gaga (= dragana, smeknamn). Praktik på "
          "Ripans bageri, Malis thaikök. Hon städar på LKAB, LKAB:s gruva, Stora Enso.")


def test_every_anchored_scan_finds_what_its_full_scan_finds():
    texts = [SHAPES] + _demo_texts()
    for anchor, pattern, before, after in _anchored_scans():
        for text in texts:
            assert [m.span() for m in near(anchor, pattern, text, before, after)] \
                == [m.span() for m in pattern.finditer(text)], pattern.pattern[:60]


def test_a_projects_second_pass_reuses_the_words_placed_in_the_first():
    from qualcoder_htl.pseudonymise import capitals
    text = "Emina: Hej. Vi träffade Eminas mamma och Tova i Rinkeby. Tova sa nej."
    first = capitals.capitalised_tokens(text)
    before = capitals._all_capitalised_tokens.cache_info()
    second = capitals.capitalised_tokens(text, only={"Tova": "PERSON", "Emina": "PERSON"})
    after = capitals._all_capitalised_tokens.cache_info()
    assert after.hits == before.hits + 1 and after.misses == before.misses
    assert [t.text for t in second] == ["Emina", "Eminas", "Tova", "Tova"]
    assert second == [t for t in first if t.text in ("Emina", "Eminas", "Tova")]
    first.clear()  # a caller's list is its own copy: the words placed stay as they were
    assert [t.text for t in capitals.capitalised_tokens(text)][:3] == ["Emina", "Hej", "Vi"]


def test_the_cheap_tests_before_a_scan_find_what_the_scan_finds():
    from qualcoder_htl.pseudonymise import letters, short_forms, word_uses
    text = "möte htl-team raukb, sedan ugnsv. Dag för dag blev det bättre."
    assert set(short_forms._ABBREVIATION.findall(text)) <= letters.lower_words(text)
    start = text.index("dag bl")
    assert word_uses.idiom(text, start, start + 3)
    assert not word_uses.idiom(text, 0, 4)
