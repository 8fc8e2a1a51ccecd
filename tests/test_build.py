"""The stage framework: planning, the up-to-date rule with named reasons, manifests, failures, verify.

Uses two tiny stages (a text's title to a file, and a stage that reads it) so the rules are tested
fast and exactly; the real stages are exercised in test_end_to_end.py.
"""

from __future__ import annotations

import dataclasses
import json
import os
import signal
from pathlib import Path

import pytest

from pipeline.atomic import write_text
from pipeline.build import build, plan_build, select_stages
from pipeline.errors import RenderError
from pipeline.manifest import Manifest, ManifestInvalid, verify_outputs
from pipeline.stages import STAGES
from pipeline.stages.base import Job, Rendered, Stage
from tests.conftest import make_campaign, make_text


class WordsStage(Stage):
    """Writes a text's title to words/<id>.txt."""

    name = "words"
    code = ("pipeline.content",)

    def params(self, campaign):
        return {"organisation": campaign.organisation}

    def jobs(self, campaign, settings):
        return [Job(self.name, t.id, (t.id,), (f"words/{t.id}.txt",)) for t in campaign.approved_texts]

    def render(self, job, ctx):
        (text,) = ctx.texts(job)
        if os.environ.get("WORDS_KILL_AT") == job.key:   # a kill at a chosen moment, in a subprocess
            os.kill(os.getpid(), signal.SIGKILL)
        if text.title == "BOOM":
            raise RenderError(f"{text.id}: title: cannot render")
        write_text(ctx.dest(job.outputs[0]), text.title)
        return Rendered({job.outputs[0]: {"chars": len(text.title)}})


class CountStage(Stage):
    """Reads words/<id>.txt, writes its length to count/<id>.txt."""

    name = "count"
    needs = ("words",)
    code = ("pipeline.content",)

    def jobs(self, campaign, settings):
        return [Job(self.name, t.id, (t.id,), (f"count/{t.id}.txt",), inputs=(f"words/{t.id}.txt",))
                for t in campaign.approved_texts]

    def render(self, job, ctx):
        words = ctx.dest(job.inputs[0]).read_text("utf-8")
        write_text(ctx.dest(job.outputs[0]), str(len(words)))
        return Rendered({job.outputs[0]: {}})


REGISTRY = (WordsStage(), CountStage())


def two_texts(**changes):
    texts = [make_text("a", approval="sha256:" + "a" * 64), make_text("b", approval="sha256:" + "b" * 64)]
    texts = [dataclasses.replace(t, **changes.get(t.id, {})) for t in texts]
    return make_campaign(tuple(texts))


def run(campaign, out_dir, **kwargs):
    lines: list[str] = []
    report = build(campaign, out_dir, registry=REGISTRY, echo=lines.append, **kwargs)
    return report, lines


def rendered(report) -> dict[str, list[str]]:
    return {result.stage: sorted(result.rendered) for result in report.stages}


def test_registry_is_in_dependency_order():
    names = [stage.name for stage in STAGES]
    assert names == ["leaflets", "infographics", "audio", "clips"]
    for index, stage in enumerate(STAGES):
        for need in stage.needs:
            assert names.index(need) < index, f"{stage.name} needs {need}, which must come first"


def test_select_stages_adds_what_a_stage_needs():
    assert [s.name for s in select_stages(["clips"])] == ["infographics", "audio", "clips"]
    assert [s.name for s in select_stages(["count"], REGISTRY)] == ["words", "count"]


def test_first_build_renders_everything_second_renders_nothing(tmp_path):
    campaign = two_texts()
    report, _ = run(campaign, tmp_path)
    assert rendered(report) == {"words": ["a", "b"], "count": ["a", "b"]}
    assert report.exit_code == 0
    report, _ = run(campaign, tmp_path)
    assert rendered(report) == {"words": [], "count": []}
    assert [r.up_to_date for r in report.stages] == [2, 2]


def test_changing_one_text_rebuilds_exactly_its_outputs(tmp_path):
    run(two_texts(), tmp_path)
    edited = two_texts(a={"title": "Tiêu đề mới", "approval": "sha256:" + "c" * 64})
    plans = plan_build(edited, tmp_path, registry=REGISTRY)
    reasons = {(p.stage.name, pj.job.key): pj.reason for p in plans for pj in p.jobs}
    assert reasons == {("words", "a"): "text changed", ("words", "b"): None,
                       ("count", "a"): "text changed", ("count", "b"): None}
    report, _ = run(edited, tmp_path)
    assert rendered(report) == {"words": ["a"], "count": ["a"]}
    assert (tmp_path / "count/a.txt").read_text() == str(len("Tiêu đề mới"))


def test_params_change_rebuilds_only_the_stage_that_uses_them(tmp_path):
    run(two_texts(), tmp_path)
    renamed = dataclasses.replace(two_texts(), organisation="BHXH tỉnh Nam Định")
    plans = plan_build(renamed, tmp_path, registry=REGISTRY)
    assert {pj.reason for pj in plans[0].jobs} == {"params changed"}
    # count's inputs are rebuilt in the same bytes, so after the build nothing of count re-renders
    report, _ = run(renamed, tmp_path)
    assert rendered(report) == {"words": ["a", "b"], "count": []}


def test_missing_and_modified_outputs_are_rebuilt_with_their_reason(tmp_path):
    run(two_texts(), tmp_path)
    (tmp_path / "words/a.txt").unlink()
    (tmp_path / "words/b.txt").write_text("tampered")
    reasons = {pj.job.key: pj.reason for pj in plan_build(two_texts(), tmp_path, registry=REGISTRY)[0].jobs}
    assert reasons == {"a": "output missing", "b": "output modified"}
    report, _ = run(two_texts(), tmp_path)
    assert rendered(report)["words"] == ["a", "b"]
    assert verify_outputs(tmp_path, ["words", "count"]) == (4, [])


def test_force_rebuilds_everything(tmp_path):
    run(two_texts(), tmp_path)
    report, _ = run(two_texts(), tmp_path, force=True)
    assert rendered(report) == {"words": ["a", "b"], "count": ["a", "b"]}


def test_manifest_records_hashes_params_and_refusals(tmp_path):
    campaign = two_texts(b={"status": "draft", "refusal": "draft"})
    report, lines = run(campaign, tmp_path)
    assert report.exit_code == 1
    assert "refused: b: draft" in lines
    data = json.loads((tmp_path / "words/manifest.json").read_text())
    assert data["schema"] == 1 and data["stage"] == "words"
    assert data["refused"] == [{"text_id": "b", "reason": "draft"}]
    (item,) = data["items"]
    assert item["text_id"] == "a" and item["approval"] == "sha256:" + "a" * 64
    (out,) = item["outputs"]
    assert out["path"] == "words/a.txt" and out["bytes"] == len(make_text().title.encode())
    assert len(out["sha256"]) == 64 and out["media"] == {"chars": len(make_text().title)}
    counts = json.loads((tmp_path / "count/manifest.json").read_text())
    assert counts["refused"] == [{"text_id": "b", "reason": "draft"}]
    assert counts["items"][0]["inputs"] == [{"path": "words/a.txt", "sha256": out["sha256"]}]


def test_a_failing_render_does_not_stop_the_others_nor_lose_earlier_outputs(tmp_path):
    run(two_texts(), tmp_path)
    before = (tmp_path / "words/b.txt").read_bytes()
    broken = two_texts(b={"title": "BOOM", "approval": "sha256:" + "d" * 64},
                       a={"title": "Mới", "approval": "sha256:" + "e" * 64})
    report, lines = run(broken, tmp_path)
    assert report.exit_code == 1
    assert rendered(report) == {"words": ["a"], "count": ["a"]}
    assert report.stages[0].failed == [("b", "b: title: cannot render")]
    assert report.stages[1].failed[0][0] == "b"   # its input failed, so it is reported, not rendered
    assert (tmp_path / "words/b.txt").read_bytes() == before
    assert Manifest.load(tmp_path, "words").items["b"]["approval"] == "sha256:" + "b" * 64


def test_parallel_build_gives_the_same_result(tmp_path):
    texts = tuple(make_text(f"t{i}", approval=f"sha256:{i:064d}") for i in range(6))
    report = build(make_campaign(texts), tmp_path, jobs=2, registry=REGISTRY, echo=lambda _: None)
    assert rendered(report)["count"] == sorted(f"t{i}" for i in range(6))
    assert verify_outputs(tmp_path, ["words", "count"]) == (12, [])


def test_verify_reports_changed_and_missing_files(tmp_path):
    run(two_texts(), tmp_path)
    (tmp_path / "count/a.txt").write_text("999")
    (tmp_path / "count/b.txt").unlink()
    checked, problems = verify_outputs(tmp_path, ["words", "count"])
    assert checked == 4
    assert sorted(p[1:] for p in problems) == [("count/a.txt", "changed (hash differs from the manifest)"),
                                                 ("count/b.txt", "missing")]


def test_a_killed_build_resumes_from_its_manifest(tmp_path):
    campaign = two_texts()
    run(campaign, tmp_path)
    # simulate a build killed after 'a' of a forced rebuild: b's record is gone, a's is there
    manifest = Manifest.load(tmp_path, "count")
    del manifest.items["b"]
    manifest.save(tmp_path)
    (tmp_path / "count" / ".b.x1y2.tmp.txt").write_text("half-written")  # what a kill mid-write leaves
    (tmp_path / "count" / ".clip-b.x1y2.tmp").mkdir()                      # a render's scratch folder
    (tmp_path / "count" / ".clip-b.x1y2.tmp" / "frame.png").write_text("half-written")
    report, _ = run(campaign, tmp_path)
    assert rendered(report) == {"words": [], "count": ["b"]}
    assert not list(Path(tmp_path).rglob("*.tmp*"))


def test_a_changed_input_from_another_stage_rebuilds_the_reader(tmp_path):
    campaign = two_texts()
    run(campaign, tmp_path)
    # words/a.txt re-rendered with other bytes (as after a code change of that stage)
    (tmp_path / "words/a.txt").write_text("khác")
    words = Manifest.load(tmp_path, "words")
    from pipeline.manifest import output_record
    words.items["a"]["outputs"] = [output_record(tmp_path, "words/a.txt", {})]
    words.save(tmp_path)
    reasons = {pj.job.key: pj.reason for pj in plan_build(campaign, tmp_path, registry=REGISTRY)[1].jobs}
    assert reasons == {"a": "input changed", "b": None}
    report, _ = run(campaign, tmp_path)
    assert rendered(report) == {"words": [], "count": ["a"]}
    assert (tmp_path / "count/a.txt").read_text() == "4"


def test_a_failure_is_recorded_for_status_and_cleared_by_a_success(tmp_path):
    broken = two_texts(b={"title": "BOOM"})
    run(broken, tmp_path)
    plans = plan_build(broken, tmp_path, registry=REGISTRY)
    assert plans[0].failures["b"]["message"] == "b: title: cannot render"
    assert plans[1].failures["b"]["message"].startswith("input not available: words/b.txt")
    data = json.loads((tmp_path / "words/manifest.json").read_text())
    assert [entry["key"] for entry in data["failed"]] == ["b"]
    run(two_texts(), tmp_path)
    assert json.loads((tmp_path / "words/manifest.json").read_text())["failed"] == []
    assert all(not plan.failures for plan in plan_build(two_texts(), tmp_path, registry=REGISTRY))


# --- manifests that cannot be trusted (issue 9, item 4) ----------------------------------------------

GOOD_OUTPUT = {"path": "words/a.txt", "sha256": "0" * 64, "bytes": 1}
MALFORMED = {
    "a list": [],
    "an empty output": {"schema": 1, "stage": "words", "items": [{"key": "a", "outputs": [{}]}]},
    "outputs a string": {"schema": 1, "stage": "words", "items": [{"key": "a", "outputs": "x"}]},
    "another schema": {"schema": 2, "stage": "words", "items": [{"key": "a", "outputs": [GOOD_OUTPUT]}]},
    "items a string": {"schema": 1, "stage": "words", "items": "abc"},
    "another stage": {"schema": 1, "stage": "count", "items": []},
    "not JSON": "{\"schema\": 1, \"items\": [",
    "engine a string": {"schema": 1, "stage": "words", "items": [{"key": "a", "outputs": [GOOD_OUTPUT],
                                                                   "engine": "reportlab"}]},
    "engine name a number": {"schema": 1, "stage": "words", "items": [{"key": "a", "outputs": [GOOD_OUTPUT],
                                                                       "engine": {"name": 7}}]},
    "speech engine a list": {"schema": 1, "stage": "words", "items": [
        {"key": "a", "outputs": [GOOD_OUTPUT], "engine": {"name": "moviepy", "speech": []}}]},
}
ESCAPES = ["../../etc/passwd", "/etc/passwd", "words/../../outside.txt"]


def write_manifest(out_dir: Path, stage: str, data) -> Path:
    path = out_dir / stage / "manifest.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data), "utf-8")
    return path


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_a_malformed_manifest_is_reported_rebuilt_and_never_trusted(tmp_path, case, caplog):
    run(two_texts(), tmp_path)
    path = write_manifest(tmp_path, "words", MALFORMED[case])
    checked, problems = verify_outputs(tmp_path, ["words", "count"])
    assert ("words", "words/manifest.json") in [p[:2] for p in problems], problems
    assert "not trusted" in dict((p[1], p[2]) for p in problems)["words/manifest.json"]
    assert str(path) in caplog.text                       # the warning names the file
    reasons = {pj.job.key: pj.reason for pj in plan_build(two_texts(), tmp_path, registry=REGISTRY)[0].jobs}
    assert reasons == {"a": "manifest not trusted", "b": "manifest not trusted"}
    report, _ = run(two_texts(), tmp_path)
    assert rendered(report)["words"] == ["a", "b"]
    assert verify_outputs(tmp_path, ["words", "count"]) == (4, [])


@pytest.mark.parametrize("escape", ESCAPES)
def test_verify_and_preflight_never_read_a_manifest_path_outside_the_output_folder(tmp_path, escape):
    from click.testing import CliRunner

    from pipeline.cli import cli

    out_dir = tmp_path / "out"
    (out_dir / "leaflets").mkdir(parents=True)
    (tmp_path / "outside.txt").write_text("secret")
    write_manifest(out_dir, "leaflets", {"schema": 1, "stage": "leaflets", "items": [
        {"key": "a", "outputs": [{"path": escape, "sha256": "0" * 64, "bytes": 6}]}]})
    for command in (["verify"], ["preflight"]):
        result = CliRunner().invoke(cli, command + ["--out", str(out_dir)])
        assert result.exit_code == 2, result.output
        assert escape in result.output and "outside the output folder" in result.output
        assert "changed" not in result.output


def test_verify_does_not_follow_a_symlink_out_of_the_output_folder(tmp_path):
    from click.testing import CliRunner

    from pipeline.cli import cli

    run(two_texts(), tmp_path / "out")
    (tmp_path / "secret.txt").write_text("secret")
    target = tmp_path / "out" / "words" / "a.txt"
    target.unlink()
    target.symlink_to(tmp_path / "secret.txt")
    data = json.loads((tmp_path / "out/words/manifest.json").read_text())
    data["stage"] = "leaflets"                                            # a stage verify knows
    (tmp_path / "out/leaflets").mkdir()
    write_manifest(tmp_path / "out", "leaflets", data)
    result = CliRunner().invoke(cli, ["verify", "--out", str(tmp_path / "out")])
    assert result.exit_code == 2 and "words/a.txt" in result.output and "outside" in result.output


# --- recording: a journal, one manifest write per stage, nothing written by a no-op (item 5) ------------

def file_states(out_dir: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(out_dir)): (p.stat().st_mtime_ns, p.stat().st_ino)
            for p in out_dir.rglob("*") if p.is_file() and p.name != ".build.lock"}


def test_a_build_with_nothing_to_do_writes_nothing(tmp_path):
    run(two_texts(), tmp_path)
    before = file_states(tmp_path)
    report, _ = run(two_texts(), tmp_path)
    assert rendered(report) == {"words": [], "count": []}
    assert file_states(tmp_path) == before


def test_the_manifest_is_written_once_per_stage_and_jobs_go_to_the_journal(tmp_path, monkeypatch):
    saves: list[str] = []
    journal_lines: list[str] = []
    original_save = Manifest.save

    def counting_save(self, out_dir):
        saves.append(self.stage)
        journal = Manifest.journal_path(out_dir, self.stage)
        journal_lines.extend(journal.read_text().splitlines() if journal.exists() else [])
        original_save(self, out_dir)

    monkeypatch.setattr(Manifest, "save", counting_save)
    texts = tuple(make_text(f"t{i}", approval=f"sha256:{i:064d}") for i in range(5))
    build(make_campaign(texts), tmp_path, registry=REGISTRY, echo=lambda _: None)
    assert saves == ["words", "count"]
    kinds = [json.loads(line)["kind"] for line in journal_lines]
    assert kinds.count("item") == 10 and kinds.count("intent") == 10   # one record and one intent per output
    assert not list(tmp_path.rglob(".journal.jsonl"))                  # folded into the manifests


def test_jobs_recorded_in_the_journal_survive_a_kill_before_the_manifest_is_written(tmp_path):
    import subprocess
    import sys

    script = ("import sys; from pathlib import Path\n"
              "from tests.test_build import WordsStage, build, make_campaign, make_text\n"
              "texts = tuple(make_text(f't{i}', approval=f'sha256:{i:064d}') for i in range(5))\n"
              "build(make_campaign(texts), Path(sys.argv[1]) / 'out', registry=(WordsStage(),), echo=print)\n")
    root = Path(__file__).parent.parent
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path)], cwd=root, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(root), "WORDS_KILL_AT": "t3"})
    tmp_path = tmp_path / "out"
    assert done.returncode == -9, done.stderr
    assert not (tmp_path / "words/manifest.json").exists()       # the kill came before the end of the stage
    assert sorted(Manifest.load(tmp_path, "words").items) == ["t0", "t1", "t2"]
    texts = tuple(make_text(f"t{i}", approval=f"sha256:{i:064d}") for i in range(5))
    report = build(make_campaign(texts), tmp_path, registry=(WordsStage(),), echo=lambda _: None)
    assert rendered(report) == {"words": ["t3", "t4"]}
    assert verify_outputs(tmp_path, ["words"]) == (5, [])


# --- up-to-date decisions that do not trust the clock (item 6) ---------------------------------------

def test_an_output_edited_to_the_same_size_with_its_mtime_put_back_is_rebuilt(tmp_path):
    import os

    run(two_texts(), tmp_path)
    path = tmp_path / "words/a.txt"
    stat = path.stat()
    path.write_text("X" * stat.st_size)
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    reasons = {pj.job.key: pj.reason for pj in plan_build(two_texts(), tmp_path, registry=REGISTRY)[0].jobs}
    assert reasons == {"a": "output modified", "b": None}
    report, _ = run(two_texts(), tmp_path)
    assert rendered(report)["words"] == ["a"]
    assert path.read_text() == make_text().title


def test_an_output_folder_copied_elsewhere_is_hashed_once_then_trusted_by_its_new_stat(tmp_path, monkeypatch):
    import shutil

    from pipeline import manifest as manifest_module

    run(two_texts(), tmp_path / "here")
    shutil.copytree(tmp_path / "here", tmp_path / "there")      # new inodes and change times, same bytes
    hashed: list[str] = []
    original = manifest_module.sha256_file
    monkeypatch.setattr(manifest_module, "sha256_file", lambda path: hashed.append(Path(path).name) or original(path))
    report, _ = run(two_texts(), tmp_path / "there")
    assert rendered(report) == {"words": [], "count": []}
    assert sorted(hashed) == ["a.txt", "a.txt", "b.txt", "b.txt"]   # words/ and count/: hashed, found the same
    record = Manifest.load(tmp_path / "there", "words").items["a"]["outputs"][0]
    assert record["inode"] == (tmp_path / "there/words/a.txt").stat().st_ino   # the new stat is recorded
    hashed.clear()
    before = file_states(tmp_path / "there")
    report, _ = run(two_texts(), tmp_path / "there")
    assert rendered(report) == {"words": [], "count": []}
    assert hashed == [] and file_states(tmp_path / "there") == before   # trusted by stat: no hash, no write


def test_build_verify_rehashes_every_output(tmp_path):
    run(two_texts(), tmp_path)
    manifest = Manifest.load(tmp_path, "words")
    manifest.items["b"]["outputs"][0]["sha256"] = "f" * 64        # stat still matches: only a hash sees it
    manifest.save(tmp_path)
    assert plan_build(two_texts(), tmp_path, registry=REGISTRY)[0].to_build == []
    reasons = {pj.job.key: pj.reason
               for pj in plan_build(two_texts(), tmp_path, registry=REGISTRY, rehash=True)[0].jobs}
    assert reasons == {"a": None, "b": "output modified"}
    report, _ = run(two_texts(), tmp_path, rehash=True)
    assert rendered(report)["words"] == ["b"]


def test_a_kill_between_replacing_an_output_and_recording_it_is_not_tampering(tmp_path):
    from pipeline.build import _render_job

    run(two_texts(), tmp_path)
    edited = two_texts(a={"title": "Tiêu đề mới", "approval": "sha256:" + "c" * 64})
    job = WordsStage().jobs(edited, None)[0]
    outcome = _render_job(WordsStage(), job, edited, tmp_path, None)   # renamed into place, then "killed"
    assert outcome[0] is not None and (tmp_path / "words/a.txt").read_text() == "Tiêu đề mới"
    _, problems = verify_outputs(tmp_path, ["words"])
    assert problems == [("words", "words/a.txt", "written by an interrupted build, not yet recorded; "
                                                 "run the same build again to finish it")]
    reasons = {pj.job.key: pj.reason for pj in plan_build(two_texts(), tmp_path, registry=REGISTRY)[0].jobs}
    assert reasons["a"] == "interrupted build"
    run(edited, tmp_path)
    assert verify_outputs(tmp_path, ["words", "count"]) == (4, [])
    assert not (tmp_path / "words/.journal.jsonl").exists()


def mutations(valid, rng):
    """Random damage to a valid manifest: one value somewhere replaced by another JSON value."""
    odd = [None, 0, -1, 1.5, "", "x", "../../etc/passwd", [], {}, [{}], {"key": 1}, True, "0" * 64]
    for _ in range(300):
        data = json.loads(json.dumps(valid))
        node, path = data, []
        while isinstance(node, (dict, list)) and node and rng.random() < 0.8:
            key = rng.choice(sorted(node)) if isinstance(node, dict) else rng.randrange(len(node))
            path.append(key)
            if not isinstance(node[key], (dict, list)) or not node[key]:
                break
            node = node[key]
        if not path:
            yield rng.choice(odd)
            continue
        parent = data
        for key in path[:-1]:
            parent = parent[key]
        parent[path[-1]] = rng.choice(odd)
        yield data


def test_no_damaged_manifest_makes_plan_verify_or_build_fail(tmp_path):
    import random

    campaign = two_texts(b={"title": "BOOM"})
    run(campaign, tmp_path)
    valid = json.loads((tmp_path / "words/manifest.json").read_text())
    for number, damaged in enumerate(mutations(valid, random.Random(4))):
        write_manifest(tmp_path, "words", damaged)
        plan_build(campaign, tmp_path, registry=REGISTRY)
        if number % 5 == 0:
            run(campaign, tmp_path)
            write_manifest(tmp_path, "words", damaged)
        try:
            verify_outputs(tmp_path, ["words"])
        except ManifestInvalid as exc:      # an escape: verify reports it as bad input (exit 2)
            assert "outside the output folder" in str(exc)
    report, _ = run(campaign, tmp_path)
    assert report.stages[0].failed == [("b", "b: title: cannot render")]
    assert verify_outputs(tmp_path, ["words", "count"])[1] == []


def test_every_data_file_a_stage_names_exists_and_counts_in_its_code_version():
    """The ICC profile, the word list and the lexicon are part of a stage's code version: each glob a stage
    names matches a file, and a code version with that file differs from one without it."""
    from pipeline.stages import STAGES
    from pipeline.stages.base import code_hash

    root = Path(__file__).resolve().parents[1]
    globs = {entry for stage in STAGES for entry in stage.code if "/" in entry}
    assert {"assets/icc/*.icc", "assets/words_vi*.txt", "assets/lexicon.yaml"} <= globs
    for entry in globs:
        assert list(root.glob(entry)), f"{entry} matches no file"
        modules = tuple(name for name in next(s.code for s in STAGES if entry in s.code) if "/" not in name)
        assert code_hash(modules + (entry,)) != code_hash(modules)


def test_parallel_workers_get_the_long_jobs_first_and_the_rest_as_planned():
    """The tri-fold (several texts) and a job that last took over twice the median go first, longest first;
    the others keep the plan's order, so progress still reads text by text."""
    from pipeline.build import PlannedJob, long_jobs_first

    def planned(key: str, texts: int = 1) -> PlannedJob:
        ids = tuple(f"{key}-{n}" for n in range(texts))
        return PlannedJob(Job("leaflets", key, ids, (f"leaflets/{key}.pdf",)), "new")

    runnable = [planned(f"t{n}") for n in range(6)] + [planned("trifold", 4)]
    assert [p.job.key for p in long_jobs_first(runnable, {})] == ["trifold", "t0", "t1", "t2", "t3", "t4", "t5"]
    previous = {f"t{n}": {"render_s": 0.03 + n / 1000} for n in range(6)} | {"t4": {"render_s": 0.5},
                                                                            "trifold": {"render_s": 0.2}}
    assert [p.job.key for p in long_jobs_first(runnable, previous)] == ["t4", "trifold", "t0", "t1", "t2", "t3", "t5"]
    assert long_jobs_first([], {}) == []
