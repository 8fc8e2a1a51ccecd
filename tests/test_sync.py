"""`media-pipeline sync`, the station's program, against a real server on 127.0.0.1 that cuts connections
and a publisher that republishes while it runs."""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import http.server
import json
import os
import random
import shutil
import socket
import subprocess
import sys
import threading
import time
from datetime import date, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from click.testing import CliRunner

from pipeline.broadcast import Broadcast
from pipeline.errors import PipelineError, UsageError
from pipeline.cli import cli
from pipeline.delivery.server import StaticFileHandler, make_server
from pipeline.delivery.station_files import STATION_NS
from pipeline.delivery.stations import publish_stations
from pipeline.delivery.sync import (PARTIAL_DIR, PLAYLIST_NAME, STATE_NAME, sync_once, verify_directory,
                                   vietnam_today, watch)
from test_delivery import media_dir  # noqa: F401 (the fixture of real MP3s)
from test_delivery import FIRST_PUBLISH, TEXT_IDS, _campaign, _texts, build_out, revise_mp3, serving

TOKEN = "tram-xa-an-binh-0123456789abcdef"


class CutStats:
    """What the cutting server sent: body bytes of MP3 answers, the prefixes it cut off, answers per path."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.sent = 0
        self.cut_prefixes: list[int] = []
        self.answers: dict[str, int] = {}


class _CuttingSocket:
    """A socket whose sendfile sends only a random part of the body, then drops the connection; counts what it
    sends for MP3 files. `cuts` says which answers are cut: "early" (the first answer for each path, and
    the second one time in two: every file is cut, none forever), "always" (MP3s), or "never"."""

    def __init__(self, sock, handler, rng: random.Random, stats: CutStats, cuts: str, listings: bool):
        self._sock, self._handler, self._rng, self._stats = sock, handler, rng, stats
        self._cuts, self._listings = cuts, listings

    def _cut(self, path: str, is_mp3: bool) -> bool:
        earlier = self._stats.answers.get(path, 0)
        self._stats.answers[path] = earlier + 1
        if self._cuts == "always":
            return is_mp3
        if self._cuts == "early" and (is_mp3 or self._listings):
            return earlier == 0 or (earlier == 1 and self._rng.random() < 0.5)
        return False

    def sendfile(self, file, offset=0, count=None):
        path = self._handler.path.split("?")[0]
        is_mp3 = path.endswith(".mp3")
        with self._stats.lock:
            cut = count > 1 and self._cut(path, is_mp3)
            length = self._rng.randint(1, count - 1) if cut else count
        sent = self._sock.sendfile(file, offset=offset, count=length)
        if is_mp3:  # the feed and index may be cut too; not counted
            with self._stats.lock:
                self._stats.sent += sent
                if cut:
                    self._stats.cut_prefixes.append(sent)
        if cut:
            self._sock.shutdown(socket.SHUT_RDWR)
            raise ConnectionResetError("cut by the test server")
        return sent

    def __getattr__(self, name):
        return getattr(self._sock, name)


@contextlib.contextmanager
def cutting_server(root: Path, cuts: str = "never", seed: int = 8, tokens=None, access_log=None, listings=True):
    """The real server over `root`, whose answers are cut at random points (see _CuttingSocket)."""
    stats = CutStats()
    rng = random.Random(seed)

    class CuttingHandler(StaticFileHandler):
        def setup(self):
            super().setup()
            self.connection = _CuttingSocket(self.connection, self, rng, stats, cuts, listings)

    srv = make_server(root, "127.0.0.1", 0, tokens=tokens, access_log=access_log)
    srv.RequestHandlerClass = CuttingHandler
    with serving(srv):
        yield srv, stats


def _published(tmp_path, media_dir, texts=None):
    """An output folder with bigger bulletins (20 repetitions of the sine MP3s), and its stations path."""
    out_dir = build_out(tmp_path, media_dir, texts=texts)
    for text_id in TEXT_IDS:
        revise_mp3(out_dir, text_id, times=20)
    return out_dir, out_dir / "publish" / "stations"


def _current(dest: Path) -> dict[str, str]:
    index = json.loads((dest / "index.json").read_text(encoding="utf-8"))
    return {b["file"]: b["sha256"] for b in index["bulletins"]}


def _station_files(station: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in station.glob("*.mp3")}


def test_sync_through_cut_connections_and_republishes(tmp_path, media_dir):
    out_dir, dest = _published(tmp_path, media_dir)
    station = tmp_path / "station"
    dest.parent.mkdir(parents=True, exist_ok=True)
    publish_stations(_campaign(), out_dir, "http://127.0.0.1:1/", now=FIRST_PUBLISH)
    with cutting_server(dest, cuts="early") as (srv, stats):
        feed_url = srv.url + "feed.xml"
        def republish() -> None:  # a new rendering of every text, and a withdrawal, while the station syncs
            for number in range(1, 7):
                time.sleep(0.05)
                texts = _texts(**({"bhyt-hoc-sinh": {"status": "draft", "refusal": "draft"}} if number == 3 else {}))
                revise_mp3(out_dir, TEXT_IDS[number % 3], times=2)
                publish_stations(_campaign(texts), out_dir, srv.url, now=FIRST_PUBLISH + timedelta(minutes=number))

        publisher = threading.Thread(target=republish)
        publisher.start()
        reports = []
        try:
            while publisher.is_alive() or len(reports) < 2:
                reports.append(sync_once(feed_url, station, today=date(2026, 12, 1)))
                # whatever happened, every MP3 in the station folder is whole and one the publisher made
                assert verify_directory(station) == []
        finally:
            publisher.join(timeout=60)
        final = sync_once(feed_url, station, today=date(2026, 12, 1))

    current = _current(dest)
    assert final.exit_code == 0 and final.failed == []
    assert _station_files(station) == current  # exactly the current versions, each verified
    assert not list((station / PARTIAL_DIR).iterdir())
    playlist = (station / PLAYLIST_NAME).read_text(encoding="utf-8").splitlines()
    assert playlist[0] == "#EXTM3U" and [line for line in playlist if not line.startswith("#")][0].startswith(
        "tro-cap-thai-san-")  # emergency first
    assert set(line for line in playlist if not line.startswith("#")) == set(current)
    state = json.loads((station / STATE_NAME).read_text(encoding="utf-8"))
    assert state["ok"] is True and set(state["files"]) == set(current)
    assert "SHA-256 verified" in (station / "sync.log").read_text(encoding="utf-8")

    runs = reports + [final]
    needed = sum((dest / name).stat().st_size for name in {n for r in runs for n in r.downloaded})
    resent = stats.sent - needed  # bytes the server sent twice (or for nothing)
    restart_resent = sum(stats.cut_prefixes)  # without resuming, every cut prefix is sent again from byte 0
    print(f"\nsync: {len(stats.cut_prefixes)} connections cut, {sum(r.resumed for r in runs)} downloads resumed; "
          f"{needed} bytes needed, {stats.sent} sent; re-sent {resent} bytes with Range + If-Range "
          f"vs {restart_resent} restarting from zero")
    assert len(stats.cut_prefixes) >= 6 and sum(r.resumed for r in runs) >= 6
    assert resent < restart_resent


def test_sync_keeps_what_it_has_removes_withdrawn_and_plays_only_today(tmp_path, media_dir):
    schedule = Broadcast(date(2026, 12, 1), date(2026, 12, 31), ("06:00", "17:30"))
    texts = _texts(**{"luong-huu-15-nam": {"broadcast": schedule},
                      "tro-cap-thai-san": {"broadcast": Broadcast(date(2027, 1, 1), None, ())}})
    out_dir, dest = _published(tmp_path, media_dir, texts=texts)
    station = tmp_path / "station"
    publish_stations(_campaign(texts), out_dir, "http://127.0.0.1:1/", now=FIRST_PUBLISH)
    with cutting_server(dest, cuts="never") as (srv, stats):
        feed_url = srv.url + "feed.xml"
        first = sync_once(feed_url, station, today=date(2026, 11, 30))
        playlist = [l for l in (station / PLAYLIST_NAME).read_text(encoding="utf-8").splitlines() if l[:1] != "#"]
        # 30/11: bhyt (no schedule) only; luong-huu starts on 1/12, the emergency one on 1/1/2027
        assert [name.rsplit("-", 1)[0] for name in playlist] == ["bhyt-hoc-sinh"]
        assert len(first.downloaded) == 3

        sent_before = stats.sent
        second = sync_once(feed_url, station, today=date(2026, 12, 1))
        assert second.downloaded == [] and len(second.kept) == 3 and stats.sent == sent_before
        text = (station / PLAYLIST_NAME).read_text(encoding="utf-8")
        assert "phát lúc 06:00, 17:30" in text and "#PLAYLIST:Bản tin phát ngày 01/12/2026" in text
        assert "tro-cap-thai-san" not in text

        withdrawn = _texts(**{"luong-huu-15-nam": {"status": "draft", "refusal": "draft"}})
        publish_stations(_campaign(withdrawn), out_dir, srv.url, now=FIRST_PUBLISH + timedelta(hours=1))
        (station / "nhac-hieu.mp3").write_bytes(b"the station's own jingle")  # not ours: never touched
        third = sync_once(feed_url, station, today=date(2026, 12, 1))
        assert [name.rsplit("-", 1)[0] for name in third.removed] == ["luong-huu-15-nam"]
        assert _station_files(station) == {**_current(dest), "nhac-hieu.mp3": hashlib.sha256(
            b"the station's own jingle").hexdigest()}


def test_sync_restarts_a_partial_file_of_another_version_or_with_wrong_bytes(tmp_path, media_dir):
    """A partial download whose ETag no longer matches: If-Range makes the server send the whole file; one
    with wrong bytes fails the SHA-256 check and is fetched again from the start."""
    out_dir, dest = _published(tmp_path, media_dir)
    publish_stations(_campaign(), out_dir, "http://127.0.0.1:1/", now=FIRST_PUBLISH)
    station = tmp_path / "station"
    name, other = list(_current(dest))[:2]
    (station / PARTIAL_DIR).mkdir(parents=True)
    (station / PARTIAL_DIR / f"{name}.part").write_bytes(b"old bytes of another version" * 100)
    (station / PARTIAL_DIR / f"{name}.etag").write_text('"0000"', encoding="utf-8")
    # a whole-looking file with wrong bytes (a disk error, a proxy that changed it): thrown away, fetched again
    (station / PARTIAL_DIR / f"{other}.part").write_bytes(b"\0" * (dest / other).stat().st_size)
    with cutting_server(dest, cuts="never") as (srv, _):
        report = sync_once(srv.url + "feed.xml", station)
    assert report.exit_code == 0 and _station_files(station) == _current(dest)
    assert "do not match the published SHA-256" in (station / "sync.log").read_text(encoding="utf-8")


def _run_sync(*args, env_token=None):
    """`media-pipeline sync ARGS` in this process (click's runner): exit code and what it printed."""
    result = CliRunner().invoke(cli, ["sync", *args], env={"MEDIA_PIPELINE_TOKEN": env_token})
    return SimpleNamespace(returncode=result.exit_code, output=result.output)


def test_sync_command_exit_status_and_tokens_never_logged(tmp_path, media_dir):
    out_dir = build_out(tmp_path, media_dir)
    dest = out_dir / "publish" / "stations"
    publish_stations(_campaign(), out_dir, "http://127.0.0.1:1/", now=FIRST_PUBLISH)
    station = tmp_path / "station"
    access_log = tmp_path / "access.log"
    with cutting_server(dest, tokens={TOKEN: "an-binh"}, access_log=access_log) as (srv, _):
        feed_url = srv.url + "feed.xml"
        refused = _run_sync(feed_url, str(station))
        assert refused.returncode == 2 and "token" in refused.output
        assert _run_sync(feed_url, str(station), "--token", "wrong-token-0123456789").returncode == 2
        ok = _run_sync(feed_url, str(station), env_token=TOKEN)
        assert ok.returncode == 0, ok.output
        assert "3 downloaded" in ok.output and _station_files(station) == _current(dest)
        copied_link = _run_sync(f"{feed_url}?token={TOKEN}", str(station))  # a link copied from the page
        assert copied_link.returncode == 0 and "3 already here" in copied_link.output
    assert _run_sync(feed_url, str(station), "--token", TOKEN).returncode == 1  # the server is gone
    with open(station / ".sync.lock", "a") as lock:  # a slow run from cron still going
        fcntl.flock(lock, fcntl.LOCK_EX)
        busy = _run_sync(feed_url, str(station), "--token", TOKEN)
    assert busy.returncode == 1 and "another sync is still running" in busy.output
    assert _run_sync("ftp://example.org/feed.xml", str(station)).returncode == 2
    log = access_log.read_text(encoding="utf-8")
    assert " an-binh " in log and " 401 " in log
    state = (station / STATE_NAME).read_text(encoding="utf-8")
    for text in (log, (station / "sync.log").read_text(encoding="utf-8"), state):
        assert TOKEN not in text and "wrong-token" not in text


def test_watch_keeps_polling_and_follows_a_new_emergency(tmp_path, media_dir):
    texts = _texts(**{"tro-cap-thai-san": {"status": "draft", "refusal": "draft"}})
    out_dir = build_out(tmp_path, media_dir)
    dest = out_dir / "publish" / "stations"
    publish_stations(_campaign(texts), out_dir, "http://127.0.0.1:1/", now=FIRST_PUBLISH)
    station = tmp_path / "station"
    lines: list[str] = []

    def echo(line: str) -> None:  # between two rounds, an emergency bulletin is approved and published
        lines.append(line)
        if len([line for line in lines if line.startswith("release ")]) == 1 and line.startswith("release "):
            publish_stations(_campaign(), out_dir, srv.url, now=FIRST_PUBLISH + timedelta(minutes=5))

    with cutting_server(dest, cuts="never") as (srv, _):
        watch(srv.url + "feed.xml", station, interval_s=0.01, echo=echo, rounds=2)
    warnings = [line for line in lines if line.startswith("WARNING: no publisher key")]
    lines = [line for line in lines if line.startswith("release ")]
    assert len(warnings) == 2  # no key configured: said loudly in every round
    assert len(lines) == 2 and "2 downloaded" in lines[0] and "1 downloaded, 2 already here" in lines[1]
    playlist = [l for l in (station / PLAYLIST_NAME).read_text(encoding="utf-8").splitlines() if l[:1] != "#"]
    assert playlist[0].startswith("tro-cap-thai-san-") and _station_files(station) == _current(dest)


def test_a_new_version_that_cannot_be_fetched_leaves_the_old_one_and_exit_1(tmp_path, media_dir, monkeypatch):
    monkeypatch.setattr("pipeline.delivery.sync.ATTEMPTS", 3)
    out_dir, dest = _published(tmp_path, media_dir)
    publish_stations(_campaign(), out_dir, "http://127.0.0.1:1/", now=FIRST_PUBLISH)
    station = tmp_path / "station"
    with cutting_server(dest, cuts="never") as (srv, _):
        assert sync_once(srv.url + "feed.xml", station).exit_code == 0
    before = _station_files(station)
    revise_mp3(out_dir, "bhyt-hoc-sinh", times=2)
    publish_stations(_campaign(), out_dir, "http://127.0.0.1:1/", now=FIRST_PUBLISH + timedelta(hours=1))
    with cutting_server(dest, cuts="always") as (srv, _):  # every MP3 answer cut
        report = sync_once(srv.url + "feed.xml", station)
    new_name = next(name for name in _current(dest) if name.startswith("bhyt-hoc-sinh"))
    assert report.exit_code == 1 and [name for name, _ in report.failed] == [new_name]
    assert _station_files(station) == before and verify_directory(station) == []  # old version kept, whole
    with cutting_server(dest, cuts="never") as (srv, _):
        report = sync_once(srv.url + "feed.xml", station)
    assert report.exit_code == 0 and report.resumed == 1 and _station_files(station) == _current(dest)


def test_todays_playlist_follows_the_vietnamese_date_not_the_station_clock_zone():
    from datetime import datetime, timedelta, timezone

    # 23:30 UTC on 1 December is 06:30 on 2 December in Vietnam: a station machine left on UTC plays the 2nd
    assert str(vietnam_today(datetime(2026, 12, 1, 23, 30, tzinfo=timezone.utc))) == "2026-12-02"
    assert str(vietnam_today(datetime(2026, 12, 1, 16, 59, tzinfo=timezone.utc))) == "2026-12-01"
    assert str(vietnam_today(datetime(2026, 12, 2, 1, 0, tzinfo=timezone(timedelta(hours=-5))))) == "2026-12-02"


# ---------------------------------------------------------------- signed releases


def _keys(tmp_path: Path, name: str = "nha-xuat-ban.key"):
    """A publisher key pair made as `keygen` makes it: the private key and the path of its .pub."""
    from pipeline.approval import load_private_key
    from pipeline.approve import write_key_pair

    write_key_pair(tmp_path / name)
    return load_private_key(tmp_path / name), tmp_path / f"{name}.pub"


def _release_folder(dest: Path, number: int) -> Path:
    """The release folder of `dest` with that release number."""
    from pipeline.delivery.releases import releases_dir

    return next(folder for folder in releases_dir(dest).iterdir()
                if json.loads((folder / "index.json").read_text(encoding="utf-8"))["release_number"] == number)


def test_signed_releases_pinned_key_rollback_unsigned_and_withdraw_all(tmp_path, media_dir):
    from pipeline.delivery.sync import ReleaseRefused

    key, pub = _keys(tmp_path)
    out_dir = build_out(tmp_path, media_dir)
    dest = out_dir / "publish" / "stations"
    station = tmp_path / "station"
    publish_stations(_campaign(), out_dir, "http://127.0.0.1:1/", now=FIRST_PUBLISH, key=key)
    revise_mp3(out_dir, "bhyt-hoc-sinh")
    publish_stations(_campaign(), out_dir, "http://127.0.0.1:1/", now=FIRST_PUBLISH + timedelta(hours=1), key=key)
    index = json.loads((dest / "index.json").read_text(encoding="utf-8"))
    assert index["release_number"] == 2 and index["signed"]["release_number"] == 2
    assert index["signature"]["key"] == pub.read_text(encoding="utf-8").strip()
    assert {b["file"] for b in index["signed"]["bulletins"]} == set(_current(dest))

    with cutting_server(dest) as (srv, _):
        first = sync_once(srv.url + "feed.xml", station, publisher_key=str(pub), today=date(2026, 12, 1))
        assert first.exit_code == 0 and first.warnings == [] and _station_files(station) == _current(dest)
    state = json.loads((station / STATE_NAME).read_text(encoding="utf-8"))
    assert state["publisher_key"] == index["signature"]["key"] and state["accepted"]["number"] == 2
    current = _station_files(station)

    # the older signed release 1, served again (a stale mirror, an attacker replaying it): refused
    with cutting_server(_release_folder(dest, 1)) as (srv, _):
        with pytest.raises(ReleaseRefused, match="older than release 2 accepted"):
            sync_once(srv.url + "feed.xml", station)  # the key pinned at the first run is used
    assert _station_files(station) == current

    # an unsigned release (published without --key) is refused by a station with a pinned key
    publish_stations(_campaign(), out_dir, "http://127.0.0.1:1/", now=FIRST_PUBLISH + timedelta(hours=2))
    with cutting_server(dest) as (srv, _):
        with pytest.raises(ReleaseRefused, match="not signed"):
            sync_once(srv.url + "feed.xml", station)
    assert _station_files(station) == current

    # a release signed by another key
    other, _ = _keys(tmp_path, "ke-gia-mao.key")
    publish_stations(_campaign(), out_dir, "http://127.0.0.1:1/", now=FIRST_PUBLISH + timedelta(hours=3), key=other)
    with cutting_server(dest) as (srv, _):
        with pytest.raises(ReleaseRefused, match="signed by another key"):
            sync_once(srv.url + "feed.xml", station)
    assert _station_files(station) == current and (station / PLAYLIST_NAME).is_file()

    # withdrawing everything takes a signed, explicit empty release; the station then removes every bulletin
    with pytest.raises(PipelineError, match="withdraw-all"):
        publish_stations(_campaign(()), out_dir, "http://127.0.0.1:1/", key=key)
    with pytest.raises(UsageError, match="needs --key"):
        publish_stations(_campaign(), out_dir, "http://127.0.0.1:1/", withdraw_all=True)
    publish_stations(_campaign(), out_dir, "http://127.0.0.1:1/", now=FIRST_PUBLISH + timedelta(hours=4), key=key,
                     withdraw_all=True)
    index = json.loads((dest / "index.json").read_text(encoding="utf-8"))
    assert index["signed"]["withdraw_all"] is True and index["bulletins"] == [] and index["release_number"] == 5
    with cutting_server(dest) as (srv, _):
        emptied = sync_once(srv.url + "feed.xml", station)
    assert emptied.exit_code == 0 and sorted(emptied.removed) == sorted(current) and _station_files(station) == {}
    assert [line for line in (station / PLAYLIST_NAME).read_text(encoding="utf-8").splitlines()
            if not line.startswith("#")] == []


def test_publish_of_nothing_approved_is_refused_by_the_command(tmp_path, media_dir):
    """`publish` of a campaign whose texts are all unapproved: exit 1 with the reason, the current release kept."""
    out_dir = build_out(tmp_path, media_dir)
    publish_stations(_campaign(), out_dir, "http://127.0.0.1:1/", now=FIRST_PUBLISH)
    dest = out_dir / "publish" / "stations"
    before = _current(dest)
    drafts = _texts(**{text_id: {"status": "draft", "refusal": "draft"} for text_id in TEXT_IDS})
    with pytest.raises(PipelineError, match="nothing published") as refused:
        publish_stations(_campaign(drafts), out_dir, "http://127.0.0.1:1/")
    assert refused.value.exit_code == 1 and _current(dest) == before


def test_a_station_without_key_warns_and_refuses_an_empty_listing(tmp_path, media_dir):
    from pipeline.delivery.sync import ReleaseRefused

    out_dir = build_out(tmp_path, media_dir)
    dest = out_dir / "publish" / "stations"
    publish_stations(_campaign(), out_dir, "http://127.0.0.1:1/", now=FIRST_PUBLISH)
    station = tmp_path / "station"
    with cutting_server(dest) as (srv, _):
        report = sync_once(srv.url + "feed.xml", station)
    assert report.exit_code == 0 and "no publisher key" in report.lines()[0]
    current = _station_files(station)
    fake = tmp_path / "fake"  # a server that lists nothing, unsigned: to a station without key, a wipe-out
    fake.mkdir()
    release = json.loads((dest / "index.json").read_text(encoding="utf-8"))["release"]
    (fake / "feed.xml").write_text(f'<rss version="2.0" xmlns:station="{STATION_NS}"><channel><title>x</title>'
                                   f"<station:release>{release}-x</station:release></channel></rss>")
    (fake / "index.json").write_text(json.dumps({"release": f"{release}-x", "bulletins": []}))
    with cutting_server(fake) as (srv, _):
        with pytest.raises(ReleaseRefused, match="lists no bulletin"):
            sync_once(srv.url + "feed.xml", station)
    assert _station_files(station) == current
    assert "no publisher key" in (station / "sync.log").read_text(encoding="utf-8")


# ---------------------------------------------------------------- hostile servers


class _HostileHandler(http.server.BaseHTTPRequestHandler):
    """Answers from the server's `routes` (path -> function of the handler), else the file under its root."""

    protocol_version = "HTTP/1.0"

    def do_GET(self) -> None:  # noqa: N802 (http.server naming)
        path = self.path.split("?")[0]
        self.server.requests.append(path)
        route = self.server.routes.get(path)
        try:
            if route is not None:
                route(self)
            elif (self.server.root / path.lstrip("/")).is_file():
                _answer(self, (self.server.root / path.lstrip("/")).read_bytes())
            else:
                self.send_error(404)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the station hung up: what these servers hope it does

    def log_message(self, *args) -> None:
        pass


def _answer(handler, body: bytes, length: int | None = None, status: int = 200, headers=None) -> None:
    handler.send_response(status)
    for name, value in (headers or {}).items():
        handler.send_header(name, value)
    handler.send_header("Content-Length", str(len(body) if length is None else length))
    handler.end_headers()
    handler.wfile.write(body)


@contextlib.contextmanager
def hostile_server(root: Path, routes: dict):
    """A small threaded http.server on 127.0.0.1 (none of our code) serving `root`, with hostile `routes`."""
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _HostileHandler)
    srv.daemon_threads = True
    srv.root, srv.routes, srv.requests = Path(root), routes, []
    srv.url = f"http://127.0.0.1:{srv.server_address[1]}/"
    with serving(srv):
        yield srv


def _endless(handler, first: bytes, piece: bytes, pause_s: float = 0.0, length: int | None = None) -> None:
    """An answer that never ends (or ends after `length` bytes, dripped `piece` by `piece`)."""
    handler.send_response(200)
    if length is not None:
        handler.send_header("Content-Length", str(length))
    handler.end_headers()
    handler.wfile.write(first)
    sent = len(first)
    while length is None or sent < length:
        handler.wfile.write(piece)
        handler.wfile.flush()
        sent += len(piece)
        if pause_s:
            time.sleep(pause_s)


RUN_LIMIT_S = 4  # --max-run-seconds of every hostile run
_MEASURE = ("import json, resource, subprocess, sys, time\n"
            "start = time.monotonic()\n"
            "done = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
            "print(json.dumps({'rc': done.returncode, 'seconds': time.monotonic() - start, 'out': done.stdout + "
            "done.stderr, 'rss_kb': resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))\n")


def _sync_subprocess(feed_url: str, station: Path, cwd: Path, *extra: str) -> dict:
    """`media-pipeline sync` as a real process, with its exit status, seconds and peak RSS (of it alone: a fresh
    parent waits for it)."""
    command = [sys.executable, "-c", _MEASURE, sys.executable, "-m", "pipeline", "sync", feed_url, str(station),
               "--max-run-seconds", str(RUN_LIMIT_S), "--timeout", "2", *extra]
    env = {**os.environ, "HOME": str(cwd), "MEDIA_PIPELINE_TOKEN": ""}
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=120)
    return json.loads(done.stdout)


@pytest.fixture(scope="module")
def releases(tmp_path_factory, media_dir):
    """Signed releases 1 to 3 and an unsigned 4, and a station that accepted release 2 with the key pinned."""
    tmp = tmp_path_factory.mktemp("releases")
    key, pub = _keys(tmp)
    out_dir = build_out(tmp, media_dir)
    dest = out_dir / "publish" / "stations"
    publish_stations(_campaign(), out_dir, "http://127.0.0.1:1/", now=FIRST_PUBLISH, key=key)
    revise_mp3(out_dir, "bhyt-hoc-sinh", times=3)
    publish_stations(_campaign(), out_dir, "http://127.0.0.1:1/", now=FIRST_PUBLISH + timedelta(hours=1), key=key)
    station = tmp / "station"
    with cutting_server(dest) as (srv, _):
        assert sync_once(srv.url + "feed.xml", station, publisher_key=str(pub)).exit_code == 0
    revise_mp3(out_dir, "luong-huu-15-nam", times=4)
    publish_stations(_campaign(), out_dir, "http://127.0.0.1:1/", now=FIRST_PUBLISH + timedelta(hours=2), key=key)
    publish_stations(_campaign(), out_dir, "http://127.0.0.1:1/", now=FIRST_PUBLISH + timedelta(hours=3))
    folders = {number: _release_folder(dest, number) for number in (1, 2, 3, 4)}
    new_file = next(name for name in _current(folders[3]) if name.startswith("luong-huu-15-nam"))
    return SimpleNamespace(station=station, pub=pub, folders=folders, current=_station_files(station),
                           new_file=new_file, new_size=(folders[3] / new_file).stat().st_size)


def _forged_index(folder: Path) -> bytes:
    """Release 2's index with a fake emergency: a bulletin's title and priority changed, signature left as it was."""
    index = json.loads((folder / "index.json").read_text(encoding="utf-8"))
    for listing in (index["bulletins"], index["signed"]["bulletins"]):
        fake = next(b for b in listing if b["id"] == "luong-huu-15-nam")
        fake.update(title="KHẨN CẤP: sơ tán ngay", priority="emergency")
    return json.dumps(index).encode()


def _many_items(release: str, count: int) -> dict:
    """A feed and index listing `count` bulletins (small ones, so only their number is over the limit)."""
    hashes = [hashlib.sha256(str(n).encode()).hexdigest() for n in range(count)]
    items = "".join(f"<item><station:sha256>{h}</station:sha256></item>" for h in hashes)
    feed = (f'<rss version="2.0" xmlns:station="{STATION_NS}"><channel><title>x</title><station:release>{release}'
            f"</station:release>{items}</channel></rss>").encode()
    index = {"release": release, "bulletins": [{"id": f"b{n}", "file": f"b{n}-{h[:12]}.mp3", "sha256": h, "bytes": 1}
                                               for n, h in enumerate(hashes)]}
    return {"/feed.xml": lambda h: _answer(h, feed), "/index.json": lambda h: _answer(h, json.dumps(index).encode())}


def _empty_listing(release: str) -> dict:
    feed = (f'<rss version="2.0" xmlns:station="{STATION_NS}"><channel><title>x</title><station:release>{release}'
            "</station:release></channel></rss>").encode()
    index = json.dumps({"release": release, "bulletins": []}).encode()
    return {"/feed.xml": lambda h: _answer(h, feed), "/index.json": lambda h: _answer(h, index)}


def _hostile_value(folder: Path, name: str, raw: str) -> dict:
    """The release's feed with its index unsigned and one bulletin's `name` set to `raw` JSON text (1e400 reads as
    infinity, [1] cannot be hashed)."""
    index = json.loads((folder / "index.json").read_text(encoding="utf-8"))
    index.pop("signed", None)
    index.pop("signature", None)
    index["bulletins"][0][name] = "@HOSTILE@"
    body = json.dumps(index).replace('"@HOSTILE@"', raw).encode()
    return {"/index.json": lambda h: _answer(h, body)}


def _utf16_entities(folder: Path) -> dict:
    """The release's feed re-encoded as UTF-16 with an entity declaration: a byte search for "<!DOCTYPE" misses
    it, and expat expands the entities (a billion laughs is the same at a larger scale)."""
    feed = (folder / "feed.xml").read_text(encoding="utf-8").split("?>", 1)[-1]
    entities = '<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    body = ('<?xml version="1.0" encoding="UTF-16"?>' + entities + feed.replace("<title>", "<title>&b;", 1))
    return {"/feed.xml": lambda h: _answer(h, body.encode("utf-16"))}


def _swapped(new_file: str, size: int) -> dict:
    return {f"/{new_file}": lambda h: _answer(h, b"\x00" * size, headers={"ETag": '"swapped"'})}


# name: (release folder served, hostile routes, what the refusal says); routes take the fixture
HOSTILE = {
    "forged index (a fake emergency, not re-signed)": (
        2, lambda r: {"/index.json": lambda h: _answer(h, _forged_index(r.folders[2]))}, "changed after signing"),
    "file swapped (signed index, other bytes)": (
        3, lambda r: _swapped(r.new_file, r.new_size), "do not match the signed SHA-256"),
    "rollback to an older signed release": (1, lambda r: {}, "a rollback, refused"),
    "unsigned release with a key pinned": (4, lambda r: {}, "is not signed"),
    "empty unsigned listing, station without key": (
        2, lambda r: _empty_listing("fake"), "lists no bulletin"),
    "100 MB feed": (
        2, lambda r: {"/feed.xml": lambda h: _endless(h, b"<rss>", b"\0" * CHUNK_TEST, length=100_000_000)},
        "over the limit"),
    "endless index.json": (2, lambda r: {"/index.json": lambda h: _endless(h, b"{", b" " * CHUNK_TEST)},
                           "over the limit"),
    "slow drip of the feed": (
        2, lambda r: {"/feed.xml": lambda h: _endless(h, b"<", b"r", pause_s=0.2, length=1_000_000)},
        "time limit"),
    "slow drip of a bulletin": (
        3, lambda r: {f"/{r.new_file}": lambda h: _endless(h, b"I", b"D", pause_s=0.2, length=r.new_size)},
        "time limit"),
    "ftp:// redirect": (
        2, lambda r: {"/feed.xml": lambda h: _answer(h, b"", status=302,
                                                     headers={"Location": "ftp://127.0.0.1:21/feed.xml"})},
        "not an http:// or https:// address: refused"),
    "10,000 bulletins": (2, lambda r: _many_items("many", 10_000), "more than 1000 bulletins"),
    "a list for a SHA-256, station without key": (
        2, lambda r: _hostile_value(r.folders[2], "sha256", "[1]"), "kept changing"),
    "an infinite size, station without key": (
        2, lambda r: _hostile_value(r.folders[2], "bytes", "1e400"), "cannot convert float infinity"),
    "UTF-16 feed declaring entities": (2, lambda r: _utf16_entities(r.folders[2]), "declares a DOCTYPE"),
    "an infinite duration, station without key": (
        2, lambda r: _hostile_value(r.folders[2], "duration_s", "1e400"), "not a finite number"),
}
CHUNK_TEST = 1 << 16


@pytest.mark.parametrize("attack", list(HOSTILE))
def test_a_hostile_server_changes_nothing(attack, releases, tmp_path):
    """Each hostile answer: `sync` exits 1 within its time limit, under 200 MB, writes nothing outside its
    folder and keeps every bulletin it had (and today's playlist of them)."""
    number, routes, says = HOSTILE[attack]
    station = tmp_path / "only-the-station" / "station"
    shutil.copytree(releases.station, station)
    if "without key" in attack:
        state = json.loads((station / STATE_NAME).read_text(encoding="utf-8"))
        del state["publisher_key"]
        (station / STATE_NAME).write_text(json.dumps(state), encoding="utf-8")
    (station / PLAYLIST_NAME).unlink()  # written again by the run, whatever the server sends
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    with hostile_server(releases.folders[number], routes(releases)) as srv:
        run = _sync_subprocess(srv.url + "feed.xml", station, cwd)
        requests = list(srv.requests)
        again = _sync_subprocess(srv.url + "feed.xml", station, cwd) if "swapped" in attack else None
        requests_again = srv.requests[len(requests):]
    print(f"\n{attack}: exit {run['rc']} in {run['seconds']:.1f} s, peak RSS {run['rss_kb'] / 1024:.0f} MB, "
          f"{len(requests)} request(s)")
    assert run["rc"] == 1 and says in run["out"] and "Traceback" not in run["out"], run["out"]
    assert run["seconds"] < RUN_LIMIT_S + 4 and run["rss_kb"] < 200 * 1024
    assert list(cwd.iterdir()) == [] and [p.name for p in station.parent.iterdir()] == ["station"]
    assert {name: digest for name, digest in _station_files(station).items()} == releases.current
    playing = [l for l in (station / PLAYLIST_NAME).read_text(encoding="utf-8").splitlines() if l[:1] != "#"]
    assert set(playing) == set(releases.current)  # every bulletin it had is still played
    if "ftp" in attack:
        assert requests == ["/feed.xml"]  # refused at once, not tried again
    if again is not None:  # the bad bytes are remembered: not downloaded again until the index changes
        assert again["rc"] == 1 and f"/{releases.new_file}" in requests
        assert f"/{releases.new_file}" not in requests_again and "earlier run" in again["out"]


# ---------------------------------------------------------------- offline playlists, conditional requests


def test_offline_station_drops_expired_bulletins_and_shows_emergency_times(tmp_path, media_dir):
    """The server unreachable for days: every run still rebuilds today's playlist from the verified files and
    their accepted release, so an expired storm warning stops playing on the day after its last."""
    from pipeline.delivery.sync import TransferError

    storm = Broadcast(date(2026, 12, 1), date(2026, 12, 3), ("06:00", "17:30"))
    texts = _texts(**{"tro-cap-thai-san": {"broadcast": storm}})
    out_dir = build_out(tmp_path, media_dir, texts=texts)
    dest = out_dir / "publish" / "stations"
    publish_stations(_campaign(texts), out_dir, "http://127.0.0.1:1/", now=FIRST_PUBLISH)
    station = tmp_path / "station"
    with cutting_server(dest) as (srv, _):
        feed_url = srv.url + "feed.xml"
        assert sync_once(feed_url, station, today=date(2026, 12, 3)).exit_code == 0
    text = (station / PLAYLIST_NAME).read_text(encoding="utf-8")
    assert "# KHẨN CẤP: phát ngay, nhắc lại lúc 06:00, 17:30 (đến hết ngày 03/12/2026)" in text
    assert [l for l in text.splitlines() if l[:1] != "#"][0].startswith("tro-cap-thai-san-")
    # the server is gone (the test server stopped): the run fails, yet the playlist is today's
    with pytest.raises(TransferError):
        sync_once(feed_url, station, today=date(2026, 12, 4))
    text = (station / PLAYLIST_NAME).read_text(encoding="utf-8")
    playing = [l for l in text.splitlines() if l[:1] != "#"]
    assert "#PLAYLIST:Bản tin phát ngày 04/12/2026" in text and "tro-cap-thai-san" not in text
    assert sorted(name.rsplit("-", 1)[0] for name in playing) == ["bhyt-hoc-sinh", "luong-huu-15-nam"]
    state = json.loads((station / STATE_NAME).read_text(encoding="utf-8"))
    assert state["ok"] is False and len(state["files"]) == 3  # the expired file stays until it is withdrawn


def _static_server(root: Path):
    """`python -m http.server` (the standard library's static server, no code of ours) over `root`."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen([sys.executable, "-m", "http.server", "--bind", "127.0.0.1", "--directory",
                                str(root), str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
            break
        time.sleep(0.05)
    return process, f"http://127.0.0.1:{port}/"


def settled_lines(access_log: Path, quiet_s: float = 0.3, limit_s: float = 10.0) -> list[str]:
    """The access log's lines once no line has been added for `quiet_s`: the server writes a request's line after
    its answer is sent, so a client can be done before the line of its last request is there."""
    deadline = time.monotonic() + limit_s
    lines = access_log.read_text(encoding="utf-8").splitlines()
    while time.monotonic() < deadline:
        time.sleep(quiet_s)
        now = access_log.read_text(encoding="utf-8").splitlines()
        if now == lines:
            break
        lines = now
    return lines


def test_a_run_with_nothing_new_asks_once_each_and_receives_no_body(tmp_path, media_dir):
    """Feed and index are asked for once per run, with the validators of the copy kept: our server answers
    304 by ETag, a static server by Last-Modified; a new publish is seen at once."""
    out_dir = build_out(tmp_path, media_dir)
    dest = out_dir / "publish" / "stations"
    publish_stations(_campaign(), out_dir, "http://127.0.0.1:1/", now=FIRST_PUBLISH)
    listing_bytes = (dest / "feed.xml").stat().st_size + (dest / "index.json").stat().st_size
    access_log = tmp_path / "access.log"
    station = tmp_path / "station"
    with cutting_server(dest, access_log=access_log) as (srv, _):
        first = sync_once(srv.url + "feed.xml", station)
        logged = len(settled_lines(access_log))
        second = sync_once(srv.url + "feed.xml", station)
        lines = settled_lines(access_log)[logged:]
    assert first.exit_code == 0 and len(first.downloaded) == 3
    assert second.exit_code == 0 and second.not_modified == 2 and second.bytes_received == 0
    assert [line.split('"')[1] for line in lines] == ["GET /feed.xml HTTP/1.1", "GET /index.json HTTP/1.1"]
    assert all(" 304 " in line for line in lines)
    print(f"\nno-change run: {len(lines)} requests, {second.bytes_received} body bytes "
          f"(the feed and index are {listing_bytes} bytes)")

    static_station = tmp_path / "static-station"
    process, url = _static_server(dest)
    try:
        assert sync_once(url + "feed.xml", static_station).exit_code == 0
        unchanged = sync_once(url + "feed.xml", static_station)
        assert unchanged.not_modified == 2 and unchanged.bytes_received == 0
        time.sleep(1.1)  # Last-Modified counts whole seconds
        revise_mp3(out_dir, "bhyt-hoc-sinh")
        publish_stations(_campaign(), out_dir, "http://127.0.0.1:1/", now=FIRST_PUBLISH + timedelta(hours=1))
        changed = sync_once(url + "feed.xml", static_station)
    finally:
        process.terminate()
        process.wait(timeout=10)
    assert changed.not_modified == 0 and len(changed.downloaded) == 1 and _station_files(static_station) == \
        _current(dest)


def test_a_killed_run_never_blocks_the_next_and_a_live_one_frees_dir_in_time(releases, tmp_path):
    """A run stuck on a slow drip holds DIR's lock only until its time limit; one killed outright holds nothing."""
    station = tmp_path / "station"
    shutil.copytree(releases.station, station)
    drip = {f"/{releases.new_file}": lambda h: _endless(h, b"I", b"D", pause_s=0.2, length=releases.new_size)}
    with hostile_server(releases.folders[3], drip) as srv:
        feed_url = srv.url + "feed.xml"
        stuck = subprocess.Popen([sys.executable, "-m", "pipeline", "sync", feed_url, str(station),
                                  "--max-run-seconds", "60"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            for _ in range(200):  # until it is downloading, lock held
                if (station / PARTIAL_DIR / f"{releases.new_file}.part").exists():
                    break
                time.sleep(0.05)
            busy = _run_sync(feed_url, str(station))
            assert busy.returncode == 1 and "another sync is still running" in busy.output
        finally:
            stuck.kill()
            stuck.wait(timeout=10)
        started = time.monotonic()
        bounded = _run_sync(feed_url, str(station), "--max-run-seconds", "2", "--timeout", "1")
        assert bounded.returncode == 1 and "time limit of 2 s" in bounded.output
        assert time.monotonic() - started < 2 + 3
    with cutting_server(releases.folders[3]) as (srv, _):  # the genuine server: the bulletin arrives
        report = sync_once(srv.url + "feed.xml", station)
    assert report.exit_code == 0 and releases.new_file in report.downloaded


def test_sync_command_key_option(releases, tmp_path):
    station = tmp_path / "station"
    assert _run_sync("http://127.0.0.1:1/feed.xml", str(station), "--publisher-key",
                     str(tmp_path / "missing.pub")).returncode == 2
    (tmp_path / "bad.pub").write_text("ed25519:not-a-key\n", encoding="utf-8")
    bad = _run_sync("http://127.0.0.1:1/feed.xml", str(station), "--publisher-key", str(tmp_path / "bad.pub"))
    assert bad.returncode == 2 and "not a valid Ed25519 public key" in bad.output
    with hostile_server(releases.folders[4], {}) as srv:  # unsigned
        refused = _run_sync(srv.url + "feed.xml", str(station), "--publisher-key", str(releases.pub))
    assert refused.returncode == 1 and "is not signed" in refused.output and not list(station.glob("*.mp3"))
    with hostile_server(releases.folders[3], {}) as srv:  # the key given as text works too
        ok = _run_sync(srv.url + "feed.xml", str(station), "--publisher-key",
                       releases.pub.read_text(encoding="utf-8").strip())
    assert ok.returncode == 0, ok.output
    assert "WARNING" not in ok.output and _station_files(station) == _current(releases.folders[3])


def test_publish_command_signs_and_refuses_an_unsigned_withdrawal(tmp_path):
    from pipeline.approve import write_key_pair

    write_key_pair(tmp_path / "k.key")
    out = tmp_path / "out"
    unsigned = CliRunner().invoke(cli, ["publish", "--out", str(out), "--withdraw-all"])
    assert unsigned.exit_code == 2 and "--withdraw-all needs --key" in unsigned.output
    (tmp_path / "not-a-key").write_text("hello", encoding="utf-8")
    bad = CliRunner().invoke(cli, ["publish", "--out", str(out), "--key", str(tmp_path / "not-a-key")])
    assert bad.exit_code == 2 and "not an unencrypted PEM private key" in bad.output
    assert not out.exists()


def test_todays_playlist_is_written_whatever_breaks_in_a_run(releases, tmp_path, monkeypatch):
    """An unexpected error (a bug, not a PipelineError) in the network part of a run still leaves today's
    playlist of the files on disk, and is raised again."""
    from pipeline.delivery import sync

    station = tmp_path / "station"
    shutil.copytree(releases.station, station)
    (station / PLAYLIST_NAME).unlink()

    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(sync, "_update", broken)
    with pytest.raises(RuntimeError, match="a bug"):
        sync_once("http://127.0.0.1:1/feed.xml", station)
    playing = [l for l in (station / PLAYLIST_NAME).read_text(encoding="utf-8").splitlines() if l[:1] != "#"]
    assert set(playing) == set(releases.current)
    assert json.loads((station / STATE_NAME).read_text(encoding="utf-8"))["ok"] is False


def test_the_backstop_is_skipped_where_there_is_no_sigalrm(monkeypatch):
    """Windows has no SIGALRM nor setitimer: the run goes on bounded by its timeouts and deadline checks."""
    import signal

    from pipeline.delivery.sync import Deadline

    monkeypatch.delattr(signal, "SIGALRM")
    monkeypatch.delattr(signal, "setitimer")
    ran = []
    with Deadline(5).backstop():
        ran.append(True)
    assert ran == [True]


def test_only_a_republish_makes_the_feed_and_index_be_fetched_again(releases, tmp_path, monkeypatch):
    """Another ValueError while reading a release is not taken for a publish between the two requests."""
    from pipeline.delivery import sync

    def broken(*args, **kwargs):
        raise ValueError("not a republish")

    monkeypatch.setattr(sync, "parse_listing", broken)
    station = tmp_path / "station"
    shutil.copytree(releases.station, station)
    with hostile_server(releases.folders[2], {}) as srv:
        with pytest.raises(ValueError, match="not a republish"):
            sync_once(srv.url + "feed.xml", station)
        assert srv.requests == ["/feed.xml", "/index.json"]


@pytest.mark.parametrize("signed", [False, True])
def test_a_release_number_of_true_is_no_number(signed):
    """JSON true is an int to Python: it must not pass for release 1 (a signed release without a number is
    refused by check_release)."""
    from pipeline.delivery.sync import parse_listing

    feed = (f'<rss version="2.0" xmlns:station="{STATION_NS}"><channel><title>x</title>'
            "<station:release>r</station:release></channel></rss>").encode()
    index = {"release": "r", "bulletins": []}
    if signed:
        index["signed"] = {"release": "r", "release_number": True, "bulletins": [], "withdraw_all": True}
    else:
        index["release_number"] = True
    assert parse_listing(feed, json.dumps(index).encode(), "test").number is None
