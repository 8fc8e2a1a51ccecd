"""A small client for headless Chromium's DevTools protocol over `--remote-debugging-pipe` (no port, no
network): open a page, collect console errors, failed loads and every request, evaluate scripts.

Messages are JSON separated by NUL bytes; Chromium reads commands on its fd 3 and answers on its fd 4.
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import subprocess
import threading
import time
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", "--mute-audio", "--remote-debugging-pipe",
         "--autoplay-policy=no-user-gesture-required", "--window-size=1280,900")


class Chromium:
    """One headless Chromium with one page session; use as a context manager."""

    def __init__(self, user_data_dir: Path, timeout_s: float = 30.0):
        executable = CHROMIUM if Path(CHROMIUM).is_file() else shutil.which("chromium")
        if executable is None:
            raise RuntimeError(f"{CHROMIUM} is needed (Debian package chromium; .ci/run installs it)")
        self.timeout_s = timeout_s
        self.events: list[dict] = []
        self._answers: queue.Queue = queue.Queue()
        self._next_id = 0
        to_chrome_r, self._to_chrome = os.pipe()
        self._from_chrome, from_chrome_w = os.pipe()

        def wire_fds() -> None:  # in the child: fd 3 reads our commands, fd 4 writes its answers
            commands, answers = os.dup(to_chrome_r), os.dup(from_chrome_w)  # copies first: either may be 3 or 4
            os.dup2(commands, 3)
            os.dup2(answers, 4)

        self.process = subprocess.Popen([executable, *FLAGS, f"--user-data-dir={user_data_dir}", "about:blank"],
                                        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL, preexec_fn=wire_fds, pass_fds=(3, 4))
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        threading.Thread(target=self._read, daemon=True).start()
        targets = self.send("Target.getTargets")["targetInfos"]
        page = next(t for t in targets if t["type"] == "page")
        self.session = self.send("Target.attachToTarget", {"targetId": page["targetId"], "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.send(f"{domain}.enable", session=True)

    def _read(self) -> None:
        """Split Chromium's answers at NUL bytes: replies to the answer queue, events to `events`."""
        buffer = b""
        while True:
            chunk = os.read(self._from_chrome, 1 << 16)
            if not chunk:
                self._answers.put(None)
                return
            buffer += chunk
            while b"\0" in buffer:
                raw, buffer = buffer.split(b"\0", 1)
                message = json.loads(raw)
                if "id" in message:
                    self._answers.put(message)
                else:
                    self.events.append(message)

    def send(self, method: str, params: dict | None = None, session: bool = False) -> dict:
        """Send one command and wait for its reply; raises on a protocol error."""
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = self.session
        os.write(self._to_chrome, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + self.timeout_s
        while True:
            answer = self._answers.get(timeout=max(0.1, deadline - time.monotonic()))
            if answer is None:
                raise RuntimeError("chromium exited")
            if answer["id"] == self._next_id:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                return answer.get("result", {})

    def open(self, url: str) -> None:
        """Navigate and wait for the load event."""
        seen = len(self.events)
        self.send("Page.navigate", {"url": url}, session=True)
        deadline = time.monotonic() + self.timeout_s
        while not any(e["method"] == "Page.loadEventFired" for e in self.events[seen:]):
            if time.monotonic() > deadline:
                raise TimeoutError(f"{url} did not load in {self.timeout_s} s")
            time.sleep(0.05)

    def evaluate(self, expression: str):
        """The value of a JS expression in the page (awaited when it is a promise)."""
        result = self.send("Runtime.evaluate", {"expression": expression, "awaitPromise": True,
                                                "returnByValue": True}, session=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"script failed: {result['exceptionDetails']}")
        return result["result"].get("value")

    def errors(self) -> list[str]:
        """Console errors, uncaught exceptions, failed loads and error log entries seen so far."""
        found = []
        for event in self.events:
            method, params = event["method"], event.get("params", {})
            if method == "Runtime.exceptionThrown":
                found.append(f"exception: {params['exceptionDetails'].get('text')} "
                             f"{params['exceptionDetails'].get('exception', {}).get('description', '')}")
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                found.append(f"console.{params['type']}: {params.get('args')}")
            elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
                found.append(f"log: {params['entry'].get('text')} {params['entry'].get('url', '')}")
            elif method == "Network.loadingFailed" and not params.get("canceled"):
                found.append(f"load failed: {params.get('errorText')}")
        return found

    def requested_urls(self) -> list[str]:
        """Every URL the page asked for."""
        return [e["params"]["request"]["url"] for e in self.events if e["method"] == "Network.requestWillBeSent"]

    def close(self) -> None:
        """Ask Chromium to quit, then make sure it did."""
        try:
            self.send("Browser.close")
        except Exception:  # noqa: BLE001 - closing anyway
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self._to_chrome)
        os.close(self._from_chrome)

    def __enter__(self) -> "Chromium":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
