"""While a coder codes blind, the other coders' memos (project, source, code and coding memos)
are hidden from them as their codings are; exports and merges still see every memo."""
from .conftest import span


def test_blind_hides_other_coders_memos(master):
    a = master.sources.find("a.txt").id
    [lead_coding] = master.codings.all()
    master.codings.set_memo(lead_coding.id, "Ledarens kodningsmemo")
    master.memos.add("Ledarens kodmemo", code_id=master.codebook.find("Tillit").id)
    master.set_coder("bo")
    text = master.sources.get(a).text
    mine = master.codings.add(a, master.codebook.find("Tillit").id,
                              *span(text, "tackade ja"), memo="Bos kodningsmemo").result
    master.memos.add("Bos källmemo", source_id=a)
    everything = {m.text for m in master.memos.list()}
    assert not master.team.is_blind()
    assert {m.text for m in master.memos.list(for_current_coder=True)} == everything

    master.team.set_blind(True)
    bo = master.coder.id
    assert {m.text for m in master.memos.list(for_current_coder=True)} == {"Bos källmemo"}
    assert master.memos.list(source_id=a, for_current_coder=True)[0].coder_id == bo
    assert [c.id for c in master.memos.visible(master.codings.with_memos())] == [mine]
    assert {m.text for m in master.memos.list()} == everything  # exports see them all
    master.set_coder("lead")  # the lead does not code blind: sees everyone's
    assert {m.text for m in master.memos.list(for_current_coder=True)} == everything
