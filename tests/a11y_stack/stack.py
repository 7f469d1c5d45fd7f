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
import signal
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
        self.bus_group: int | None = None

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
        # The bus starts the accessibility bus and its registry on demand, with its own
        # environment: they need this display (the registry watches and makes key presses
        # there, which is how Orca hears the keyboard) and nothing of the test's desktop.
        self.env.update(
            DISPLAY=f":{number}",
            XDG_RUNTIME_DIR=str(self.tmp),
            HOME=str(self.tmp),
            # Font lists (fontconfig's, matplotlib's) are caches: made anew in an empty
            # home they take the app half a minute on a busy machine, the first time a
            # chart is drawn.
            XDG_CACHE_HOME=os.environ.get("XDG_CACHE_HOME")
            or str(Path(os.environ.get("HOME", self.tmp)) / ".cache"),
        )
        for inherited in ("DBUS_SESSION_BUS_ADDRESS", "AT_SPI_BUS_ADDRESS", "WAYLAND_DISPLAY"):
            self.env.pop(inherited, None)
        bus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=self.env,
            start_new_session=True,  # what it starts (the accessibility bus) is ended with it
        )
        self.processes.append(bus)
        self.bus_group = bus.pid
        address = bus.stdout.readline().strip()
        if not address:
            raise RuntimeError("dbus-daemon did not start")
        self.env.update(
            DBUS_SESSION_BUS_ADDRESS=address,
            QT_QPA_PLATFORM="xcb",
            QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
            QT_ACCESSIBILITY="1",
            NO_AT_BRIDGE="0",
            GTK_A11Y="",
        )
        self.env.pop("QT_QPA_PLATFORMTHEME", None)

    def stop(self) -> None:
        """Everything started here, also what the bus started on demand (the accessibility
        bus and its registry), which would otherwise outlive the test."""
        for process in reversed(self.processes):
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(5)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
        self.processes.clear()
        if self.bus_group is not None:
            try:
                os.killpg(self.bus_group, signal.SIGTERM)
            except ProcessLookupError:
                pass
            self.bus_group = None


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


MODIFIERS = {"Ctrl": "Control_L", "Shift": "Shift_L", "Alt": "Alt_L"}


def press(display: str, keys: str) -> None:
    """Keys as a person presses them ("Page_Down", "Ctrl+2": X keysym names, modifiers
    first), through the X server's test extension: the focused window gets them as from a
    keyboard, and Orca hears them as the person's key presses. libXtst comes with
    at-spi2-core (its registry uses it). Not through AT-SPI's own key synthesis: with Qt
    and Orca both waiting on the registry for each key, a key combination stalls it."""
    import ctypes

    x11 = ctypes.CDLL("libX11.so.6")
    xtest = ctypes.CDLL("libXtst.so.6")
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XStringToKeysym.restype = ctypes.c_ulong
    x11.XStringToKeysym.argtypes = [ctypes.c_char_p]
    x11.XKeysymToKeycode.restype = ctypes.c_ubyte
    x11.XKeysymToKeycode.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
    x11.XFlush.argtypes = x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    xtest.XTestFakeKeyEvent.argtypes = [
        ctypes.c_void_p,
        ctypes.c_uint,
        ctypes.c_int,
        ctypes.c_ulong,
    ]
    connection = x11.XOpenDisplay(display.encode())
    if not connection:
        raise RuntimeError(f"cannot open display {display}")
    try:
        codes = []
        for name in keys.split("+"):
            code = x11.XKeysymToKeycode(
                connection, x11.XStringToKeysym(MODIFIERS.get(name, name).encode())
            )
            if not code:
                raise ValueError(f"no key {name} on this keyboard")
            codes.append(code)
        for down, order in ((True, codes), (False, list(reversed(codes)))):
            for code in order:
                xtest.XTestFakeKeyEvent(connection, code, down, 0)
                x11.XFlush(connection)
                time.sleep(0.02)
    finally:
        x11.XCloseDisplay(connection)


class Session:
    """The app on a data folder, and a reader of its accessibility tree."""

    def __init__(self, stack: Stack, data_dir: Path):
        self.display = stack.env["DISPLAY"]
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

    def press(self, keys: str) -> None:
        """Keys pressed on the X server's keyboard ("Page_Down", "Ctrl+2")."""
        press(self.display, keys)

    def close(self) -> None:
        self.app.stop()
        self.reader.stop()


ORCA_READY = "ORCA: Starting registry"  # logged once every listener is registered


def start_orca(stack: Stack, log: Path, timeout: float = 120.0) -> subprocess.Popen:
    """Orca in this stack, writing what it would say to its debug log ("SPEECH OUTPUT: '…'"),
    once it is listening. Raises RuntimeError, with the end of its log, when it is not.

    Run through orca_run.py: the log line by line, no other Orca looked for or killed.
    Speech and braille are off: no sound card here, and a speech server waiting on one
    would hold Orca up. What Orca means to say is logged all the same.
    """
    prefs = log.parent / "orca-prefs"
    prefs.mkdir(exist_ok=True)
    with (log.parent / "orca-errors.txt").open("w") as errors:
        orca = subprocess.Popen(
            [SYSTEM_PYTHON, str(HERE / "orca_run.py"), str(log), str(prefs)],
            env=stack.env,
            stdout=subprocess.DEVNULL,
            stderr=errors,
        )
    stack.processes.append(orca)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and orca.poll() is None:
        if log.exists() and ORCA_READY in log.read_text(errors="replace"):
            return orca
        time.sleep(0.2)
    said = log.read_text(errors="replace")[-3000:] if log.exists() else "(no log)"
    ended = f"ended with {orca.returncode}" if orca.poll() is not None else "still starting"
    raise RuntimeError(f"Orca was not listening after {timeout:.0f} s ({ended}):\n{said}")


def spoken_by_orca(log: Path) -> list[str]:
    """Everything Orca said, in order; an utterance may run over several lines."""
    if not log.exists():
        return []
    # 12:00:00.000 - SPEECH OUTPUT: 'Level for Active listening panel.'{'established': False}
    said = re.compile(r" - SPEECH OUTPUT: '(.*?)' ?(\{[^\n]*\})?$", re.DOTALL | re.MULTILINE)
    text = log.read_text(errors="replace")
    entries = re.split(r"\n(?=\d\d:\d\d:\d\d\.\d+ - |\S)", text)
    return [" ".join(m.group(1).split()) for m in map(said.search, entries) if m]
