"""Make tests/data/project_v1.qhtl: a project saved at the first schema version (0001).

Kept to show how the fixture was made; the committed file is what the migration test opens.
Rows are written with plain SQL as version 0.1.0 (schema 0001) wrote them.
"""
import sqlite3
import sys
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
OUT = Path(__file__).with_name("project_v1.qhtl")

TEXT = ("Intervju, vårdnadshavare\n\nJ: Hur kom ni i kontakt med teamet?\n"
        "IP: Det var skolan som ringde. Kuratorn kom hem till oss, det var bra.\n"
        "J: Vad hjälpte mest?\nIP: Att någon lyssnade, och att vi inte blev dömda.")

if OUT.exists():
    OUT.unlink()
engine = create_engine(f"sqlite:///{OUT}")
cfg = Config()
cfg.set_main_option("script_location", str(ROOT / "qualcoder_htl/store/migrations"))
with engine.begin() as conn:
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, "0001")
engine.dispose()

db = sqlite3.connect(OUT)
now = "2026-11-22 06:00:00.000000"
db.executescript(f"""
INSERT INTO project_meta VALUES ('name', 'Gammalt projekt'), ('created_by_version', '0.1.0'),
  ('citation_template', 'Intervju {{Intervjunummer}}, {{Respondentgrupp}}');
INSERT INTO coders (id, name, created_at) VALUES (1, 'forskare', '{now}');
INSERT INTO attribute_defs (id, name, value_type, applies_to, role, choices, sort_order)
  VALUES (1, 'Respondentgrupp', 'text', 'source', 'respondent_group', '', 0);
INSERT INTO codes (id, parent_id, name, color, definition, inclusion, exclusion, sort_order,
                   created_at)
  VALUES (1, NULL, 'Vägen in', '#e6beff', 'Hur familjen kom i kontakt', '', '', 0, '{now}'),
         (2, NULL, 'Upplevelsen av stödet', '#bcf60c', '', '', '', 1, '{now}');
""")
db.execute("INSERT INTO sources (id, name, text, content_hash, word_count, char_count, "
           "original_format, original_file_name, encoding, imported_at, imported_by) "
           "VALUES (1, 'vh_01.txt', ?, 'x', ?, ?, 'txt', 'vh_01.txt', 'utf-8', ?, 1)",
           (TEXT, len(TEXT.split()), len(TEXT), now))
db.execute("INSERT INTO source_attribute_values (source_id, attribute_id, value) "
           "VALUES (1, 1, 'vårdnadshavare')")
start = TEXT.index("Det var skolan")
db.execute("INSERT INTO codings (source_id, code_id, coder_id, start, \"end\", created_at, "
           "is_key_quote, memo) VALUES (1, 1, 1, ?, ?, ?, 1, 'via skolan')",
           (start, start + len("Det var skolan som ringde."), now))
db.commit()
db.execute("PRAGMA journal_mode=DELETE")
db.close()
print("wrote", OUT)
