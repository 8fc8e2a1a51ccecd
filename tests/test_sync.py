"""`media-pipeline sync`, the station's program, against a real server on 127.0.0.1 that cuts connections
and a publisher that republishes while it runs."""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import random
import socket
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
from test_delivery import FIRST_PUBLISH, TEXT_IDS, _campaign, _texts, build_out, revise_mp3

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
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    try:
        yield srv, stats
    finally:
        srv.shutdown()
        srv.server_close()
        thread.join(timeout=10)


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
