"""The operator's page in real headless Chromium, served by the real server on 127.0.0.1 (with a station
token given in the link): no console error, and every audio player plays its bulletin.

Chromium is driven through the DevTools protocol over a pipe (`--remote-debugging-pipe`: JSON messages
separated by NUL bytes on file descriptors 3 and 4), so nothing beyond the Debian package is needed.
"""

from __future__ import annotations

import fcntl
import json
import os
import select
import subprocess
import threading
import time
from datetime import date
from pathlib import Path

from pipeline.broadcast import Broadcast
from pipeline.delivery.server import make_server
from pipeline.delivery.stations import publish_stations
from test_delivery import FIRST_PUBLISH, _campaign, _texts, build_out, media_dir  # noqa: F401 (fixture)

CHROMIUM = "/usr/bin/chromium"
TOKEN = "tram-xa-an-binh-0123456789abcdef"
PLAY_ALL = """(async () => {
  const results = [];
  for (const audio of document.querySelectorAll('audio')) {
    audio.muted = true;
    try {
      await audio.play();
      await new Promise((resolve, reject) => {
        const check = () => { if (audio.currentTime > 0) resolve(); };
        audio.addEventListener('timeupdate', check);
        check();
        setTimeout(() => reject(new Error('no progress after play()')), 15000);
      });
      results.push({src: audio.currentSrc, ok: true, duration: audio.duration, readyState: audio.readyState});
      audio.pause();
    } catch (error) {
      results.push({src: audio.currentSrc, ok: false, error: String(error), code: audio.error && audio.error.code});
    }
  }
  return JSON.stringify(results);
})()"""


class DevTools:
    """A minimal DevTools protocol client over Chromium's debugging pipe."""

    def __init__(self, user_data_dir: Path):
        to_chrome_r, self._to_chrome = os.pipe()
        self._from_chrome, from_chrome_w = os.pipe()
        # move the child's ends above 10 so that placing them on 3 and 4 cannot overwrite one another
        child_r, child_w = fcntl.fcntl(to_chrome_r, fcntl.F_DUPFD, 10), fcntl.fcntl(from_chrome_w, fcntl.F_DUPFD, 10)
        os.close(to_chrome_r)
        os.close(from_chrome_w)

        def place_pipes() -> None:
            os.dup2(child_r, 3)
            os.dup2(child_w, 4)

        self.process = subprocess.Popen(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--no-first-run", f"--user-data-dir={user_data_dir}",
             "--remote-debugging-pipe", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            preexec_fn=place_pipes, close_fds=False)
        os.close(child_r)
        os.close(child_w)
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict] = []

    def send(self, method: str, params: dict | None = None, session: str | None = None,
             timeout: float = 60) -> dict:
        """Send a command and wait for its answer (events arriving meanwhile are kept in `events`)."""
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._to_chrome, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            reply = self._read()
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply["result"]
            self.events.append(reply)
        raise TimeoutError(method)

    def wait_for(self, method: str, timeout: float = 30) -> dict:
        """Wait for an event (or find it among those already received)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for event in self.events:
                if event.get("method") == method:
                    return event
            self.events.append(self._read())
        raise TimeoutError(method)

    def _read(self, timeout: float = 60) -> dict:
        while b"\0" not in self._buffer:
            if not select.select([self._from_chrome], [], [], timeout)[0]:
                raise TimeoutError(f"Chromium said nothing for {timeout} s")
            chunk = os.read(self._from_chrome, 1 << 16)
            if not chunk:
                raise ConnectionError("Chromium closed the pipe")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def close(self) -> None:
        """Stop Chromium."""
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        os.close(self._to_chrome)
        os.close(self._from_chrome)


def console_errors(events: list[dict]) -> list[str]:
    """Console errors, uncaught exceptions and failed loads among the DevTools events."""
    errors = []
    for event in events:
        method, params = event.get("method"), event.get("params", {})
        if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            errors.append(" ".join(str(arg.get("value", arg.get("description"))) for arg in params.get("args", [])))
        elif method == "Runtime.exceptionThrown":
            errors.append(params["exceptionDetails"].get("text", "exception"))
        elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
            errors.append(f"{params['entry'].get('text')} {params['entry'].get('url', '')}")
    return errors


def test_page_loads_without_console_errors_and_every_player_plays(tmp_path, media_dir):
    assert Path(CHROMIUM).is_file(), "Debian's chromium is needed for this test (.ci/run installs it)"
    texts = _texts(**{"luong-huu-15-nam": {"broadcast": Broadcast(date(2026, 11, 1), date(2026, 12, 31),
                                                                    ("06:00", "17:30"))}})
    out_dir = build_out(tmp_path, media_dir, texts=texts)
    dest = publish_stations(_campaign(texts), out_dir, "http://127.0.0.1:1/", now=FIRST_PUBLISH)
    server = make_server(dest, "127.0.0.1", 0, tokens={TOKEN: "an-binh"}, access_log=tmp_path / "access.log")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    browser = DevTools(tmp_path / "chromium-profile")
    try:
        target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Runtime", "Log", "Page"):
            browser.send(f"{domain}.enable", session=session)
        browser.send("Page.navigate", {"url": f"{server.url}?token={TOKEN}"}, session=session)
        browser.wait_for("Page.loadEventFired")
        title = browser.send("Runtime.evaluate", {"expression": "document.title", "returnByValue": True},
                             session=session)["result"]["value"]
        play_all = {"expression": PLAY_ALL, "awaitPromise": True, "userGesture": True, "returnByValue": True}
        played = json.loads(browser.send("Runtime.evaluate", play_all, session=session, timeout=90)["result"]["value"])
        time.sleep(0.3)  # let late console messages arrive
        browser.send("Runtime.evaluate", {"expression": "1"}, session=session)
    finally:
        browser.close()
        server.shutdown()
        server.server_close()
    assert "Bản tin phát thanh" in title
    assert len(played) == 3, played
    assert all(result["ok"] and result["duration"] > 1 for result in played), played
    assert console_errors(browser.events) == []
    log = (tmp_path / "access.log").read_text(encoding="utf-8")
    assert " an-binh " in log and TOKEN not in log and " 401 " not in log  # the players used the cookie
