"""The `media-pipeline` command line: parse, call the library, turn known errors into messages.

All real work lives in importable modules (pipeline.build, pipeline.campaign, pipeline.delivery...).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import json
import logging
import os
import sys
import traceback
from pathlib import Path

import click

from pipeline import __version__
from pipeline.errors import PipelineError, UsageError, escape_controls
from pipeline.stage_names import STAGE_NAMES

log = logging.getLogger("pipeline")
DEFAULT_JOBS = max(1, min(os.cpu_count() or 1, 4))

campaign_argument = click.argument("campaign", required=False, default="assets/campaign",
                                   type=click.Path(path_type=Path))
STUDIO_EXTRA = "pip install 'media-pipeline[studio]'"  # what a light (station) install lacks to build or publish


def load_campaign(root: Path, trusted_keys: Path | None = None):
    """The campaign at `root`; imported here, not at start, so that a station's `sync` and `serve` run
    without the producer's dependencies."""
    from pipeline.campaign import load_campaign as load

    return load(root, trusted_keys)


_crash_log_dir = Path("output") / ".logs"  # the output folder's .logs/ once --out is parsed


def _remember_out(ctx, param, value: Path) -> Path:
    """Keep the output folder so a crash log lands in its .logs/, never in the user's home."""
    global _crash_log_dir
    try:
        os.stat(value)
    except FileNotFoundError:
        pass  # made by the command that writes it
    except (OSError, ValueError) as exc:  # a name too long, a NUL, a link loop...: now, not as an internal error
        raise UsageError(f"--out {value}: {getattr(exc, 'strerror', None) or exc}") from None
    _crash_log_dir = Path(value) / ".logs"
    return value


json_option = click.option("--json", "as_json", is_flag=True,
                           help="Print one JSON document on stdout for machines (progress stays on stderr).")


def echo_json(document: dict) -> None:
    """The one JSON document of a `--json` command, on stdout."""
    click.echo(json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True))


variant_option = click.option("--variant", "variants", multiple=True, metavar="ID",
                              help="Only this variant (locality) of the campaign; repeatable. Default: all.")
trusted_keys_option = click.option(
    "--trusted-keys", "trusted_keys", default=None, type=click.Path(path_type=Path), metavar="FILE",
    help="Whose approval keys are trusted, outside the campaign (default: $MEDIA_PIPELINE_TRUSTED_KEYS, else "
         "~/.config/media-pipeline/trusted-keys.yaml when it exists).")
out_option = click.option("--out", "out_dir", default="output", show_default=True, type=click.Path(path_type=Path),
                          callback=_remember_out, help="Output folder.")


def echo_err(message: str) -> None:
    """A progress or report line, on stderr (control characters from input escaped)."""
    click.echo(escape_controls(message, keep_newlines=True), err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="media-pipeline")
@click.option("-v", "--verbose", is_flag=True, help="Show debug logging.")
def cli(verbose: bool) -> None:
    """Turn approved campaign texts into leaflets, infographics, loudspeaker audio and motion clips."""
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")


@cli.command()
@campaign_argument
@out_option
@click.option("--stage", "stages", multiple=True, type=click.Choice(STAGE_NAMES),
              help="Only this stage (and the stages it needs); repeatable.")
@click.option("-j", "--jobs", default=DEFAULT_JOBS, show_default=True, type=click.IntRange(1, 64),
              help="Render this many jobs at once, in separate processes (default: one per CPU core).")
@click.option("--force", is_flag=True, help="Re-render everything, even what is up to date.")
@click.option("--no-marks", is_flag=True, help="Leaflets without crop marks (for print shops that add their own).")
@click.option("--silent", is_flag=True, help="Clips without narration, cards timed by reading speed.")
@click.option("--verify", "rehash", is_flag=True, help="Re-hash every output instead of trusting its file status.")
@click.option("--executor", default="local", show_default=True, type=click.Choice(["local", "dask"]),
              help="Where jobs run: local processes (-j), or a Dask cluster (--scheduler, else a LocalCluster of -j workers).")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="The Dask scheduler, e.g. tcp://host:8786 (with --executor dask).")
@variant_option
@trusted_keys_option
@json_option
def build(campaign: Path, out_dir: Path, stages: tuple[str, ...], jobs: int, force: bool, no_marks: bool,
          silent: bool, rehash: bool, executor: str, scheduler: str | None, variants: tuple[str, ...],
          trusted_keys: Path | None, as_json: bool) -> None:
    """Render every stage for every approved text; skip what is up to date."""
    from pipeline.build import build as run_build
    from pipeline.processes import BuildInterrupted
    from pipeline.progress import summary_table

    if scheduler and executor != "dask":
        raise UsageError("--scheduler needs --executor dask")
    if scheduler:
        from pipeline.executors import check_scheduler

        check_scheduler(scheduler)   # before the campaign is read or anything planned
    if executor == "local" and jobs > 1:   # read beside the renderers' imports, which the workers will inherit
        from pipeline.build import worker_import_groups
        from pipeline.startup import load_beside_imports

        read = load_beside_imports(lambda: load_campaign(campaign, trusted_keys), worker_import_groups(list(stages)))
    else:
        read = load_campaign(campaign, trusted_keys)
    loaded = with_overrides(read, no_marks=no_marks, silent=silent)
    try:
        report = run_build(loaded, out_dir, list(stages), jobs=jobs, force=force, echo=echo_err, rehash=rehash,
                           executor=executor, scheduler=scheduler, variants=variants)
    except BuildInterrupted as exc:
        echo_err(exc.message)
        if as_json:
            echo_json({"exit_code": exc.exit_code, "interrupted": signal_name(exc.signum), "message": exc.message})
        sys.exit(exc.exit_code)
    echo_err(summary_table(result.row() for result in report.stages))
    rendered = sum(len(result.rendered) for result in report.stages)
    failed = [(f"{result.variant}/{result.stage}" if result.variant else result.stage, key, message)
              for result in report.stages for key, message in result.failed]
    if rendered == 0 and not failed:
        echo_err("nothing to do: every output is up to date")
    for stage, key, message in failed:
        echo_err(f"FAILED {stage} {key}: {message}")
    if report.log_path:
        echo_err(f"details of unexpected errors: {report.log_path}")
    if report.refused:
        echo_err(f"{len(report.refused)} text(s) refused: " + ", ".join(f"{i} ({r})" for i, r in report.refused))
    if as_json:
        echo_json(report.as_json())
    sys.exit(report.exit_code)


def signal_name(signum: int) -> str:
    """SIGINT, SIGTERM... for a signal number."""
    import signal

    return signal.Signals(signum).name


def with_overrides(campaign, no_marks: bool = False, silent: bool = False):
    """The campaign with command-line choices laid over its campaign.yaml settings."""
    sections = dict(campaign.sections)
    if no_marks:
        sections["leaflets"] = {**campaign.section("leaflets"), "marks": False}
    if silent:
        sections["clips"] = {**campaign.section("clips"), "silent": True}
    return dataclasses.replace(campaign, sections=sections)


@cli.command()
@campaign_argument
@out_option
@click.option("--stage", "stages", multiple=True, type=click.Choice(STAGE_NAMES), help="Only this stage.")
@click.option("--no-marks", is_flag=True, help="As `build --no-marks`.")
@click.option("--silent", is_flag=True, help="As `build --silent`.")
@variant_option
@trusted_keys_option
@json_option
def status(campaign: Path, out_dir: Path, stages: tuple[str, ...], no_marks: bool, silent: bool,
           variants: tuple[str, ...], trusted_keys: Path | None, as_json: bool) -> None:
    """Dry run: per text and stage, up to date / to build (and why) / refused (and why)."""
    from pipeline import ledger
    from pipeline.build import plan_variants

    loaded = with_overrides(ledger.check(load_campaign(campaign, trusted_keys), out_dir), no_marks=no_marks,
                            silent=silent)
    planned_variants = plan_variants(loaded, out_dir, list(stages), variants)
    plans = [plan for _, variant_plans in planned_variants for plan in variant_plans]
    to_build = 0
    rows: list[tuple[str, str, str, str]] = []
    for text in loaded.refused_texts:
        for plan in planned_variants[0][1]:
            rows.append((text.id, plan.stage.name, "-", f"refused ({text.refusal})"))
    for variant, variant_plans in planned_variants:
        for plan in variant_plans:
            for planned in plan.jobs:
                label = planned.job.text_id or "(campaign)"
                state = "up to date" if planned.reason is None else f"to build ({planned.reason})"
                if planned.reason is None:  # what its last render had to give up (an image's text left out...)
                    warnings = [line for out in (plan.manifest.items.get(planned.job.key) or {}).get("outputs", [])
                                for line in (out.get("media") or {}).get("warnings", ())]
                    state += f" ({len(warnings)} warning(s): {'; '.join(warnings)})" if warnings else ""
                failure = plan.failures.get(planned.job.key)
                if failure and planned.reason is not None:
                    state = f"to build (last build FAILED: {failure['message']})"
                to_build += planned.reason is not None
                key = f"{variant}/{planned.job.key}" if variant else planned.job.key
                rows.append((label, plan.stage.name, key, state))
    order = {text.id: i for i, text in enumerate(loaded.texts)}
    rows.sort(key=lambda r: (order.get(r[0], len(order)), STAGE_NAMES.index(r[1]), r[2]))
    refused = len(loaded.refused_texts)
    if as_json:
        echo_json({"exit_code": 1 if refused else 0, "to_build": to_build, "refused": refused,
                   "up_to_date": sum(len(p.jobs) for p in plans) - to_build,
                   "jobs": [{"text_id": None if row[0] == "(campaign)" else row[0], "stage": row[1],
                             "job": None if row[2] == "-" else row[2], "state": row[3]} for row in rows]})
        sys.exit(1 if refused else 0)
    widths = [max(len(row[i]) for row in rows + [("text", "stage", "job", "state")]) for i in range(3)]
    click.echo(f"{'text':<{widths[0]}}  {'stage':<{widths[1]}}  {'job':<{widths[2]}}  state")
    for row in rows:
        click.echo(escape_controls(f"{row[0]:<{widths[0]}}  {row[1]:<{widths[1]}}  {row[2]:<{widths[2]}}  {row[3]}"))
    click.echo(f"\n{to_build} output job(s) to build, {sum(len(p.jobs) for p in plans) - to_build} up to date, "
               f"{refused} text(s) refused")
    sys.exit(1 if refused else 0)


@cli.command()
@click.argument("texts", nargs=-1, type=click.Path(path_type=Path))
@click.option("--by", "approver", required=True, help="Who approves (name or unit).")
@click.option("--key", "key_path", type=click.Path(path_type=Path), default=None,
              help="Sign the approval with this Ed25519 private key (from `keygen`).")
@click.option("--campaign", "campaign_dir", type=click.Path(path_type=Path), default=None,
              help="Also approve this campaign's public settings (campaign.yaml, logo) into its approval.yaml.")
@trusted_keys_option
def approve(texts: tuple[Path, ...], approver: str, key_path: Path | None, campaign_dir: Path | None,
            trusted_keys: Path | None) -> None:
    """Validate and approve texts: writes status, approved_by, approved_at, approval (and signature with --key)."""
    from pipeline.approve import approve_campaign, approve_texts, read_key

    if not texts and campaign_dir is None:
        raise UsageError("name the texts to approve, or --campaign FOLDER")
    key = read_key(key_path)
    results = approve_texts(list(texts), approver, key=key, trusted_keys=trusted_keys) if texts else []
    if campaign_dir is not None:
        results.append(approve_campaign(campaign_dir, approver, key=key, trusted_keys=trusted_keys))
    for result in results:
        state = "approved" if result.changed else "already approved, unchanged"
        signed = ", signed" if key else ""
        click.echo(escape_controls(f"{result.path}: {result.text_id} {state}{signed} ({result.approval[:19]}…)"))


@cli.command()
@click.argument("key_file", type=click.Path(path_type=Path))
@click.option("--name", default=None, help="The approver's name, for the trusted_keys line printed.")
def keygen(key_file: Path, name: str | None) -> None:
    """Make an Ed25519 key pair for signed approvals: KEY_FILE (private, keep it safe) and KEY_FILE.pub."""
    from pipeline.approve import write_key_pair

    public = write_key_pair(key_file)
    click.echo(f"wrote {key_file} (private: only the approver may read it) and {key_file}.pub")
    click.echo("trust it in the trusted-keys file of the machines that build (not in the campaign), e.g. "
               "~/.config/media-pipeline/trusted-keys.yaml:")
    click.echo(escape_controls(f'trusted_keys:\n  "{name or "NAME"}": "{public}"', keep_newlines=True))


def _size(ctx, param, value: str | None) -> tuple[int, int] | None:
    """`--size 1200x628` as (1200, 628)."""
    from pipeline.templates.model import MAX_SIZE

    if value is None:
        return None
    width, sep, height = value.lower().partition("x")
    if not sep or not width.isdigit() or not height.isdigit() or \
            not (16 <= int(width) <= MAX_SIZE and 16 <= int(height) <= MAX_SIZE):
        raise click.BadParameter(f"{value!r}: give WIDTHxHEIGHT in px, e.g. 1200x628")
    return int(width), int(height)


@cli.command()
@click.argument("template")
@click.option("--text", "text_id", required=True, metavar="ID", help="The text to lay out (approved or not).")
@click.option("--campaign", "campaign_dir", default="assets/campaign", show_default=True,
              type=click.Path(path_type=Path), help="Campaign folder (its templates/ come first).")
@click.option("--size", callback=_size, metavar="WxH", help="The same template at another pixel size.")
@click.option("--guides", is_flag=True, help="Draw each layer's box and name, and the safe zone (a leaflet page: also trim, bleed, folds).")
@click.option("--watch", is_flag=True, help="Render again whenever the template, campaign.yaml or a text changes.")
@click.option("--out", "out_file", default="preview.png", show_default=True, type=click.Path(path_type=Path),
              help="The PNG to write.")
def preview(template: str, text_id: str, campaign_dir: Path, size, guides: bool, watch: bool, out_file: Path) -> None:
    """Render one template (a format name or a templates/NAME.yaml file) for one text, in well under a second."""
    from pipeline.infographics.preview import preview as run_preview

    try:
        run_preview(campaign_dir, template, text_id, out_file, size, guides, watch, click.echo)
    except KeyboardInterrupt:
        sys.exit(130)


@cli.command()
@out_option
@json_option
def verify(out_dir: Path, as_json: bool) -> None:
    """Re-hash every output listed in the manifests; report missing or changed files."""
    from pipeline.manifest import PathEscape, verify_outputs
    from pipeline.variants import built_folders

    if not out_dir.is_dir():
        raise UsageError(f"output folder not found: {out_dir}")
    folders = built_folders(out_dir)  # the output folder itself, or one per variant
    if not folders:
        raise PipelineError(f"no manifest in {out_dir}: run `media-pipeline build` first")
    checked, problems = 0, []
    for variant, folder in folders:
        try:
            folder_checked, folder_problems = verify_outputs(folder, list(STAGE_NAMES))
        except PathEscape as exc:
            raise UsageError(f"{exc}; not read") from None
        checked += folder_checked
        problems += [(f"{variant}/{stage}" if variant else stage, path, problem)
                     for stage, path, problem in folder_problems]
    if as_json:
        echo_json({"exit_code": 1 if problems else 0, "checked": checked,
                   "problems": [{"stage": stage, "path": path, "problem": problem} for stage, path, problem in problems]})
        sys.exit(1 if problems else 0)
    for stage, path, problem in problems:
        click.echo(f"{stage}: {path}: {problem}")
    click.echo(f"{checked} file(s) checked, {len(problems)} problem(s)")
    sys.exit(1 if problems else 0)


@cli.command()
@click.argument("pdfs", nargs=-1, type=click.Path(path_type=Path))
@out_option
@click.option("--json", "as_json", is_flag=True, help="Print the reports as JSON (for machines) instead of a table.")
@click.option("--brand", "brand", multiple=True, metavar="NAME=#RRGGBB",
              help="Report ΔE of this brand colour on the output profile (e.g. primary=#0B5FA5); repeatable.")
def preflight(pdfs: tuple[Path, ...], out_dir: Path, as_json: bool, brand: tuple[str, ...]) -> None:
    """Check PDFs as a print shop would (PDF/X, boxes, trim, bleed, CMYK, fonts, ink, text, folds); default: every leaflet."""
    from pipeline.leaflets.preflight import brand_options, format_report, preflight as check_pdf, reports_json
    from pipeline.manifest import Manifest, PathEscape, confined

    paths = list(pdfs)
    products: dict[Path, str] = {}
    if not paths:
        manifest = Manifest.load(out_dir, "leaflets")
        if manifest.problem:
            code = UsageError if isinstance(manifest.problem, PathEscape) else PipelineError
            raise code(f"{Manifest.path_for(out_dir, 'leaflets')}: {manifest.problem}; not trusted: run "
                       "`media-pipeline build --stage leaflets` to rebuild it")
        try:
            outputs = [out for item in manifest.items.values() for out in item["outputs"]
                       if out["path"].endswith(".pdf")
                       and confined(out_dir, out["path"], f"{Manifest.path_for(out_dir, 'leaflets')}: {item['key']}")]
        except PathEscape as exc:
            raise UsageError(f"{exc}; not read") from None
        paths = [out_dir / out["path"] for out in outputs]
        products = {out_dir / out["path"]: out.get("media", {}).get("kind") for out in outputs}
        if not paths:
            raise PipelineError(f"no PDF in {out_dir}/leaflets/manifest.json: run `media-pipeline build "
                                "--stage leaflets` first, or name PDF files")
    missing = [str(path) for path in paths if not path.is_file()]
    if missing:
        raise UsageError(f"file not found: {', '.join(missing)}")
    try:
        colours = brand_options(brand)
    except ValueError as exc:
        raise UsageError(str(exc)) from exc
    reports = [check_pdf(path, product=products.get(path), brand=colours) for path in sorted(paths)]
    failed = sum(not report.ok for report in reports)
    if as_json:
        click.echo(reports_json(reports))
    else:
        click.echo(format_report(reports))
        click.echo(f"{len(reports)} PDF(s) checked, {failed} failed")
    sys.exit(1 if failed else 0)


@cli.group()
def package() -> None:
    """Bundle built files for a receiver."""


@package.command("printers")
@campaign_argument
@out_option
@variant_option
@click.option("--strict", is_flag=True, help="Refuse (exit 1, nothing written) when a job ticket lacks what a "
                                            "print shop needs to price it: print run, paper, proof, delivery, "
                                            "contact person (otherwise a warning each).")
def package_printers_command(campaign: Path, out_dir: Path, variants: tuple[str, ...], strict: bool) -> None:
    """A folder and a zip per print job: the PDFs, SHA256SUMS and a job ticket (job.json, job.txt, job.xjdf).

    With variants: each variant's own jobs (its office on the ticket) in `<out>/<variant>/package/printers/`.
    """
    from pipeline.delivery.printers import package_printers
    from pipeline.variants import variant_targets

    for target, target_dir in variant_targets(load_campaign(campaign), out_dir, variants):
        for path in package_printers(target, target_dir, strict=strict):
            click.echo(f"wrote {path}")


@cli.command()
@campaign_argument
@out_option
@click.option("--base-url", default=None, help="Public address the station files are served from "
                                               "(default: the address `serve` uses).")
@click.option("--grace-days", default=7.0, show_default=True, type=click.FloatRange(0, 365),
              help="How long a withdrawn or replaced bulletin version stays downloadable (unlisted).")
@click.option("--key", "key_path", type=click.Path(path_type=Path), default=None,
              help="Sign the release with this Ed25519 private key (from `keygen`); stations check it with the .pub.")
@click.option("--withdraw-all", is_flag=True,
              help="Publish an empty, signed release on purpose: every station removes every bulletin.")
@variant_option
def publish(campaign: Path, out_dir: Path, base_url: str | None, grace_days: float, key_path: Path | None,
            withdraw_all: bool, variants: tuple[str, ...]) -> None:
    """Publish a new release of publish/stations/: versioned bulletins, RSS feed, JSON index, SHA256SUMS, page.

    With variants: one stations folder per variant, `<out>/<variant>/publish/stations/` (serve it with
    `serve --out <out>/<variant>`), so a province's stations receive only its own bulletins.
    """
    from pipeline.approve import read_key
    from pipeline.delivery.stations import publish_stations
    from pipeline.variants import variant_targets

    grace = dt.timedelta(days=grace_days)
    key = read_key(key_path)
    for target, target_dir in variant_targets(load_campaign(campaign), out_dir, variants):
        dest = publish_stations(target, target_dir, base_url, grace=grace, key=key, withdraw_all=withdraw_all)
        click.echo(f"wrote {dest}" + (", signed" if key else ", NOT signed"))


@cli.command()
@campaign_argument
@out_option
def review(campaign: Path, out_dir: Path) -> None:
    """Write review/index.html: every text, asset, failure and change since the last build, on one page."""
    from pipeline.review import write_review

    if not out_dir.is_dir():
        raise UsageError(f"output folder not found: {out_dir}")
    page_path = write_review(load_campaign(campaign), out_dir)
    click.echo(f"wrote {page_path}; open {page_path.resolve().as_uri()} in a browser")


@cli.command()
@out_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback by default).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option("--tokens", "tokens_file", default=None, type=click.Path(path_type=Path),
              help="File of 'station-name:token' lines: every request then needs its station's token.")
@click.option("--access-log", default=None, type=click.Path(path_type=Path),
              help="Access log file (default: OUT/publish/access.log).")
@click.option("--max-connections", default=4096, show_default=True, type=click.IntRange(1, 1_000_000),
              help="Open connections at once (lowered to what the open-files limit allows); more get 503.")
@click.option("--header-timeout", default=20.0, show_default=True, type=click.FloatRange(0.5, 3600),
              metavar="SECONDS", help="A client that has not sent its whole request by then is cut off.")
def serve(out_dir: Path, host: str, port: int, tokens_file: Path | None, access_log: Path | None,
          max_connections: int, header_timeout: float) -> None:
    """Serve publish/stations/ over HTTP (byte ranges, ETags, tokens, access log; nothing outside the folder)."""
    from pipeline.delivery.server import serve as run_server

    root = out_dir / "publish" / "stations"
    if not (root / "feed.xml").is_file():
        raise PipelineError(f"nothing published in {root}: run `media-pipeline publish` first")
    run_server(root, host, port, tokens_file=tokens_file, access_log=access_log or out_dir / "publish" / "access.log",
               max_connections=max_connections, header_timeout=header_timeout)


@cli.command()
@click.argument("feed_url")
@click.argument("directory", metavar="DIR", type=click.Path(path_type=Path))
@click.option("--token", default=None, envvar="MEDIA_PIPELINE_TOKEN",
              help="This station's token (or the MEDIA_PIPELINE_TOKEN environment variable).")
@click.option("--publisher-key", default=None, metavar="FILE.pub",
              help="The publisher's public key (keygen's .pub, or ed25519:...): only releases it signed are "
                   "accepted; pinned in DIR, later runs need not repeat it.")
@click.option("--watch", "watch_s", default=None, type=click.FloatRange(5, 86400), metavar="SECONDS",
              help="Keep running: check again every SECONDS (emergency bulletins fetched first).")
@click.option("--max-listing-mb", default=4.0, show_default=True, type=click.FloatRange(0.01, 1000),
              help="Largest feed.xml, and index.json, accepted.")
@click.option("--max-items", default=1000, show_default=True, type=click.IntRange(1, 100_000),
              help="Most bulletins in one release.")
@click.option("--max-file-mb", default=100.0, show_default=True, type=click.FloatRange(0.01, 100_000),
              help="Largest bulletin fetched.")
@click.option("--max-run-mb", default=1000.0, show_default=True, type=click.FloatRange(0.01, 1_000_000),
              help="Most bytes received in one run (the rest waits for the next run).")
@click.option("--max-run-seconds", default=600.0, show_default=True, type=click.FloatRange(1, 86400),
              help="Longest run: it gives up (and frees DIR) by then.")
@click.option("--timeout", "timeout_s", default=30.0, show_default=True, type=click.FloatRange(0.1, 3600),
              help="Seconds to connect, and to wait for the next piece of an answer.")
def sync(feed_url: str, directory: Path, token: str | None, publisher_key: str | None, watch_s: float | None,
         max_listing_mb: float, max_items: int, max_file_mb: float, max_run_mb: float, max_run_seconds: float,
         timeout_s: float) -> None:
    """Station side: bring DIR to exactly the current verified bulletins and write today's playlist."""
    from pipeline.delivery.sync import MB, SyncLimits, sync_once, watch

    limits = SyncLimits(listing_bytes=int(max_listing_mb * MB), items=max_items, file_bytes=int(max_file_mb * MB),
                        run_bytes=int(max_run_mb * MB), run_seconds=max_run_seconds, timeout_s=timeout_s)
    if watch_s:
        watch(feed_url, directory, token=token, interval_s=watch_s, echo=echo_err, publisher_key=publisher_key,
              limits=limits)
    report = sync_once(feed_url, directory, token=token, publisher_key=publisher_key, limits=limits)
    for line in report.lines():
        click.echo(escape_controls(line))
    sys.exit(report.exit_code)


def main() -> None:
    """Entry point: run the CLI; an unexpected error becomes one line plus a log file, never a traceback."""
    # Work runs in parallel as processes (-j), never as one big matrix product: OpenBLAS's own threads, started
    # when numpy is imported, only spun (0.06 s of CPU in the build's serial start, per Dask worker too).
    # A user's own setting stands.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    try:
        _run()
    finally:
        # The process ends now: its objects are left out of the collections Python makes while it shuts down,
        # which went through every one of them (~0.08 s after a build, a tenth of its serial time).
        gc.freeze()


def _run() -> None:
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        echo_err("aborted")
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except SystemExit:
        raise
    except KeyboardInterrupt:
        echo_err("interrupted: what finished is kept; run the same command again to resume")
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001
        missing = exc.name if isinstance(exc, ModuleNotFoundError) else None
        if missing and missing.split(".")[0] != "pipeline":
            echo_err(f"error: this command needs {missing}, which a station's install leaves out: {STUDIO_EXTRA}")
            sys.exit(1)
        echo_err(f"error: {type(exc).__name__}: {exc} ({save_crash_log()})")
        sys.exit(1)


def save_crash_log() -> str:
    """Write the current traceback to <output>/.logs/crash-*.log; say where (or why it could not be written)."""
    log_path = _crash_log_dir / f"crash-{dt.datetime.now():%Y%m%d-%H%M%S-%f}.log"
    try:
        log_path.parent.mkdir(parents=True, exist_ok=True)
        log_path.write_text(traceback.format_exc(), "utf-8")
    except OSError as exc:
        return f"no crash log: {exc}"
    return f"details in {log_path}"
