"""The learned scorer trains on the files LABELING.md marks tunable, never on held-out sets."""

from __future__ import annotations

from pathlib import Path

from benchmarks.train_router_model import LABELING, TRAINING_FILES, tunable_files


def test_tunable_files_follow_the_labeling_table(tmp_path: Path) -> None:
    table = tmp_path / "LABELING.md"
    table.write_text(
        "| file | role | may the classifier be tuned on it? |\n|---|---|---|\n"
        "| `a.jsonl`, `b.jsonl` | tuning batches | yes |\n"
        "| `c.jsonl` | blind set, then retired to tuning | yes (since retirement) |\n"
        "| `d.jsonl` | blind set, scored once | no (held out) |\n"
        "| `e.jsonl` | blind set | no (held out, bar e001) |\n",
        encoding="utf-8",
    )
    assert [path.name for path in tunable_files(table)] == ["a.jsonl", "b.jsonl", "c.jsonl"]


def test_no_held_out_set_is_trained_on() -> None:
    text = LABELING.read_text(encoding="utf-8")
    held_out = {line.split("`")[1] for line in text.splitlines() if "| no (held out" in line}
    names = {path.name for path in TRAINING_FILES}
    assert held_out
    assert not names & held_out
    assert "routing_heldout_ry.jsonl" in names  # retired to tuning
    assert all(path.exists() for path in tunable_files())
