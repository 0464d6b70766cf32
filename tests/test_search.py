import pytest

from qualcoder_htl.core.errors import ConflictError
from qualcoder_htl.core.textfold import fold

from .conftest import INTERVIEW


@pytest.fixture
def project(any_project):
    """Every test here runs on a project file and on a PostgreSQL server (tests/pg.py)."""
    return any_project


SWEDISH = """J: Vad tänker du om idén?
IP: Här har vi en idé. Men har ni tänkt på Tjärnaskolan? Skolan har barnen i fokus.
J: Och hemma?
IP: Hembesöken var bra. Barnets mamma, Müller, sa HÄR är det tryggt. Barnen mår bättre."""


@pytest.fixture
def sid(project, add_text):
    return add_text("a.txt", SWEDISH)


def matches(project, query, **kw):
    return [h.match for h in project.search.search(query, **kw)]


def test_fold_keeps_swedish_letters_and_length():
    assert fold("HÄR Åsa Öberg idé Müller") == "här åsa öberg ide muller"
    s = "İstanbul ß Ω 👩‍👧"
    assert len(fold(s)) == len(s)


def test_swedish_letters_are_distinct(project, sid):
    assert matches(project, "har") == ["har", "har", "har"]
    assert matches(project, "här") == ["Här", "HÄR"]


def test_other_accents_fold_and_case(project, sid):
    assert matches(project, "ide") == ["idé"]
    assert matches(project, "IDÉ") == ["idé"]
    assert matches(project, "muller") == ["Müller"]


def test_prefix_phrase_or_substring(project, sid):
    assert matches(project, "barn*") == ["barnen", "Barnets", "Barnen"]
    assert matches(project, "skolan har") == ["Skolan har"]
    assert matches(project, "hembesöken OR tryggt") == ["Hembesöken", "tryggt"]
    assert matches(project, "skolan") == ["Skolan"]
    assert matches(project, "skolan", whole_words=False) == ["skolan", "Skolan"]


def test_kwic_and_offsets(project, sid):
    [hit] = project.search.search("Müller")
    text = project.sources.get(sid).text
    assert text[hit.start:hit.end] == "Müller"
    assert hit.left.endswith("Barnets mamma, ")
    assert hit.right.startswith(", sa HÄR")
    assert hit.source_name == "a.txt"


def test_empty_query_is_a_user_error(project, sid):
    with pytest.raises(ConflictError):
        project.search.search("   ")


def test_autocode_hits_and_paragraph_and_undo(project, sid):
    code = project.codebook.create("Barn").result
    changes = project.search.autocode("barn*", code)
    assert changes.result == 3
    text = project.sources.get(sid).text
    spans = [text[c.start:c.end] for c in project.codings.for_source(sid)]
    assert spans == ["barnen", "Barnets", "Barnen"]
    project.undo()
    assert project.codings.for_source(sid) == []
    project.search.autocode("hembesöken", code, extent="paragraph")
    [c] = project.codings.for_source(sid)
    assert text[c.start:c.end].startswith("IP: Hembesöken") and text[c.end - 1] == "."


def test_autocode_speaker_codes_turn_bodies(project, add_text):
    sid = add_text("b.txt", INTERVIEW)
    code = project.codebook.create("Intervjuarens frågor").result
    project.search.autocode_speaker("J", code)
    text = project.sources.get(sid).text
    coded = [text[c.start:c.end] for c in project.codings.for_source(sid)]
    assert coded == ["Hur länge har du varit med i teamet?", "Vad har förändrats i ert arbete?",
                     "Har det blivit någon idé kvar?"]
    with pytest.raises(ConflictError):
        project.search.autocode_speaker("Nobody", code)


def test_search_scales_to_many_sources(project, add_text):
    for i in range(30):
        add_text(f"s{i}.txt", f"IP: Källa {i} handlar om trygghet och lärande.\nJ: Tack.")
    hits = project.search.search("trygghet")
    assert len(hits) == 30
    assert len(project.search.search("trygghet", limit=5)) == 5


def index_rows(project):
    """Rows in the search index: on SQLite one trigram row per source (the rowids are the
    sources' ids), on PostgreSQL one row per paragraph."""
    with project.db.read() as conn:
        if project.db.engine.dialect.name != "sqlite":
            return conn.exec_driver_sql("SELECT count(*) FROM search_paragraphs").scalar()
        ids = sorted(conn.exec_driver_sql("SELECT rowid FROM search_trigrams").scalars())
        assert ids == sorted(conn.exec_driver_sql("SELECT id FROM sources").scalars())
        texts = conn.exec_driver_sql("SELECT text FROM sources").scalars().all()
    return sum(1 for t in texts for line in t.split("\n") if line.strip())


def test_substring_search_uses_the_trigram_index(project, sid):
    """Inside words, with Swedish folding (å ä ö are letters of their own), over phrases."""
    assert matches(project, "skola", whole_words=False) == ["skola", "Skola"]
    assert matches(project, "HÄR ÄR DET", whole_words=False) == ["HÄR är det"]
    assert matches(project, "üll", whole_words=False) == ["üll"]
    assert matches(project, "ull", whole_words=False) == ["üll"]
    assert matches(project, "arn", whole_words=False) == ["arn", "arn", "arn"]
    assert matches(project, "ärn", whole_words=False) == ["ärn"]
    assert matches(project, "mår bät", whole_words=False) == ["mår bät"]
    assert matches(project, "MM", whole_words=False) == ["mm", "mm"]  # < 3 chars: scanned
    from qualcoder_htl.store.search_index import trigram_query
    assert trigram_query((("skola", False),)) == '"sko" AND "kol" AND "ola"'
    assert trigram_query((("ka", False),)) is None
    assert index_rows(project) == 4


def test_substring_offsets_are_code_points(project, add_text):
    sid = add_text("emoji.txt", "J: 👩‍👧 Tjärnaskolan.\nIP: Ja, Tjärnaskolan.")
    text = project.sources.get(sid).text
    hits = project.search.search("skolan", whole_words=False)
    assert [text[h.start:h.end] for h in hits] == ["skolan", "skolan"]
    assert hits[0].start == text.index("skolan")


def change_text(project, sid, new_text):
    project.mutate("Edit text", lambda w: w.update("sources", sid, {
        "text": new_text, "char_count": len(new_text), "word_count": len(new_text.split())}))


def test_index_follows_edits_undo_redo_and_deletes(project, sid, add_text):
    other = add_text("b.txt", "IP: Fritidsgården är öppen.")
    inside = {"whole_words": False}
    assert matches(project, "fritidsgård", **inside) == ["Fritidsgård"]
    change_text(project, sid, "IP: Nu talar vi om fritidsgårdarna.\nJ: Och kuratorn?")
    assert matches(project, "fritidsgård", **inside) == ["fritidsgård", "Fritidsgård"]
    assert matches(project, "skola", **inside) == []
    assert matches(project, "kurator") == [] and matches(project, "kurator*") == ["kuratorn"]
    project.undo()
    assert matches(project, "fritidsgård", **inside) == ["Fritidsgård"]
    assert matches(project, "skola", **inside) == ["skola", "Skola"]
    project.redo()
    assert matches(project, "skola", **inside) == []
    assert matches(project, "kuratorn", **inside) == ["kuratorn"]
    project.sources.delete(other)
    assert matches(project, "fritidsgård", **inside) == ["fritidsgård"]
    project.undo()
    assert sorted(matches(project, "fritidsgård", **inside)) == ["Fritidsgård", "fritidsgård"]
    assert index_rows(project) == 3
    if project.db.engine.dialect.name == "sqlite":  # the index itself forgot the old text
        assert indexed(project, "skola") == [] and indexed(project, "kuratorn") == [sid]
        assert indexed(project, "fritidsgår") == sorted([sid, other])
        with project.db.read() as conn:
            conn.exec_driver_sql("INSERT INTO search_trigrams(search_trigrams) "
                                 "VALUES ('integrity-check')")


def indexed(project, word):
    """The sources the trigram table itself returns for ``word`` (the regex not asked)."""
    from qualcoder_htl.store.search_index import trigram_query
    with project.db.read() as conn:
        return sorted(conn.exec_driver_sql(
            "SELECT rowid FROM search_trigrams WHERE search_trigrams MATCH ?",
            (trigram_query(((word, False),)),)).scalars())


@pytest.mark.parametrize("query, whole_words", [
    ("här", True), ("ide", True), ("barn*", True), ("skolan har", True), ("mm", False),
    ("skola", False), ("HÄR ÄR DET", False), ("ull", False), ("?", False)])
def test_scan_fallback_agrees_with_the_index(project, sid, query, whole_words):
    """The scan (databases without an index) and the store's index (FTS5 on SQLite, Swedish
    text search and trigrams on PostgreSQL) yield the same paragraphs and spans for the
    pattern the service builds."""
    from qualcoder_htl.services.search import _regex, parse_query
    from qualcoder_htl.store.search_index import ScanIndex
    [alt] = parse_query(query)
    pattern = _regex(alt, whole_words)
    with project.db.read() as conn:
        fts = list(project.db.index.matches(conn, alt.tokens, whole_words, pattern, [sid]))
        scan = list(ScanIndex().matches(conn, alt.tokens, whole_words, pattern, [sid]))
    assert fts == scan
    assert fts or query == "?"



def test_index_is_written_as_the_transaction_commits(project):
    """Inside one transaction (a batch: an import) sources are indexed together at the
    commit; a part that fails (its savepoint rolled back) leaves nothing in the index."""
    from qualcoder_htl.store.database import utcnow

    def source(name, text):
        return {"name": name, "text": text, "content_hash": name, "word_count": 3,
                "char_count": len(text), "original_format": "txt", "imported_at": utcnow(),
                "imported_by": project.coder.id}
    before = index_rows(project)
    with project.db.write() as w:
        w.insert("sources", source("a.txt", "IP: Fritidsgården stänger."))
        with pytest.raises(RuntimeError):
            with project.db.write() as inner:
                inner.insert("sources", source("b.txt", "IP: Fritidsledaren slutar."))
                raise RuntimeError("this file fails")
        w.insert("sources", source("c.txt", "IP: Fritidsgården öppnar igen."))
        assert len(w.index_ops) == 2
    assert index_rows(project) == before + 2
    assert matches(project, "fritids", whole_words=False) == ["Fritids", "Fritids"]


def test_the_index_finds_every_word_the_scan_finds(project, add_text):
    """Every word of two interviews, whole, as a prefix and inside words: the store's index
    (on PostgreSQL: Swedish stemming, stop words, trigrams) yields exactly what a scan of the
    texts yields, so narrowing never loses a hit."""
    import re

    from qualcoder_htl.services.search import _regex, parse_query
    from qualcoder_htl.store.search_index import ScanIndex
    add_text("a.txt", INTERVIEW)
    add_text("b.txt", SWEDISH)
    words = sorted({w for w in re.findall(r"\w+", fold(INTERVIEW + SWEDISH))})
    queries = [(w, True) for w in words] + [(w[:4] + "*", True) for w in words if len(w) > 4]
    queries += [(w[1:5], False) for w in words if len(w) > 5]
    with project.db.read() as conn:
        for query, whole in queries:
            [alt] = parse_query(query)
            pattern = _regex(alt, whole)
            found = list(project.db.index.matches(conn, alt.tokens, whole, pattern))
            scanned = list(ScanIndex().matches(conn, alt.tokens, whole, pattern))
            assert found == scanned, query
            assert found, query


@pytest.mark.parametrize("backend", ["postgresql"])  # SQLite's: the trigram test above
def test_the_server_index_is_used(project, sid):
    """On PostgreSQL the GIN indexes answer: Swedish text search for whole words, trigrams
    for substrings (seq scans off: the test table is tiny)."""
    with project.db.read() as conn:
        conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
        words = "\n".join(r[0] for r in conn.exec_driver_sql(
            "EXPLAIN SELECT id FROM search_paragraphs WHERE to_tsvector('swedish', words) "
            "@@ to_tsquery('swedish', '''skolan''')"))
        grams = "\n".join(r[0] for r in conn.exec_driver_sql(
            "EXPLAIN SELECT id FROM search_paragraphs WHERE folded LIKE '%%skola%%'"))
    assert "ix_search_paragraphs_words" in words
    assert "ix_search_paragraphs_trigrams" in grams


def test_texts_are_folded_in_the_background_after_opening(tmp_path):
    """The first search after opening reads folded texts the background thread made; a text
    changed since is folded again (the cache holds a text only while it is the same)."""
    from qualcoder_htl.services import Project
    path = tmp_path / "p.qhtl"
    with Project.create(path, coder="a") as p:
        for i in range(5):
            src = tmp_path / f"k{i}.txt"
            src.write_text(f"IP: Källa {i} om Fritidsgården och skolan.", encoding="utf-8")
            p.importer.import_files([src])
    with Project.open(path, coder="a") as p:
        p.db.index._thread.join(timeout=10)
        assert len(p.db.index.folded.entries) == 5
        sid = p.sources.list()[0].id
        change_text(p, sid, "IP: Nu talar vi om kuratorn.")
        assert [h.match for h in p.search.search("kurator", whole_words=False)] == ["kurator"]
        assert len(p.search.search("fritidsgård", whole_words=False)) == 4
    assert p.db.index._thread is None  # stopped as the project closed
