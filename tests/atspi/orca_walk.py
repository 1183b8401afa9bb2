#!/usr/bin/env python3
"""The walk tests/atspi/orca-speech takes through the reader (--walk), and
the merge of its keys with what Orca sent to speech (--merge)."""
import datetime
import re
import subprocess
import sys
import time


def walk(lang, keys_log):
    def log(what):
        with open(keys_log, "a", encoding="utf-8") as f:
            f.write("%s >>> %s\n" % (datetime.datetime.now().strftime("%H:%M:%S.%f"), what))

    def key(combo, pause=1.5):
        log("key " + combo)
        # As a person presses them: the modifiers held a moment after the
        # key (xdotool's own chord lets Ctrl go before the arrow, and Orca
        # then takes Ctrl+Right for a character move).
        *mods, last = combo.split("+")
        for m in mods:
            subprocess.run(["xdotool", "keydown", m], check=False)
        subprocess.run(["xdotool", "key", last], check=False)
        time.sleep(0.15)
        for m in reversed(mods):
            subprocess.run(["xdotool", "keyup", m], check=False)
        time.sleep(pause)

    def type_text(text):
        log("type " + text)
        subprocess.run(["xdotool", "type", "--delay", "120", text], check=False)
        time.sleep(1.5)

    time.sleep(8)
    # The article has the focus at start: caret browsing, from the top by line.
    key("F7")
    key("ctrl+Home")
    for _ in range(8):
        key("Down")
    key("ctrl+Right")
    key("ctrl+Right")
    # Look the caret's word up, choose the next word of the place, close.
    key("ctrl+l", pause=2.5)
    key("Right")
    key("Escape")
    # Tab to a link and follow it.
    key("Tab")
    key("Tab")
    key("Return", pause=2.5)
    # The sidebar: to its third entry, Enter.
    key("ctrl+Home")
    key("shift+F6")
    key("Down")
    key("Down")
    key("Return", pause=2.5)
    # The timeline (two panes on from the article): a milestone, Enter.
    key("F6")
    key("F6")
    key("Right")
    key("Return", pause=2.5)
    # Find a word, the next match, close.
    key("ctrl+f")
    type_text("Tokyo" if lang == "en" else "东京")
    key("Return")
    key("Escape")
    # The clip: pause and play, Tab to the speed, faster and back.
    key("F6")
    key("space", pause=4)
    key("space")
    for _ in range(4):
        key("Tab", pause=1.0)
    key("Down")
    key("Up")
    # Read aloud, and stop.
    key("F8", pause=5)
    key("F8")
    key("Escape")
    time.sleep(2)


def merge(orca_out, keys_log):
    lines = []
    with open(keys_log, encoding="utf-8") as f:
        for line in f:
            stamp, rest = line.split(" ", 1)
            lines.append([stamp, rest.strip()])
    current = None
    stamp = re.compile(r"(\d\d:\d\d:\d\d\.\d+) - ")
    with open(orca_out, encoding="utf-8", errors="replace") as f:
        for line in f:
            m = re.match(r"(\d\d:\d\d:\d\d\.\d+) - SPEECH OUTPUT: '(.*)", line)
            if m:
                current = [m.group(1), m.group(2)]
                lines.append(current)
            elif current is not None and not stamp.match(line):
                current[1] += " " + line.strip()
            else:
                current = None
    lines.sort(key=lambda entry: entry[0])
    for when, text in lines:
        text = re.sub(r"' ?\{'established'.*$", "", text)
        print(when[:8], text)


if __name__ == "__main__":
    if sys.argv[1] == "--walk":
        walk(sys.argv[2], sys.argv[3])
    else:
        merge(sys.argv[2], sys.argv[3])
