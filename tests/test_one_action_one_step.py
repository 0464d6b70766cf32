"""Every action a user can take from the GUI or the CLI is one transaction and one undo step.

The walk below runs each service action that writes, in an order where each has something to
act on, and checks that it committed exactly one transaction and pushed exactly one undo entry
(the key export and the shared copy are logged but not undoable: one transaction, no entry).
A second test finds every service method that writes, so a new action cannot be left out of
the walk.
"""
import importlib
import inspect
import re

import pytest

from qualcoder_htl.services import Project, export_log

from .conftest import INTERVIEW

SERVICE_MODULES = ("analysis", "analysis_quotes", "analysis_report", "analysis_scope",
                   "attributes", "codebook", "codebook_csv", "codings", "demo", "export_log",
                   "importing", "memos", "project", "pseudonymisation", "pseudonymisation_known",
                   "pseudonymisation_sharing", "pseudonymisation_keyfile", "refi", "refi_export",
                   "refi_import", "search", "sources", "team", "comparison", "merge",
                   "coder_copy")
WRITES = re.compile(r"\.(mutate|batch|record|transaction|set_meta|set_meta_many|_code_spans)\(")
# plumbing, or actions walked through the function that calls them
NOT_ACTIONS = {"project.Project.mutate", "project.Project.batch", "refi_import.write_model",
               "demo.create_demo", "refi_import.import_into_new_project",
               "export_log.record"}  # the export log's row, written by every export
# logged, nothing to take back
NOT_UNDOABLE = {"export_key", "export_copy", "write_log", "copy_for_coder"}
# ends the walk on its own project: deletes the originals and the undo history (they hold them)
SEPARATE = {"retire_originals", "split_key", "join_key"}
KEY_PASSPHRASE = "en lång lösenfras"


def writing_actions() -> set[str]:
    """Public service functions and methods that write: directly, or through a private helper
    of their class that does (``CodingService.set_memo`` → ``_set`` → ``mutate``)."""
    found = set()
    for name in SERVICE_MODULES:
        mod = importlib.import_module(f"qualcoder_htl.services.{name}")
        for attr, obj in vars(mod).items():
            if getattr(obj, "__module__", None) != mod.__name__ or attr.startswith("_"):
                continue
            if inspect.isfunction(obj):
                if WRITES.search(inspect.getsource(obj)):
                    found.add(f"{name}.{attr}")
            elif inspect.isclass(obj):
                found |= {f"{name}.{attr}.{meth}" for meth in _writing_methods(obj)}
    return found - NOT_ACTIONS


def _writing_methods(cls) -> set[str]:
    sources = {}
    for m, f in vars(cls).items():
        if inspect.isfunction(f):
            try:
                sources[m] = inspect.getsource(f)
            except OSError:  # made by dataclass: no source, writes nothing
                continue
    writing = {m for m, src in sources.items() if WRITES.search(src)}
    grew = True
    while grew:
        grew = False
        for m, src in sources.items():
            if m not in writing and any(f"self.{w}(" in src for w in writing):
                writing.add(m)
                grew = True
    return {m for m in writing if not m.startswith("_")}


@pytest.fixture
def walk(tmp_path):
    """(qualified name, action) in an order where each finds what it acts on."""
    from qualcoder_htl.services import codebook_csv, coder_copy, demo, refi_export, refi_import
    from qualcoder_htl.services.merge import merge
    from qualcoder_htl.services.pseudonymisation_keyfile import join_key, split_key

    p = Project.create(tmp_path / "walk.qhtl", coder="anna")
    p.set_meta("name", "Genomgång")  # the coder's row, bookkeeping, is written by now
    p.undo_stack.clear()
    incoming = tmp_path / "in"
    incoming.mkdir()
    (incoming / "a.txt").write_text(INTERVIEW, encoding="utf-8")
    (incoming / "b.txt").write_text("Intervju 2\n" + INTERVIEW.replace("rektorn", "Anna Berg"),
                                    encoding="utf-8")
    (incoming / "c.txt").write_text("Intervju 3\n" + INTERVIEW, encoding="utf-8")
    book = tmp_path / "kodbok.csv"
    book.write_text("path,color,definition\nTema/Samverkan,#336699,Om samverkan\n",
                    encoding="utf-8")
    known = tmp_path / "kanda.csv"
    known.write_text("text,type\nTjärnaskolan,SCHOOL\n", encoding="utf-8")
    qdc = tmp_path / "kodbok.qdc"
    with Project.create(tmp_path / "other.qhtl", coder="bertil") as other:
        other.codebook.create("Extern")
        refi_export.export_qdc(other, qdc)

    def src(name):
        return p.sources.find(name).id

    def code(name):
        return next(c.id for c in p.codebook.codes() if c.name == name)

    def sugg():
        return p.pseudonymisation.suggestions()[0].id

    def first_coding():
        return p.codings.all()[0].id

    def aid(name):
        return p.attributes.find(name).id

    def coding_csv():
        path = tmp_path / "codings.csv"
        text = p.sources.get(src("a.txt")).text
        path.write_text("source,code,start,end,key_quote,text\n"
                        f"a.txt,Förtroende,0,8,1,{text[0:8]}\n", encoding="utf-8")
        return path

    def case_id():
        return p.attributes.cases()[0].id

    def merge_coders_copy():
        with Project.open(tmp_path / "bo.qhtl") as copy:  # bo codes in his copy
            a = copy.sources.find("a.txt").id
            copy.codings.add(a, copy.codebook.codes()[0].id, 0, 5)
        return merge(p, tmp_path / "bo.qhtl")

    steps = [
        ("importing.ImportService.import_files",
         lambda: p.importer.import_files(sorted(incoming.iterdir())[:2])),
        ("importing.ImportService.import_folder", lambda: p.importer.import_folder(incoming)),
        ("codebook.CodebookService.create", lambda: p.codebook.create("Tillit")),
        ("codebook.CodebookService.rename",
         lambda: p.codebook.rename(code("Tillit"), "Förtroende")),
        ("codebook.CodebookService.recolour",
         lambda: p.codebook.recolour(code("Förtroende"), "#112233")),
        ("codebook.CodebookService.describe",
         lambda: p.codebook.describe(code("Förtroende"), definition="Tillit mellan parter")),
        ("codings.CodingService.add_new_code",
         lambda: p.codings.add_new_code(src("a.txt"), "Praktik", 10, 40)),
        ("codebook.CodebookService.move",
         lambda: p.codebook.move(code("Praktik"), code("Förtroende"))),
        ("codings.CodingService.add", lambda: p.codings.add(src("a.txt"), code("Praktik"), 50, 90)),
        ("codings.CodingService.resize", lambda: p.codings.resize(first_coding(), 12, 44)),
        ("codings.CodingService.set_key_quote",
         lambda: p.codings.set_key_quote(first_coding())),
        ("codings.CodingService.set_memo",
         lambda: p.codings.set_memo(first_coding(), "Viktigt citat")),
        ("codings.CodingService.remove", lambda: p.codings.remove(first_coding())),
        ("codings.CodingService.remove_code_at",
         lambda: p.codings.remove_code_at(src("a.txt"), code("Praktik"), 50, 90)),
        ("search.SearchService.autocode",
         lambda: p.search.autocode("samverkan", code("Praktik"))),
        ("search.SearchService.autocode_speaker",
         lambda: p.search.autocode_speaker("IP", code("Förtroende"))),
        # against a coder with no codings (id 0) each of anna's codings is a disagreement;
        # taking that coder's side removes anna's coding of it
        ("comparison.ComparisonService.settle",
         lambda: p.comparison.settle(
             [d for d in p.comparison.disagreements(src("a.txt"), p.coder.id, 0)
              if d.code_id == code("Förtroende")][-1], "b")),
        ("codebook.CodebookService.split",
         lambda: p.codebook.split(code("Praktik"), "Praktik 2",
                                  [c.id for c in p.codings.all()
                                   if c.code_id == code("Praktik")][:1])),
        ("codebook.CodebookService.merge",
         lambda: p.codebook.merge(code("Praktik 2"), code("Praktik"))),
        ("codebook.CodebookService.delete",
         lambda: p.codebook.delete(code("Praktik"), delete_codings=True)),
        ("codebook_csv.import_codebook", lambda: codebook_csv.import_codebook(p, book)),
        ("refi_import.import_refi", lambda: refi_import.import_refi(p, qdc)),
        ("demo.apply_codings", lambda: demo.apply_codings(p, coding_csv())),
        ("memos.MemoService.add", lambda: p.memos.add("Projektmemo")),
        ("memos.MemoService.edit", lambda: p.memos.edit(p.memos.list()[0].id, "Ändrat")),
        ("memos.MemoService.delete", lambda: p.memos.delete(p.memos.list()[0].id)),
        ("attributes.AttributeService.define", lambda: p.attributes.define("Kön")),
        ("attributes.AttributeService.rename", lambda: p.attributes.rename(aid("Kön"), "Genus")),
        ("attributes.AttributeService.set_source_value",
         lambda: p.attributes.set_source_value(src("a.txt"), aid("Skola"), "Skola A")),
        ("attributes.AttributeService.set_source_values",
         lambda: p.attributes.set_source_values({src("b.txt"): {"Skola": "Skola B",
                                                                "Ny": "x"}})),
        ("attributes.AttributeService.delete", lambda: p.attributes.delete(aid("Genus"))),
        ("attributes.AttributeService.create_case",
         lambda: p.attributes.create_case("Familj 1", [src("a.txt")])),
        ("attributes.AttributeService.add_to_case",
         lambda: p.attributes.add_to_case(case_id(), [src("b.txt")])),
        ("attributes.AttributeService.remove_from_case",
         lambda: p.attributes.remove_from_case(case_id(), [src("b.txt")])),
        ("attributes.AttributeService.define#case",
         lambda: p.attributes.define("Barn", applies_to="case")),
        ("attributes.AttributeService.set_case_value",
         lambda: p.attributes.set_case_value(case_id(), p.attributes.find("Barn", "case").id,
                                             "2")),
        ("attributes.AttributeService.rename_case",
         lambda: p.attributes.rename_case(case_id(), "Familj 2", based_on="Familj 1")),
        ("attributes.AttributeService.delete_case",
         lambda: p.attributes.delete_case(case_id())),
        ("project.Project.set_meta", lambda: p.set_meta("name", "Nytt namn")),
        ("project.Project.set_meta_many",
         lambda: p.set_meta_many({"name": "Titel", "description": "Om studien"})),
        ("analysis.AnalysisService.set_citation_template",
         lambda: p.analysis.set_citation_template("Intervju {Intervjunummer}")),
        ("analysis.AnalysisService.set_value_order",
         lambda: p.analysis.set_value_order("Omgång", ["2", "1"])),
        ("team.TeamService.set_colour", lambda: p.team.set_colour(p.coder.id, "#AA3300")),
        ("team.TeamService.set_blind", lambda: p.team.set_blind(True)),
        ("team.TeamService.assign", lambda: p.team.assign(p.coder.id, [src("a.txt")])),
        ("team.TeamService.set_assignments",
         lambda: p.team.set_assignments({p.coder.id: [src("b.txt"), src("c.txt")]})),
        ("sources.SourceService.rename", lambda: p.sources.rename(src("c.txt"), "c2.txt")),
        ("pseudonymisation_known.KnownList.add_known",
         lambda: p.pseudonymisation.add_known("Anna Berg", "PERSON")),
        ("pseudonymisation_known.KnownList.edit_known",
         lambda: p.pseudonymisation.edit_known(p.pseudonymisation.known()[0]["id"],
                                               variants=["A. Berg"])),
        ("pseudonymisation_known.KnownList.import_known",
         lambda: p.pseudonymisation.import_known(known)),
        ("pseudonymisation_known.KnownList.remove_known",
         lambda: p.pseudonymisation.remove_known(p.pseudonymisation.known()[-1]["id"])),
        ("pseudonymisation.PseudonymisationService.detect",
         lambda: p.pseudonymisation.detect(source_ids=[src("b.txt")])),
        ("pseudonymisation.PseudonymisationService.decide",
         lambda: p.pseudonymisation.decide(sugg(), True)),
        ("pseudonymisation.PseudonymisationService.reopen",
         lambda: p.pseudonymisation.reopen(sugg())),
        ("pseudonymisation.PseudonymisationService.decide_all",
         lambda: p.pseudonymisation.decide_all(sugg(), True)),
        ("pseudonymisation.PseudonymisationService.set_type",
         lambda: p.pseudonymisation.set_type(sugg(), "WORKPLACE"
                                             if _type(p, sugg()) != "WORKPLACE" else "PLACE")),
        ("pseudonymisation.PseudonymisationService.set_replacement",
         lambda: p.pseudonymisation.set_replacement("Person X", suggestion_id=sugg())),
        ("pseudonymisation.PseudonymisationService.set_label",
         lambda: p.pseudonymisation.set_label("rektorn", suggestion_id=sugg())),
        ("pseudonymisation.PseudonymisationService.set_policy",
         lambda: p.pseudonymisation.set_policy("PERSON", "code")),
        ("pseudonymisation.PseudonymisationService.set_neutral_pronouns",
         lambda: p.pseudonymisation.set_neutral_pronouns(True, "etikprövning")),
        ("pseudonymisation.PseudonymisationService.add_span",
         lambda: p.pseudonymisation.add_span(src("b.txt"), 0, 9, "OTHER")),
        ("pseudonymisation.PseudonymisationService.mark_reviewed",
         lambda: p.pseudonymisation.mark_reviewed(src("b.txt"))),
        ("pseudonymisation.PseudonymisationService.apply",
         lambda: p.pseudonymisation.apply()),
        ("pseudonymisation_sharing.Sharing.export_key",
         lambda: p.pseudonymisation.export_key(tmp_path / "nyckel.csv")),
        ("pseudonymisation_sharing.Sharing.export_copy",
         lambda: p.pseudonymisation.export_copy(tmp_path / "delad.qhtl", allow_open=True)),
        ("coder_copy.copy_for_coder",
         lambda: coder_copy.copy_for_coder(p, tmp_path / "bo.qhtl", "bo", allow_open=True)),
        ("merge.merge", merge_coders_copy),
        ("export_log.write_log", lambda: export_log.write_log(p, tmp_path / "logg.txt")),
        ("pseudonymisation_keyfile.split_key",
         lambda: split_key(p, tmp_path / "nyckel.qhtlkey", KEY_PASSPHRASE)),
        ("pseudonymisation_keyfile.join_key",
         lambda: join_key(p, tmp_path / "nyckel.qhtlkey", KEY_PASSPHRASE)),
        ("pseudonymisation_sharing.Sharing.retire_originals",
         lambda: p.pseudonymisation.retire_originals()),
        ("sources.SourceService.delete", lambda: p.sources.delete(src("c2.txt"))),
        ("sources.SourceService.delete_many",
         lambda: p.sources.delete_many([src("a.txt"), src("b.txt")])),
    ]
    yield p, steps
    p.close()


def _type(p, suggestion_id):
    return next(o.type for o in p.pseudonymisation.suggestions() if o.id == suggestion_id)


def test_every_writing_action_is_one_transaction_and_one_undo_step(walk):
    p, steps = walk
    steps = [(n, a) for n, a in steps if n.rsplit(".", 1)[-1] not in SEPARATE]
    for name, action in steps:
        undo_before, writes_before = len(p.undo_stack), p.db.write_count
        action()
        method = name.split("#")[0].rsplit(".", 1)[-1]
        assert p.db.write_count - writes_before == 1, f"{name}: transactions"
        expected = 0 if method in NOT_UNDOABLE else 1
        assert len(p.undo_stack) - undo_before == expected, f"{name}: undo entries"
    undoable = [n for n, _ in steps if n.rsplit(".", 1)[-1] not in NOT_UNDOABLE]
    assert len(p.undo_stack) == len(undoable)
    # each entry undoes in one step, all the way back to the empty project
    for _ in undoable:
        p.undo()
    assert p.sources.list() == [] and p.codebook.codes() == []


def test_retiring_the_originals_is_one_transaction_and_clears_undo(walk):
    p, steps = walk
    for name, action in steps:
        if name.rsplit(".", 1)[-1] not in SEPARATE:
            action()
    p.pseudonymisation.set_policy("PERSON", "pseudonym")  # undoable, before the end
    writes_before = p.db.write_count
    dict(steps)["pseudonymisation_sharing.Sharing.retire_originals"]()
    assert p.db.write_count - writes_before == 1
    assert len(p.undo_stack) == 0  # every earlier step could bring an original back


def test_moving_the_key_out_and_back_is_one_transaction_each_and_clears_undo(walk):
    """Neither is an undo step: undoing a split would bring the originals back without the
    key file, undoing a join would leave them in the file's free pages."""
    p, steps = walk
    for name, action in steps:
        if name.rsplit(".", 1)[-1] not in SEPARATE:
            action()
    p.pseudonymisation.set_policy("PERSON", "pseudonym")  # undoable, before the split
    for name in ("pseudonymisation_keyfile.split_key", "pseudonymisation_keyfile.join_key"):
        assert p.undo_stack.can_undo
        writes_before = p.db.write_count
        dict(steps)[name]()
        assert p.db.write_count - writes_before == 1, name
        assert len(p.undo_stack) == 0, name
        p.codebook.create(f"Efter {name}")  # undoable, with the key apart or back


def test_the_walk_covers_every_writing_action(walk):
    _p, steps = walk
    walked = {name.split("#")[0] for name, _ in steps}
    missing = writing_actions() - walked
    assert not missing, f"actions that write but are not walked: {sorted(missing)}"


def test_every_writing_cli_command_is_one_transaction(tmp_path, monkeypatch, capsys):
    """Each CLI command that writes commits exactly one transaction (counted as the command
    closes its project)."""
    from qualcoder_htl.cli import main
    from qualcoder_htl.store.database import Database

    commits: list[int] = []
    close = Database.close

    def counting_close(self):
        if not self.read_only:
            commits.append(self.write_count)
        close(self)
    monkeypatch.setattr(Database, "close", counting_close)
    monkeypatch.setenv("QHTL_KEY_PASSPHRASE", KEY_PASSPHRASE)
    proj = str(tmp_path / "cli.qhtl")
    for i, text in enumerate((INTERVIEW, INTERVIEW.replace("rektorn", "Anna Berg"))):
        (tmp_path / f"{i}.txt").write_text(f"Intervju {i}\n{text}", encoding="utf-8")
    (tmp_path / "kodbok.csv").write_text("path\nTema/Samverkan\n", encoding="utf-8")
    (tmp_path / "kanda.csv").write_text("text,type\nTjärnaskolan,SCHOOL\n", encoding="utf-8")
    assert main(["--coder", "anna", "new", proj]) == 0
    # the coder's row is bookkeeping, written once (on open or before a coder's first change)
    assert main(["--coder", "anna", "citation", proj, "--set", "Intervju"]) == 0
    commands = [
        ["import", proj, str(tmp_path / "0.txt"), str(tmp_path / "1.txt")],
        ["codebook", proj, "import", str(tmp_path / "kodbok.csv")],
        ["autocode", proj, "--query", "samverkan", "--code", "Tema / Samverkan"],
        ["citation", proj, "--set", "Intervju {Intervjunummer}"],
        ["pseudonymise", proj, "known-add", "Anna Berg", "--type", "PERSON"],
        ["pseudonymise", proj, "known-import", str(tmp_path / "kanda.csv")],
        ["pseudonymise", proj, "detect"],
        ["pseudonymise", proj, "apply", "--accept-open"],
        ["merge", proj, str(tmp_path / "bo.qhtl")],
        ["key-split", proj, str(tmp_path / "nyckel.qhtlkey")],
        ["key-join", proj, str(tmp_path / "nyckel.qhtlkey")],
        ["retire-originals", proj, "--yes"],
    ]
    for command in commands:
        if command[0] == "merge":  # the copy to merge (its own file counts its own writes)
            assert main(["--coder", "anna", "-q", "copy-for-coder", proj,
                         str(tmp_path / "bo.qhtl"), "--coder", "bo", "--allow-open"]) == 0
        commits.clear()
        assert main(["--coder", "anna", "-q", *command]) == 0, capsys.readouterr().err
        assert commits == [1], f"{command[0]} {command[2:3]}: {commits}"
