#!/usr/bin/python3
"""Checks Hope Reader through AT-SPI, as a screen reader sees it.

Run by tests/atspi/run (an X server with a window manager, a private D-Bus
session and the accessibility bus); not meant to be run on a desktop. For
each interface language (--lang en, --lang zh) it starts the reader and
asserts:
  - every focusable object on screen has a name, and no name is made of
    symbols alone ("1x", "+", "CC");
  - Tab reaches every focusable control, and F6 / Shift+F6 go round the
    panes in layout order;
  - scrolling the article to another section sends no focus event;
  - the status messages (find not found, mute, captions, a milestone chosen
    from a date link) arrive as events a screen reader speaks;
  - the timeline's milestones have actions (select, open in the article)
    that work, and their names begin with a date in words;
  - with caret browsing (F7) the arrows move the article's caret.
Prints what it measured. Every wait is on a condition, with a timeout.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
import xml.etree.ElementTree as ElementTree

import pyatspi
from gi.repository import GLib

TIMEOUT = 10.0
FAILURES = []


def fail(message):
    FAILURES.append(message)
    print("  FAIL: " + message, flush=True)


def check(condition, message):
    if not condition:
        fail(message)
    return condition


class Translations:
    """The interface's strings as the reader shows them in a language."""

    def __init__(self, ts_path):
        self.table = {}
        root = ElementTree.parse(ts_path).getroot()
        for context in root.iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                source = message.findtext("source")
                translation = message.find("translation")
                if translation is None or translation.get("type") in ("unfinished", "obsolete",
                                                                       "vanished"):
                    continue
                self.table[(name, source)] = translation.text or ""
        self.lang = "en"

    def __call__(self, context, source):
        if self.lang == "en":
            return source
        return self.table.get((context, source), source)


def pump(seconds=0.0):
    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while True:
        while context.pending():
            context.iteration(False)
        if time.monotonic() >= end:
            return
        context.iteration(True)


def poll(condition, timeout):
    """Runs the event loop until condition() is true or timeout passes."""
    end = time.monotonic() + timeout
    context = GLib.MainContext.default()
    while True:
        while context.pending():
            context.iteration(False)
        result = condition()
        if result or time.monotonic() >= end:
            return result
        context.iteration(True)


def wait_for(condition, what, timeout=TIMEOUT):
    """Runs the event loop until condition() is true; fails after timeout."""
    end = time.monotonic() + timeout
    context = GLib.MainContext.default()
    while True:
        while context.pending():
            context.iteration(False)
        result = condition()
        if result:
            return result
        if time.monotonic() >= end:
            fail("timed out waiting for " + what)
            return None
        context.iteration(True)


def has_word(text):
    """A name says something in words: at least one letter (or ideograph)."""
    return any(unicodedata.category(c).startswith("L") for c in text)


def describe(acc):
    try:
        return "%s %r" % (acc.getRoleName(), acc.name)
    except Exception:  # noqa: BLE001 - a gone object
        return "(gone)"


class Events:
    """What the reader sends, kept as plain values at the time it came."""

    TYPES = ("object:state-changed:focused", "object:text-caret-moved",
             "object:property-change:accessible-value",
             "object:property-change:accessible-name", "object:state-changed:showing")

    def __init__(self, pid):
        self.pid = pid
        self.log = []
        for t in self.TYPES:
            pyatspi.Registry.registerEventListener(self.on_event, t)

    def close(self):
        for t in self.TYPES:
            pyatspi.Registry.deregisterEventListener(self.on_event, t)

    def on_event(self, event):
        try:
            source = event.source
            if source.get_process_id() != self.pid:
                return
            role = source.getRole()
            name = source.name or ""
        except Exception:  # noqa: BLE001 - gone before we asked
            return
        self.log.append({"type": event.type, "role": role, "name": name,
                         "detail1": event.detail1, "detail2": event.detail2,
                         "source": source})

    def mark(self):
        return len(self.log)

    def since(self, mark, kind=None):
        return [e for e in self.log[mark:] if kind is None or e["type"].startswith(kind)]

    def focus_events(self, mark):
        return [e for e in self.since(mark, "object:state-changed:focused") if e["detail1"] == 1]

    def announcements(self, mark):
        """Messages a screen reader speaks without focus moving: a
        notification shown, or a notification's name changed."""
        out = []
        for e in self.since(mark):
            if e["role"] != pyatspi.ROLE_NOTIFICATION:
                continue
            if e["type"].startswith("object:state-changed:showing") and e["detail1"] == 1:
                out.append(e["name"])
            elif e["type"].startswith("object:property-change:accessible-name"):
                out.append(e["name"])
        return [n for n in out if n]


def key(*keys):
    subprocess.run(["xdotool", "key", "--clearmodifiers", *keys], check=True)


def type_text(text):
    subprocess.run(["xdotool", "type", "--delay", "20", text], check=True)


def walk(acc, out, depth=0):
    if depth > 40:
        return
    out.append(acc)
    try:
        count = acc.childCount
    except Exception:  # noqa: BLE001
        return
    for i in range(count):
        try:
            child = acc.getChildAtIndex(i)
        except Exception:  # noqa: BLE001
            continue
        if child is not None:
            walk(child, out, depth + 1)


def states(acc):
    try:
        return acc.getState()
    except Exception:  # noqa: BLE001
        return None


def showing(acc):
    s = states(acc)
    return s is not None and s.contains(pyatspi.STATE_SHOWING) and s.contains(
        pyatspi.STATE_VISIBLE)


def focusable(acc):
    s = states(acc)
    return s is not None and s.contains(pyatspi.STATE_FOCUSABLE)


CONTROL_ROLES = {pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
                 pyatspi.ROLE_SLIDER, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_SPIN_BUTTON,
                 pyatspi.ROLE_LIST, pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_ENTRY,
                 pyatspi.ROLE_TEXT, pyatspi.ROLE_DOCUMENT_TEXT, pyatspi.ROLE_MENU_ITEM,
                 pyatspi.ROLE_MENU}


class Reader:
    def __init__(self, exe, lang, config):
        env = dict(os.environ)
        env.update({"XDG_CONFIG_HOME": config, "HOME": config,
                    "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_ACCESSIBILITY": "1",
                    "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"})
        # xcb in tests/atspi/run's X server, wayland under run-in-wayland.
        env["QT_QPA_PLATFORM"] = os.environ.get("QT_QPA_PLATFORM") or "xcb"
        self.proc = subprocess.Popen([exe, "--lang", lang], env=env)
        self.app = None
        self.frame = None

    def find(self):
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            try:
                if app is not None and app.get_process_id() == self.proc.pid:
                    for j in range(app.childCount):
                        frame = app.getChildAtIndex(j)
                        if frame.getRole() == pyatspi.ROLE_FRAME and showing(frame):
                            self.app, self.frame = app, frame
                            return True
            except Exception:  # noqa: BLE001
                continue
        return False

    def objects(self):
        out = []
        walk(self.frame, out)
        return out

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def find_one(objects, role, name):
    for acc in objects:
        try:
            if (role is None or acc.getRole() == role) and (name is None or acc.name == name):
                return acc
        except Exception:  # noqa: BLE001
            continue
    return None


def same(a, b):
    try:
        return a is not None and b is not None and a.path == b.path
    except Exception:  # noqa: BLE001
        return False


def focused_now(events, mark=0):
    """The object the reader last said has the focus, after mark."""
    focus = events.focus_events(mark)
    return focus[-1] if focus else None


def press_and_wait_focus(events, keys, what):
    mark = events.mark()
    key(*keys)
    got = wait_for(lambda: focused_now(events, mark), what)
    return got


def run_language(args, lang, tr, counts):
    print("== %s" % lang, flush=True)
    tr.lang = lang
    config = tempfile.mkdtemp(prefix="hope-atspi-")
    reader = Reader(args.reader, lang, config)
    events = Events(reader.proc.pid)
    try:
        wait_for(reader.find, "the reader's window on the accessibility bus", 30)
        if reader.frame is None:
            return
        # The window manager activates a new window; should it not have,
        # ask it to, as a reader clicking the window would.
        if not poll(lambda: states(reader.frame).contains(pyatspi.STATE_ACTIVE), 5):
            windows = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid",
                                      str(reader.proc.pid)], capture_output=True, text=True)
            for window in windows.stdout.split():
                subprocess.run(["xdotool", "windowactivate", window], check=False)
            wait_for(lambda: states(reader.frame).contains(pyatspi.STATE_ACTIVE),
                     "the reader's window to be active")
        article_name = tr("hope::app::MainWindow", "Article")
        # The reader starts with the focus in the article.
        wait_for(lambda: any(e["name"] == article_name for e in events.focus_events(0)),
                 "the article to have the focus at start")

        objects = reader.objects()
        counts["objects"] += len(objects)
        on_screen = [a for a in objects if showing(a)]
        focusables = [a for a in on_screen if focusable(a)]
        counts["focusable"] += len(focusables)
        unnamed = [a for a in focusables if not (a.name or "").strip()]
        for a in unnamed:
            fail("%s: focusable object without a name: %s (parent %s)" %
                 (lang, describe(a), describe(a.parent)))
        named_controls = [a for a in on_screen
                          if (a.getRole() in CONTROL_ROLES or focusable(a)) and (a.name or "")]
        symbols = [a for a in named_controls if not has_word(a.name)]
        for a in symbols:
            fail("%s: name of symbols alone: %s" % (lang, describe(a)))
        counts["named controls"] += len(named_controls)
        print("  %d objects, %d on screen, %d focusable, %d without a name, %d named controls, "
              "%d named by symbols alone" % (len(objects), len(on_screen), len(focusables),
                                            len(unnamed), len(named_controls), len(symbols)),
              flush=True)

        check_timeline_names(lang, tr, objects)
        check_combo_boxes(lang, tr, on_screen, events, counts)
        check_tab(lang, tr, events, focusables, counts)
        check_panes(lang, tr, events, counts)
        check_scrolling(lang, tr, reader, events, counts)
        check_caret(lang, tr, reader, events, counts)
        check_status(lang, tr, reader, events, counts)
        check_timeline_actions(lang, tr, reader, events, counts)
        check_read_aloud(lang, tr, reader, events, counts)
        check_state_changes(lang, tr, reader, events, counts)
        check_notes(lang, tr, reader, events, counts)
        check_lookup(lang, tr, reader, events, counts)
    finally:
        events.close()
        reader.stop()
        shutil.rmtree(config, ignore_errors=True)


def text_of(acc):
    try:
        t = acc.queryText()
        return t.getText(0, t.characterCount)
    except Exception:  # noqa: BLE001
        return None


def check_combo_boxes(lang, tr, on_screen, events, counts):
    """Every combo box is named by its purpose, its entry its text (Qt names
    a combo box by its entry on Linux); Down on the clip's speed box says
    the new speed."""
    boxes = [a for a in on_screen if a.getRole() == pyatspi.ROLE_COMBO_BOX]
    for box in boxes:
        entry = text_of(box)
        if check(entry and box.name and box.name != entry,
                 "%s: combo box %r is named by its entry %r" % (lang, box.name, entry)):
            counts["combo boxes named by purpose"] += 1
    print("  combo boxes: %s" % ", ".join("%r = %r" % (b.name, text_of(b)) for b in boxes),
          flush=True)
    speed = [b for b in boxes if b.name == tr("hope::ui::ClipControls", "Playback speed")]
    if not check(len(speed) == 1, "%s: no playback speed box among %s" %
                 (lang, [b.name for b in boxes])):
        return
    box = speed[0]
    before = text_of(box)
    mark = events.mark()
    box.queryComponent().grabFocus()
    if not wait_for(lambda: [e for e in events.focus_events(mark) if same(e["source"], box)],
                    "the speed box to take the focus"):
        return
    mark = events.mark()
    key("Down")
    wait_for(lambda: text_of(box) != before, "Down to change the speed")
    after = text_of(box)
    # Orca 43 says nothing of a combo box's new entry from Qt 6.4 (it waits
    # for a selection change Qt does not send), so the reader says it.
    wanted = tr("hope::ui::ClipControls", "Playback speed: %1").replace("%1", after or "?")
    said = wait_for(lambda: [n for n in events.announcements(mark) if n == wanted],
                    "the new speed to be said (%r)" % wanted)
    if check(said and after and after != before,
             "%s: Down on the speed box: %r -> %r, said %r" %
             (lang, before, after, events.announcements(mark))):
        counts["combo box changes told"] += 1
    print("  speed box: Down %r -> %r, said %r" % (before, after, said and said[-1]), flush=True)
    key("Up")
    wait_for(lambda: text_of(box) == before, "Up to set the speed back")


ISO_DATE = re.compile(r"^\d{4}-\d{2}")


def timeline_of(objects, tr):
    return find_one(objects, pyatspi.ROLE_LIST,
                    tr("hope::ui::TimelineWidget", "Timeline of Alibaba's Olympic milestones"))


def check_timeline_names(lang, tr, objects):
    timeline = timeline_of(objects, tr)
    if not check(timeline is not None, "%s: no timeline list" % lang):
        return
    items = [timeline.getChildAtIndex(i) for i in range(timeline.childCount)]
    milestones = [i for i in items if i.getRole() == pyatspi.ROLE_LIST_ITEM]
    for m in milestones:
        check(not ISO_DATE.match(m.name), "%s: milestone named with an ISO date: %r" %
              (lang, m.name))
        check(bool(m.description), "%s: milestone without a description: %r" % (lang, m.name))
    buttons = [i for i in items if i.getRole() == pyatspi.ROLE_PUSH_BUTTON]
    check(len(buttons) == 3, "%s: the timeline shows %d zoom buttons, not 3" %
          (lang, len(buttons)))
    for b in buttons:
        check(has_word(b.name), "%s: zoom button named %r" % (lang, b.name))
    print("  timeline: %d milestones, first %r; %d zoom buttons %s" %
          (len(milestones), milestones[0].name if milestones else None, len(buttons),
           [b.name for b in buttons]), flush=True)


def check_tab(lang, tr, events, focusables, counts):
    """Tab from the article round the window: every focusable control is a
    stop. Each Tab moves the focus to a control or, in the article, to a
    link object of the document, named by its own words, which a screen
    reader reads as a link (never as a notification)."""
    reached = []
    links = 0
    start = None
    for _ in range(160):
        mark = events.mark()
        key("Tab")
        got = wait_for(lambda: events.focus_events(mark), "Tab to move the focus")
        if not got:
            break
        for said in events.announcements(mark):
            fail("%s: Tab announced %r as a notification" % (lang, said))
        now = got[-1]["source"]
        if got[-1]["role"] == pyatspi.ROLE_LINK:
            link = got[-1]
            parent = now.parent
            ok = check(link["name"].strip() != "" and parent is not None and
                       parent.getRole() == pyatspi.ROLE_DOCUMENT_FRAME,
                       "%s: a link took the focus with no words or outside the article: %r" %
                       (lang, link["name"]))
            try:
                actions = now.queryAction()
                names = [actions.getName(i) for i in range(actions.nActions)]
            except Exception:  # noqa: BLE001
                names = []
            ok = check("press" in [n.lower() for n in names],
                       "%s: link %r has no press action (%s)" %
                       (lang, link["name"], names)) and ok
            if ok:
                counts["links reached by Tab"] += 1
                links += 1
                if links <= 2:
                    print("  link: %r, described %r" % (link["name"], now.description),
                          flush=True)
            continue
        if start is None:
            start = now
        elif same(now, start):
            break
        reached.append(now)
    # Controls, not the items inside a list, the menus (F10, Alt) or the
    # labels whose text can be selected with the mouse (focusable by click).
    article = tr("hope::app::MainWindow", "Article")
    wanted = [a for a in focusables
              if a.getRole() not in (pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_MENU_ITEM,
                                     pyatspi.ROLE_MENU, pyatspi.ROLE_FRAME, pyatspi.ROLE_LINK)
              and not (a.getRole() == pyatspi.ROLE_LABEL and a.name != article)]
    missing = [a for a in wanted if not any(same(a, r) for r in reached)]
    for a in missing:
        fail("%s: Tab never reaches %s" % (lang, describe(a)))
    counts["Tab stops"] += len(reached)
    check(links >= 10, "%s: Tab focused %d links in the article" % (lang, links))
    print("  Tab: %d stops round the window, %d links focused on the way, %d of %d focusable "
          "controls not reached" % (len(reached), links, len(missing),
                                    len(wanted)), flush=True)
    print("    order: " + " > ".join(describe(r) for r in reached), flush=True)


def pane_names(tr):
    return [tr("hope::app::MainWindow", "Sections"), tr("hope::app::MainWindow", "Article"),
            tr("hope::ui::ClipPanel", "Clip"),
            tr("hope::ui::TimelineWidget", "Timeline of Alibaba's Olympic milestones"),
            tr("hope::ui::MilestoneCard", "Alibaba's Olympic milestones")]


def check_panes(lang, tr, events, counts):
    """F6 goes round the panes in layout order, Shift+F6 the other way."""
    panes = pane_names(tr)
    # From wherever Tab left it: F6 until the sidebar has the focus.
    seen = []
    for _ in range(8):
        got = press_and_wait_focus(events, ["F6"], "F6 to move the focus to a pane")
        if not got:
            return
        seen.append(got["name"])
        if got["name"] == panes[0]:
            break
    forward = []
    for _ in range(len(panes)):
        got = press_and_wait_focus(events, ["F6"], "F6 to the next pane")
        if not got:
            return
        forward.append(got["name"])
        # A pane is a panel (or the article's document, a list), never a
        # "frame", which Orca reads as a window of its own.
        check(got["role"] != pyatspi.ROLE_FRAME, "%s: the pane %r is a frame" %
              (lang, got["name"]))
    check(forward == panes[1:] + panes[:1], "%s: F6 goes %s, not %s" %
          (lang, forward, panes[1:] + panes[:1]))
    backward = []
    for _ in range(len(panes)):
        got = press_and_wait_focus(events, ["shift+F6"], "Shift+F6 to the previous pane")
        if not got:
            return
        backward.append(got["name"])
    expected_back = list(reversed(panes))
    check(backward == expected_back, "%s: Shift+F6 goes %s, not %s" %
          (lang, backward, expected_back))
    got = press_and_wait_focus(events, ["ctrl+F6"], "Ctrl+F6 to the next pane")
    check(got is not None and got["name"] == panes[1], "%s: Ctrl+F6 went to %r" %
          (lang, got and got["name"]))
    counts["F6 panes"] += len(set(forward))
    print("  F6: %s; Shift+F6: %s" % (" > ".join(forward), " > ".join(backward)), flush=True)


def focus_pane(events, tr, name):
    for _ in range(8):
        got = press_and_wait_focus(events, ["F6"], "F6 to reach " + name)
        if got is None:
            return False
        if got["name"] == name:
            return True
    fail("F6 never reaches " + name)
    return False


def selected_child(acc):
    try:
        selection = acc.querySelection()
        if selection.nSelectedChildren > 0:
            return selection.getSelectedChild(0)
    except NotImplementedError:
        pass
    for i in range(acc.childCount):
        child = acc.getChildAtIndex(i)
        s = states(child)
        if s is not None and s.contains(pyatspi.STATE_SELECTED):
            return child
    return None


def check_scrolling(lang, tr, reader, events, counts):
    """Scrolling the article into another section moves no focus."""
    objects = reader.objects()
    sidebar = find_one(objects, pyatspi.ROLE_LIST, tr("hope::app::MainWindow", "Sections"))
    if not check(sidebar is not None, "%s: no sidebar list" % lang):
        return
    if not focus_pane(events, tr, tr("hope::app::MainWindow", "Article")):
        return
    before = selected_child(sidebar)
    before_name = before.name if before is not None else None
    mark = events.mark()
    changed = None
    for _ in range(40):
        key("Next")
        # Each PageDown scrolls; the sidebar follows once a heading passes.
        changed = poll(lambda: [c for c in [selected_child(sidebar)]
                                if c is not None and c.name != before_name], 0.5)
        changed = changed[0] if changed else None
        if changed is not None:
            break
    check(changed is not None, "%s: the sidebar did not follow the scrolling" % lang)
    key("ctrl+End")
    last_item = sidebar.getChildAtIndex(sidebar.childCount - 1)
    wait_for(lambda: same(selected_child(sidebar), last_item) or
             (selected_child(sidebar) is not None and
              selected_child(sidebar).name == last_item.name),
             "the sidebar to mark the last section")
    stray = events.focus_events(mark)
    for e in stray:
        fail("%s: focus event while scrolling: %s %r" % (lang, e["role"], e["name"]))
    counts["focus events while scrolling"] += len(stray)
    print("  scrolling: section %r -> %r, %d focus events" %
          (before_name, changed.name if changed is not None else None, len(stray)), flush=True)


def article_of(reader, tr):
    for acc in reader.objects():
        try:
            if acc.name == tr("hope::app::MainWindow", "Article") and acc.getRole() != \
                    pyatspi.ROLE_PAGE_TAB:
                return acc
        except Exception:  # noqa: BLE001
            continue
    return None


def caret_of(acc):
    try:
        return acc.queryText().caretOffset
    except Exception:  # noqa: BLE001
        return None


def check_caret(lang, tr, reader, events, counts):
    """F7 turns caret browsing on; Down and Ctrl+Right move the caret."""
    article = article_of(reader, tr)
    if not check(article is not None, "%s: no article object" % lang):
        return
    key("ctrl+Home")
    if not focus_pane(events, tr, tr("hope::app::MainWindow", "Article")):
        return
    mark = events.mark()
    key("F7")
    wait_for(lambda: any(tr("hope::app::MainWindow", "Caret browsing on") in n
                         for n in events.announcements(mark)), "caret browsing to be announced")
    moves = []
    for keys in (["Down"], ["Down"], ["ctrl+Right"], ["ctrl+Right"], ["Up"]):
        mark = events.mark()
        start = caret_of(article)
        key(*keys)
        got = wait_for(lambda: events.since(mark, "object:text-caret-moved"),
                       "the caret to move with " + keys[0])
        if got:
            moves.append((keys[0], start, got[-1]["detail1"]))
    # What a screen reader says for Down: the line on screen at the caret.
    try:
        line = article.queryText().getTextAtOffset(caret_of(article),
                                                   pyatspi.TEXT_BOUNDARY_LINE_START)
        line_text = line[0] if isinstance(line, (list, tuple)) else line.content
    except Exception as error:  # noqa: BLE001
        line_text = "(%s)" % error
    check(0 < len(line_text.strip()) < 120, "%s: the line at the caret is not a line on "
          "screen: %r" % (lang, line_text[:200]))
    print("  line at the caret: %r" % line_text.strip(), flush=True)
    counts["caret moves"] += len(moves)
    downs = [m for m in moves if m[0] == "Down"]
    check(len(downs) == 2 and all(m[2] > m[1] for m in downs),
          "%s: Down did not move the caret forward: %s" % (lang, moves))
    words = [m for m in moves if m[0] == "ctrl+Right"]
    # A Chinese word is a few characters (Qt's own move ran to the comma,
    # 13 to 108 of them); an English one a few letters.
    longest = 8 if lang == "zh" else 20
    check(len(words) == 2 and all(0 < m[2] - m[1] <= longest for m in words),
          "%s: Ctrl+Right did not move by a word: %s" % (lang, moves))
    # The word a screen reader reads at the caret starts where the caret
    # stopped: the caret's words and the accessible words are the same.
    for _, _, to in words:
        try:
            word = article.queryText().getTextAtOffset(to, pyatspi.TEXT_BOUNDARY_WORD_START)
        except Exception as error:  # noqa: BLE001
            word = ("(%s)" % error, -1, -1)
        if check(word[1] == to, "%s: after Ctrl+Right to %d the word there is %r at %d-%d" %
                 (lang, to, word[0], word[1], word[2])):
            counts["caret words"] += 1
        print("  word at the caret %d: %r" % (to, word[0]), flush=True)
    check_lines(lang, article, counts)
    print("  caret: %s" % ", ".join("%s %d->%d" % m for m in moves), flush=True)
    # The text's language, which Orca reads to choose its voice.
    try:
        locale = article.get_object_locale()
    except Exception as error:  # noqa: BLE001
        locale = "(%s)" % error
    try:
        attributes = article.queryText().getAttributeRun(caret_of(article) or 0, True)[0]
    except Exception as error:  # noqa: BLE001
        attributes = "(%s)" % error
    print("  article locale %r; text attributes at the caret: %s" % (locale, attributes),
          flush=True)
    wanted = "language:" + ("zh-CN" if lang == "zh" else "en-GB")
    if check(isinstance(attributes, list) and wanted in attributes,
             "%s: the article's text does not say its language (%s)" % (lang, wanted)):
        counts["text language attributes"] += 1
    # Caret browsing stays on for the next run; turn it off again.
    mark = events.mark()
    key("F7")
    wait_for(lambda: any(tr("hope::app::MainWindow", "Caret browsing off") in n
                         for n in events.announcements(mark)), "caret browsing off announced")


def check_lines(lang, article, counts):
    """Every line from the top, as Orca reads by line: each begins where the
    one before ended, and each of its offsets gives the same line (the
    editor's note was read twice and a line after it skipped)."""
    text = article.queryText()
    count = text.characterCount
    offset = 0
    lines = 0
    while offset < count:
        line, start, end = text.getTextAtOffset(offset, pyatspi.TEXT_BOUNDARY_LINE_START)
        if not check(start == offset and end > start,
                     "%s: the line at %d is %d-%d %r" % (lang, offset, start, end, line)):
            return
        # What Orca speaks is the text it is given, which must be the range's
        # (the editor's note came whole with its first line's range).
        if not check(line == text.getText(start, end) and len(line) == end - start,
                     "%s: the line %d-%d reads %r" % (lang, start, end, line[:120])):
            return
        _, s2, e2 = text.getTextAtOffset(end - 1, pyatspi.TEXT_BOUNDARY_LINE_START)
        if not check((s2, e2) == (start, end), "%s: line %d-%d %r, at its end %d-%d" %
                     (lang, start, end, line, s2, e2)):
            return
        offset = end
        lines += 1
    counts["lines read in order"] += lines
    print("  lines: %d from the top, each once, none skipped" % lines, flush=True)


def expect_announcement(lang, events, mark, text, what, counts):
    got = wait_for(lambda: [n for n in events.announcements(mark) if text in n],
                   "%s to be announced (%r)" % (what, text))
    if got:
        counts["status messages"] += 1
        print("  announced (%s): %r" % (what, got[-1]), flush=True)
    return got


def check_status(lang, tr, reader, events, counts):
    # Find: a word the article does not have.
    mark = events.mark()
    key("ctrl+f")
    focused = wait_for(lambda: events.focus_events(mark), "the find field to take the focus")
    if focused:
        # The field takes the focus before its caret moves: a caret event
        # first made Orca take the field silently (the first Ctrl+F said
        # nothing).
        field = focused[-1]["source"]
        first = [e for e in events.since(mark) if same(e["source"], field)
                 and (e["type"].startswith("object:text-caret-moved") or
                      e["type"].startswith("object:state-changed:focused"))]
        if check(first and first[0]["type"].startswith("object:state-changed:focused"),
                 "%s: the find field's caret moved before it took the focus: %s" %
                 (lang, [e["type"] for e in first])):
            counts["focus before caret"] += 1
    mark = events.mark()
    type_text("zqxjv")
    expect_announcement(lang, events, mark, tr("hope::ui::FindBar", "No matches"), "find", counts)
    key("Escape")
    # The clip panel's keys: M mutes, C turns captions off, and back.
    if focus_pane(events, tr, tr("hope::ui::ClipPanel", "Clip")):
        # Each toggle is named by its purpose and says its state by being
        # checked: "Mute, checked" while muted (a name that said "Sound on"
        # was read "Sound on, not checked" while the sound was on).
        toggles = {"m": tr("hope::ui::ClipControls", "Mute"),
                   "c": tr("hope::ui::ClipControls", "Captions")}
        for k, text, checked in (("m", "Sound off", True), ("m", "Sound on", False),
                                 ("c", "Captions off", False), ("c", "Captions on", True)):
            mark = events.mark()
            key(k)
            expect_announcement(lang, events, mark, tr("hope::ui::ClipControls", text),
                                "key " + k, counts)
            toggle = find_one(reader.objects(), None, toggles[k])
            if check(toggle is not None, "%s: no control named %r" % (lang, toggles[k])):
                ok = wait_for(lambda: states(toggle).contains(pyatspi.STATE_CHECKED) == checked,
                              "%r to be %s" % (toggles[k], "checked" if checked else
                                               "not checked"))
                counts["toggle states"] += 1 if ok else 0
        # The position slider is in seconds, and setting it seeks.
        slider = find_one(reader.objects(), pyatspi.ROLE_SLIDER,
                          tr("hope::ui::ClipControls", "Position"))
        if check(slider is not None, "%s: no position slider" % lang):
            value = slider.queryValue()
            check(30 <= value.maximumValue <= 600, "%s: the position's maximum is %r, not "
                  "seconds" % (lang, value.maximumValue))
            value.currentValue = 12.0
            seeked = wait_for(lambda: abs(slider.queryValue().currentValue - 12.0) < 0.01,
                              "setting the position to seek")
            counts["position set in seconds"] += 1 if seeked else 0
            print("  position: 0 to %.0f s, set to %.1f s" %
                  (value.maximumValue, slider.queryValue().currentValue), flush=True)
            # Playing, the position tells a screen reader at most about once
            # a second (Orca spoke each of some seven changes a second).
            mark = events.mark()
            key("space")
            if expect_announcement(lang, events, mark, tr("hope::ui::ClipPanel", "Playing"),
                                   "Space", counts):
                playing = events.mark()
                pump(4.0)
                told = [e for e in events.since(playing, "object:property-change:accessible-value")
                        if same(e["source"], slider)]
                moved = slider.queryValue().currentValue
                mark = events.mark()
                key("space")
                expect_announcement(lang, events, mark, tr("hope::ui::ClipPanel", "Paused"),
                                    "Space", counts)
                if check(1 <= len(told) <= 6, "%s: the position told %d changes in 4 s of "
                         "playing" % (lang, len(told))):
                    counts["position changes told per 4 s"] += len(told)
                print("  position while playing: %d changes told in 4 s (at %.0f s)" %
                      (len(told), moved), flush=True)
        # Full screen and back: the focus comes back to the panel, in an
        # active window.
        clip = tr("hope::ui::ClipPanel", "Clip")
        mark = events.mark()
        key("f")
        went = wait_for(lambda: [e for e in events.focus_events(mark) if e["name"] != clip],
                        "full screen to take the focus")
        mark = events.mark()
        key("Escape")
        back = wait_for(lambda: [e for e in events.focus_events(mark) if e["name"] == clip],
                        "the focus to come back to the clip panel after full screen")
        if went and back:
            active = wait_for(lambda: states(reader.frame) is not None and
                              states(reader.frame).contains(pyatspi.STATE_ACTIVE),
                              "the window to be active again after full screen")
            counts["focus back after full screen"] += 1 if active else 0
            print("  full screen: focus to %s, back to %r" % (went[-1]["role"], back[-1]["name"]),
                  flush=True)
    # A date in the text: Tab to the first date link and press Enter.
    if focus_pane(events, tr, tr("hope::app::MainWindow", "Article")):
        key("ctrl+Home")
        prefix = tr("hope::ui::ArticleLinkNames", "Read about the milestone: %1, %2").split("%1")[0]
        for _ in range(30):
            mark = events.mark()
            key("Tab")
            got = wait_for(lambda: events.announcements(mark) or events.focus_events(mark),
                           "Tab to the next link")
            if not got or events.focus_events(mark):
                break
            if any(n.startswith(prefix) for n in events.announcements(mark)):
                mark = events.mark()
                key("Return")
                expect_announcement(lang, events, mark,
                                    tr("hope::app::MainWindow", "Milestone selected: %1").split("%1")[0].strip(),
                                    "a date link", counts)
                break


def check_state_changes(lang, tr, reader, events, counts):
    # What a sighted reader sees change is said: the timeline put away and
    # back (Ctrl+Shift+2), reading mode on and off (Ctrl+Shift+R).
    if not focus_pane(events, tr, tr("hope::app::MainWindow", "Article")):
        return
    def plain(text):
        return re.sub(r"\s*[(\uff08]&.[)\uff09]|&", "", text)
    # The timeline starts shown, reading mode off.
    for keys, name, states in (
            ("ctrl+shift+2", tr("hope::app::MainMenus", "&Timeline"), ("%1: off", "%1: on")),
            ("ctrl+shift+r", tr("hope::app::MainMenus", "&Reading Mode"), ("%1: on", "%1: off"))):
        for state in states:
            text = tr("hope::app::ActionAnnouncer", state).replace("%1", plain(name))
            mark = events.mark()
            key(keys)
            expect_announcement(lang, events, mark, text, keys, counts)


def check_read_aloud(lang, tr, reader, events, counts):
    # Read aloud is heard, so only its silences are said: with no sound
    # device (as here) why nothing is heard, and where it stops.
    if not focus_pane(events, tr, tr("hope::app::MainWindow", "Article")):
        return
    mark = events.mark()
    key("F8")
    said = poll(lambda: events.announcements(mark), 10)
    if said:
        counts["read-aloud announcements"] += 1
        print("  read aloud: started, announced %r" % said[-1], flush=True)
    mark = events.mark()
    key("F8")
    stopped = tr("hope::app::ReadAloud", "Reading aloud stopped")
    if wait_for(lambda: [n for n in events.announcements(mark) if stopped in n],
                "stopping read-aloud to be announced (%r)" % stopped):
        counts["read-aloud announcements"] += 1
        print("  read aloud: stopped, announced %r" % stopped, flush=True)


def check_notes(lang, tr, reader, events, counts):
    """View > Notes takes the keys to its search, by name; the note editor
    opens with its text field named and focused, and Escape closes it."""
    search = tr("hope::ui::NotesPanel", "Search notes")
    got = press_and_wait_focus(events, ["ctrl+shift+4"], "View > Notes to focus its search")
    if got is not None and check(got["name"] == search, "%s: View > Notes focused %r, not %r"
                                 % (lang, got["name"], search)):
        counts["notes panel and editor"] += 1
        print("  notes: View > Notes focused %r" % got["name"], flush=True)
    key("ctrl+shift+4")
    article_name = tr("hope::app::MainWindow", "Article")
    if not focus_pane(events, tr, article_name):
        return
    # Everything selected and a note asked for: the words highlighted and
    # the editor open on the first paragraph's.
    key("ctrl+a")
    note = tr("hope::ui::NoteEditor", "Note")
    got = press_and_wait_focus(events, ["ctrl+alt+n"], "Add Note to open the note editor")
    if got is not None and check(got["name"] == note, "%s: the note editor focused %r, not %r"
                                 % (lang, got["name"], note)):
        counts["notes panel and editor"] += 1
        print("  notes: the editor's text is %r (%s)" % (got["name"], got.get("role", "")),
              flush=True)
    back = press_and_wait_focus(events, ["Escape"], "Escape to close the note editor")
    if back is not None and check(back["name"] == article_name, "%s: Escape from the note "
                                  "editor went to %r" % (lang, back["name"])):
        counts["notes panel and editor"] += 1
    key("ctrl+z")


def check_lookup(lang, tr, reader, events, counts):
    """Ctrl+L on the caret's Chinese word opens the lookup card with the
    keys in it: a dialog named for the word whose description is the card's
    text, its senses focused and named by the word; Escape gives the keys
    back to the article. With no Chinese at the caret, the reader says so."""
    article_name = tr("hope::app::MainWindow", "Article")
    article = article_of(reader, tr)
    if article is None or not focus_pane(events, tr, article_name):
        return
    text = article.queryText()
    whole = text.getText(0, -1)
    han = next((i for i, c in enumerate(whole) if "\u4e00" <= c <= "\u9fff"), None)
    if han is None:
        # The English text alone: nothing to look up, and a listener is told.
        mark = events.mark()
        key("ctrl+l")
        said = tr("hope::app::LookupController", "No Chinese word at the caret to look up.")
        if wait_for(lambda: said in events.announcements(mark), "the reader to say there "
                    "is no Chinese word"):
            counts["lookup card"] += 1
            print("  lookup: said %r" % said, flush=True)
        return
    # The first Chinese word of the text; its characters as CC-CEDICT has them.
    text.setCaretOffset(han)
    wait_for(lambda: caret_of(article) == han, "the caret to go to the first Chinese word")
    got = press_and_wait_focus(events, ["ctrl+l"], "Look Up Word to focus the card")
    if got is None:
        return
    word = whole[han:han + 2]
    # The senses have the keys, named by all the card says.
    if check(got["name"].startswith(word[0]) and (word != "希望" or "to hope" in got["name"]),
             "%s: the card's senses are named %r at %r" % (lang, got["name"], word)):
        counts["lookup card"] += 1
        print("  lookup: the card focused %r" % got["name"], flush=True)
    prefix = tr("hope::ui::LookupCard", "Dictionary: %1").replace("%1", "")
    # The dialog that holds the focused senses.
    dialog = got["source"]
    try:
        while dialog is not None and not (dialog.name or "").startswith(prefix):
            dialog = dialog.parent
    except Exception:  # noqa: BLE001 - gone before we asked
        dialog = None
    if check(dialog is not None, "%s: no %r window on the bus" % (lang, prefix)):
        if check(dialog.getRole() == pyatspi.ROLE_DIALOG, "%s: the card is a %s, not a dialog"
                 % (lang, dialog.getRoleName())):
            counts["lookup card"] += 1
            print("  lookup: in the dialog %r" % dialog.name, flush=True)
    back = press_and_wait_focus(events, ["Escape"], "Escape to close the lookup card")
    if back is not None and check(back["name"] == article_name, "%s: Escape from the card "
                                  "went to %r" % (lang, back["name"])):
        counts["lookup card"] += 1


def check_timeline_actions(lang, tr, reader, events, counts):
    objects = reader.objects()
    timeline = timeline_of(objects, tr)
    article = article_of(reader, tr)
    if timeline is None or article is None:
        return
    milestones = [timeline.getChildAtIndex(i) for i in range(timeline.childCount)]
    milestones = [m for m in milestones if m.getRole() == pyatspi.ROLE_LIST_ITEM]
    if not check(len(milestones) >= 3, "%s: too few milestones" % lang):
        return
    target = milestones[2]
    try:
        action = target.queryAction()
    except NotImplementedError:
        fail("%s: milestones have no actions" % lang)
        return
    names = [action.getName(i) for i in range(action.nActions)]
    check("select" in names, "%s: no select action in %s" % (lang, names))
    check("open" in names, "%s: no open action in %s" % (lang, names))
    if "select" in names:
        action.doAction(names.index("select"))
        wait_for(lambda: states(target) is not None and states(target).contains(
            pyatspi.STATE_SELECTED), "select to select the milestone")
        counts["timeline actions"] += 1
    if "open" in names:
        before = caret_of(article)
        mark = events.mark()
        action.doAction(names.index("open"))
        got = wait_for(lambda: events.since(mark, "object:text-caret-moved"),
                       "open to move the article's caret")
        if got:
            counts["timeline actions"] += 1
            print("  timeline: select and open %r; caret %s -> %d" %
                  (target.name, before, got[-1]["detail1"]), flush=True)
    # Enter on a milestone takes the focus to the article at its paragraph,
    # where a screen reader reads on (it said only "return" and stayed).
    timeline_name = tr("hope::ui::TimelineWidget", "Timeline of Alibaba's Olympic milestones")
    if focus_pane(events, tr, timeline_name):
        article_name = tr("hope::app::MainWindow", "Article")
        mark = events.mark()
        key("Return")
        went = wait_for(lambda: [e for e in events.focus_events(mark)
                                 if e["name"] == article_name],
                        "Enter on a milestone to take the focus to the article")
        if went:
            counts["timeline actions"] += 1
            print("  timeline: Enter took the focus to %r" % went[-1]["name"], flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reader", required=True)
    parser.add_argument("--translations", required=True)
    parser.add_argument("--lang", action="append", choices=["en", "zh"])
    args = parser.parse_args()
    for tool in ("xdotool",):
        if shutil.which(tool) is None:
            print("%s is not installed" % tool, file=sys.stderr)
            return 1
    tr = Translations(args.translations)
    # Wakes the event loop now and then, so waits notice their timeouts.
    GLib.timeout_add(50, lambda: True)
    counts = {k: 0 for k in ("objects", "focusable", "named controls", "Tab stops",
                             "links reached by Tab", "F6 panes", "focus events while scrolling",
                             "caret moves", "status messages", "timeline actions",
                             "focus back after full screen", "position set in seconds", "toggle states", "read-aloud announcements",
                             "text language attributes", "caret words", "lines read in order", "combo boxes named by purpose",
                             "combo box changes told", "focus before caret",
                             "position changes told per 4 s", "notes panel and editor",
                             "lookup card")}
    started = time.monotonic()
    for lang in args.lang or ["en", "zh"]:
        run_language(args, lang, tr, counts)
    print("AT-SPI counts: " + ", ".join("%s %d" % kv for kv in counts.items()))
    print("AT-SPI check: %d failed in %.0f s" % (len(FAILURES), time.monotonic() - started))
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
