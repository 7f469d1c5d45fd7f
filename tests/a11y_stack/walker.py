"""Reads the app's accessibility tree over AT-SPI, as a screen reader does (system python3).

Run with Debian's /usr/bin/python3 (pyatspi is a Debian package, not on PyPI):
    walker.py PID dump          -> JSON list of every showing object, on stdout
    walker.py PID do PATH NAME  -> runs action NAME on the object at PATH (child indexes)
One request per line on stdin after "serve", so one process answers many questions.
"""

from __future__ import annotations

import json
import sys
import time

import pyatspi


def find_app(pid: int, seconds: float = 30.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            try:
                if app is not None and app.get_process_id() == pid:
                    return app
            except Exception:  # an application that went away while listing
                continue
        time.sleep(0.2)
    raise SystemExit(f"no accessible application with process {pid}")


def text_of(obj) -> str | None:
    try:
        text = obj.queryText()
    except NotImplementedError:
        return None
    return text.getText(0, -1)


def actions_of(obj) -> list[str]:
    try:
        action = obj.queryAction()
    except NotImplementedError:
        return []
    return [action.getName(i) for i in range(action.nActions)]


def relations_of(obj) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for relation in obj.getRelationSet():
        kind = (
            pyatspi.relationToString(relation.getRelationType())
            if hasattr(pyatspi, "relationToString")
            else str(relation.getRelationType())
        )
        targets = [relation.getTarget(i) for i in range(relation.getNTargets())]
        found[str(kind).lower()] = [t.name for t in targets if t is not None]
    return found


def describe(obj, path: list[int]) -> dict:
    states = obj.getState()
    return {
        "path": path,
        "role": obj.getRoleName(),
        "name": obj.name or "",
        "description": obj.description or "",
        "text": text_of(obj),
        "states": sorted(pyatspi.stateToString(s) for s in states.getStates()),
        "actions": actions_of(obj),
        "relations": relations_of(obj),
        "attributes": dict(a.split(":", 1) for a in (obj.getAttributes() or []) if ":" in a),
        "child_count": obj.childCount,
    }


def walk(obj, path: list[int], out: list[dict], depth: int = 0) -> None:
    if obj is None or depth > 60:
        return
    info = describe(obj, path)
    if path and "showing" not in info["states"]:
        return  # hidden pages and closed menus are not what a person hears
    out.append(info)
    if info["role"] in ("table", "tree table", "list") and info["child_count"] > 400:
        return
    for index in range(obj.childCount):
        walk(obj.getChildAtIndex(index), path + [index], out, depth + 1)


def resolve(app, path: list[int]):
    obj = app
    for index in path:
        obj = obj.getChildAtIndex(index)
    return obj


def do_action(app, path: list[int], name: str) -> str:
    obj = resolve(app, path)
    action = obj.queryAction()
    for index in range(action.nActions):
        if action.getName(index) == name:
            return "done" if action.doAction(index) else "refused"
    return "no such action"


def main() -> None:
    app = find_app(int(sys.argv[1]))
    for line in sys.stdin:
        request = json.loads(line)
        if request["op"] == "dump":
            out: list[dict] = []
            walk(app, [], out)
            reply = out
        elif request["op"] == "do":
            reply = do_action(app, request["path"], request["action"])
        else:
            reply = f"unknown request {request['op']}"
        sys.stdout.write(json.dumps(reply) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
