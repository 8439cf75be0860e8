"""A screen reader's view of StretchDesk, through AT-SPI: run with Debian's python3.

It uses pyatspi (python3-pyatspi, the library Orca is built on), not the project's
virtual environment, so the app is seen exactly as an assistive technology sees it: over
the accessibility bus, from another process. Steps, each printed as one JSON line:

1. `app`: waits for the application named APP_NAME on the desktop;
2. `controls`: the main window's controls found by role and name;
3. presses Start through the Action interface (`pressed`), then the cautions dialog's
   Start the same way;
4. prints every `announcement` (object:announcement events) until one starts with the
   word given on the command line, then the ring's `description` as read at that moment.

Usage: /usr/bin/python3 atspi_client.py APP_NAME UNTIL_WORD SECONDS
"""

import json
import sys

import pyatspi
from gi.repository import GLib

APP_NAME, UNTIL, SECONDS = sys.argv[1], sys.argv[2], float(sys.argv[3])
WANTED = (  # (role, name) of the main window's controls a person needs first
    (pyatspi.ROLE_LIST, "Routines"),
    (pyatspi.ROLE_PUSH_BUTTON, "Start"),
    (pyatspi.ROLE_PUSH_BUTTON, "Settings"),
)


def say(kind, **fields):
    print(json.dumps({"step": kind, **fields}), flush=True)


def guarded(step):
    """A step that reports its own failure as a line and ends the run (not a silent stop)."""

    def run(self, *args):
        try:
            return step(self, *args)
        except Exception as exc:
            say("error", where=step.__name__, error=f"{type(exc).__name__}: {exc}")
            return self.stop("error")

    return run


def children(node):
    try:
        return [node.getChildAtIndex(i) for i in range(node.childCount)]
    except Exception:  # a node that went away while we looked (pyatspi raises GError)
        return []


def find(node, role, name, states=()):
    """The first node under `node` (depth first) with this role and name, or None."""
    stack = [node]
    while stack:
        here = stack.pop()
        if here is None:
            continue
        try:
            state = here.getState()
            if (here.getRole() == role and here.name == name
                    and all(state.contains(s) for s in states)):
                return here
        except Exception:
            continue
        stack.extend(reversed(children(here)))
    return None


def application():
    desktop = pyatspi.Registry.getDesktop(0)
    return next((a for a in children(desktop) if a is not None and a.name == APP_NAME), None)


def press(node, what):
    action = node.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    index = names.index("Press")
    say("pressed", name=what, actions=names, done=bool(action.doAction(index)))


class Run:
    """The client's steps, driven by the GLib loop pyatspi runs."""

    def __init__(self):
        self.app = None
        self.dialog_pressed = False
        self.finished = False
        pyatspi.Registry.registerEventListener(self.on_announcement, "object:announcement")

    def stop(self, reason):
        if not self.finished:
            self.finished = True
            desktop = pyatspi.Registry.getDesktop(0)
            say("end", reason=reason,
                apps=[a.name for a in children(desktop) if a is not None])
            pyatspi.Registry.stop()
        return False

    @guarded
    def look_for_app(self):
        self.app = application()
        if self.app is None:
            return True  # again on the next timeout
        say("app", name=self.app.name, toolkit=self.app.get_toolkit_name())
        found = {(role, name): find(self.app, role, name, (pyatspi.STATE_SHOWING,))
                 for role, name in WANTED}
        say("controls", found=sorted(f"{node.getRoleName()}:{node.name}"
                                     for node in found.values() if node is not None))
        start = found[(pyatspi.ROLE_PUSH_BUTTON, "Start")]
        if start is not None:
            press(start, "Start")
            GLib.timeout_add(100, self.answer_cautions)
        else:
            self.stop("no Start button")
        return False

    @guarded
    def answer_cautions(self):
        """The cautions dialog comes up over the window: press its Start as well."""
        for window in children(self.app):
            if window is not None and window.getRole() == pyatspi.ROLE_DIALOG:
                start = find(window, pyatspi.ROLE_PUSH_BUTTON, "Start")
                if start is not None:
                    say("dialog", title=window.name)
                    press(start, "Start")
                    self.dialog_pressed = True
                    return False
        return not self.finished

    @guarded
    def on_announcement(self, event):
        text = str(event.any_data)
        source = event.source.name if event.source is not None else ""
        say("announcement", text=text, politeness=event.detail1, source=source)
        if text.startswith(UNTIL):
            ring = find(self.app, pyatspi.ROLE_FILLER, "Time left in this phase") or find(
                self.app, pyatspi.ROLE_PANEL, "Time left in this phase")
            say("description", text=ring.description if ring is not None else None)
            self.stop("heard")


def main():
    run = Run()
    GLib.timeout_add(100, run.look_for_app)
    GLib.timeout_add(int(SECONDS * 1000), lambda: run.stop("timed out"))
    pyatspi.Registry.start()
    return 0


if __name__ == "__main__":
    sys.exit(main())
