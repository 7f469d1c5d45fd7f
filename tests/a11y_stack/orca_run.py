"""Runs Debian's Orca for a test (system python3): `orca_run.py LOG PREFS`.

What `orca -d speech -d braille -u PREFS --debug-file LOG` does, with three differences
that make it safe and readable in a test run:
- the log is written line by line: Orca opens it with an 8 KB buffer, so its last lines
  (often the ones a test waits for) reached the file only when the buffer filled;
- no other Orca is looked for or killed: `orca` refuses to start while any Orca of the
  same user runs (and `--replace` kills them all, other tests' and other sessions' too);
- the process is not named "orca", so no other Orca's `--replace` finds and kills it.
Speech and braille are off (no sound card here); what Orca means to say is logged all the
same, as "SPEECH OUTPUT: '…'".
"""

from __future__ import annotations

import sys


def main() -> int:
    log, prefs = sys.argv[1], sys.argv[2]
    from orca import debug

    debug.debugLevel = debug.LEVEL_ALL
    debug.eventDebugLevel = debug.LEVEL_OFF
    debug.debugFile = open(log, "w", buffering=1)  # noqa: SIM115 - Orca writes it to the end

    from orca import orca

    manager = orca.getSettingsManager()
    manager.activate(prefs, {"enableSpeech": False, "enableBraille": False})
    sys.path.insert(0, manager.getPrefsDir())
    debug.println(debug.LEVEL_INFO, "INFO: About to launch Orca.", True)
    return orca.main()


if __name__ == "__main__":
    sys.exit(main())
