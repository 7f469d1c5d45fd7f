"""The real Linux accessibility stack for tests: an X server, a D-Bus session with the
accessibility bus, the app, and a reader that walks what it exposes (AT-SPI, as Orca does).

The reader runs under Debian's /usr/bin/python3, which has pyatspi; the app under the
test's own python. Both talk to the same session bus, so the reader hears what Orca would.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SYSTEM_PYTHON = "/usr/bin/python3"


def missing_parts() -> str | None:
    """Why the stack cannot start here, in words; None when it can."""
    for tool in ("Xvfb", "dbus-daemon"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (Debian: xvfb, dbus-x11)"
    if not Path("/usr/libexec/at-spi-bus-launcher").exists():
        return "the accessibility bus is not installed (Debian: at-spi2-core)"
    probe = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, text=True, check=False
    )
    if probe.returncode != 0:
        return "pyatspi is not installed for /usr/bin/python3 (Debian: python3-pyatspi)"
    return None


class Stack:
    """Xvfb and a private D-Bus session; stop() ends both (and anything started in them)."""

    def __init__(self, tmp: Path):
        self.tmp = tmp
        self.processes: list[subprocess.Popen] = []
        self.env = dict(os.environ)

    def start(self) -> None:
        read, write = os.pipe()
        xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
            pass_fds=(write,),
            stderr=subprocess.DEVNULL,
        )
        os.close(write)
        self.processes.append(xvfb)
        with os.fdopen(read) as display:
            number = display.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        bus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
            text=True,
        )
        self.processes.append(bus)
        address = bus.stdout.readline().strip()
        if not address:
            raise RuntimeError("dbus-daemon did not start")
        self.env.update(
            DISPLAY=f":{number}",
            DBUS_SESSION_BUS_ADDRESS=address,
            QT_QPA_PLATFORM="xcb",
            QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
            QT_ACCESSIBILITY="1",
            NO_AT_BRIDGE="0",
            GTK_A11Y="",
            XDG_RUNTIME_DIR=str(self.tmp),
            HOME=str(self.tmp),
        )
        self.env.pop("QT_QPA_PLATFORMTHEME", None)

    def stop(self) -> None:
        for process in reversed(self.processes):
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(5)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
        self.processes.clear()


class Line:
    """A child process spoken to in JSON lines."""

    def __init__(self, argv: list[str], env: dict, what: str):
        self.what = what
        self.process = subprocess.Popen(
            argv,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )

    def ask(self, request: dict | None = None, timeout: float = 60.0):
        if request is not None:
            self.process.stdin.write(json.dumps(request) + "\n")
            self.process.stdin.flush()
        line = _read_line(self.process, timeout)
        if not line:
            error = self.process.stderr.read() if self.process.poll() is not None else ""
            raise RuntimeError(f"{self.what} gave no answer: {error[-2000:]}")
        return json.loads(line)

    def stop(self) -> None:
        if self.process.poll() is None:
            try:
                self.process.stdin.close()
                self.process.wait(10)
            except (subprocess.TimeoutExpired, BrokenPipeError):
                self.process.kill()
                self.process.wait()


def _read_line(process: subprocess.Popen, timeout: float) -> str:
    import select

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([process.stdout], [], [], 0.5)
        if ready:
            return process.stdout.readline()
        if process.poll() is not None:
            return ""
    return ""


class Session:
    """The app on a data folder, and a reader of its accessibility tree."""

    def __init__(self, stack: Stack, data_dir: Path):
        env = dict(stack.env, PYTHONPATH=str(ROOT))
        self.app = Line([sys.executable, str(HERE / "driver.py"), str(data_dir)], env, "the app")
        stack.processes.append(self.app.process)
        assert self.app.ask() == "ready"
        self.reader = Line(
            [SYSTEM_PYTHON, str(HERE / "walker.py"), str(self.app.process.pid)],
            stack.env,
            "the AT-SPI reader",
        )
        stack.processes.append(self.reader.process)

    def show(self, screen: str) -> tuple[list[dict], list[str]]:
        """The accessible tree of a screen, and the text of the labels shown on it."""
        answer = self.app.ask({"show": screen})
        if not isinstance(answer, dict):
            raise RuntimeError(answer)
        return self.tree(), answer["labels"]

    def export_key_from(self, field: str) -> str:
        return self.app.ask({"export_key_from": field})

    def tree(self) -> list[dict]:
        return self.reader.ask({"op": "dump"})

    def act(self, path: list[int], action: str) -> str:
        return self.reader.ask({"op": "do", "path": path, "action": action})

    def close(self) -> None:
        self.app.stop()
        self.reader.stop()


def start_orca(stack: Stack, log: Path) -> subprocess.Popen:
    """Orca, writing what it would say to its debug log ("SPEECH OUTPUT: '…'").

    Speech and braille are off: no sound card here, and a speech server waiting on one
    would hold Orca up. What Orca means to say is logged all the same.
    """
    prefs = log.parent / "orca-prefs"
    prefs.mkdir(exist_ok=True)
    orca = subprocess.Popen(
        [
            "orca",
            "--replace",
            "-d",
            "speech",
            "-d",
            "braille",
            "-u",
            str(prefs),
            "--debug-file",
            str(log),
        ],
        env=stack.env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    stack.processes.append(orca)
    return orca


def spoken_by_orca(log: Path) -> list[str]:
    if not log.exists():
        return []
    # 12:00:00.000 - SPEECH OUTPUT: 'Level for Active listening panel.'{'established': False}
    said = re.compile(r" - SPEECH OUTPUT: '(.*)'(\{.*\})?$")
    lines = log.read_text(errors="replace").splitlines()
    return [m.group(1) for m in map(said.search, lines) if m]
