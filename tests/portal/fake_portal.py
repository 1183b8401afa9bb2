#!/usr/bin/python3
"""A stand-in for xdg-desktop-portal's file chooser, on a private session bus.

Owns org.freedesktop.portal.Desktop and answers FileChooser.OpenFile as a
desktop's portal does: a Request object, then its Response signal with the
file the "user" picked (the path given on the command line). Each call's
title is printed, so a check can see which dialog asked.
    fake_portal.py PICKED_FILE
"""
import sys

import gi

gi.require_version("Gio", "2.0")
from gi.repository import Gio, GLib  # noqa: E402

XML = """
<node>
  <interface name="org.freedesktop.portal.FileChooser">
    <method name="OpenFile">
      <arg type="s" name="parent_window" direction="in"/>
      <arg type="s" name="title" direction="in"/>
      <arg type="a{sv}" name="options" direction="in"/>
      <arg type="o" name="handle" direction="out"/>
    </method>
    <method name="SaveFile">
      <arg type="s" name="parent_window" direction="in"/>
      <arg type="s" name="title" direction="in"/>
      <arg type="a{sv}" name="options" direction="in"/>
      <arg type="o" name="handle" direction="out"/>
    </method>
    <property name="version" type="u" access="read"/>
  </interface>
</node>
"""

picked = sys.argv[1]
serial = 0


def on_call(connection, sender, path, interface, method, params, invocation):
    global serial
    parent, title, options = params.unpack()
    print(f"portal: {method} title={title!r}", flush=True)
    serial += 1
    token = options.get("handle_token", f"fake{serial}")
    handle = "/org/freedesktop/portal/desktop/request/%s/%s" % (
        sender[1:].replace(".", "_"),
        token,
    )
    invocation.return_value(GLib.Variant("(o)", (handle,)))

    def respond():
        results = {"uris": GLib.Variant("as", [GLib.filename_to_uri(picked, None)])}
        connection.emit_signal(
            sender,
            handle,
            "org.freedesktop.portal.Request",
            "Response",
            GLib.Variant("(ua{sv})", (0, results)),
        )
        return False

    # After the caller has had the handle and subscribed to its Response.
    GLib.timeout_add(300, respond)


def on_get_property(connection, sender, path, interface, name):
    return GLib.Variant("u", 3) if name == "version" else None


def on_bus(connection, name):
    info = Gio.DBusNodeInfo.new_for_xml(XML).interfaces[0]
    connection.register_object(
        "/org/freedesktop/portal/desktop", info, on_call, on_get_property, None
    )


def on_name(connection, name):
    print("portal: ready", flush=True)


Gio.bus_own_name(
    Gio.BusType.SESSION,
    "org.freedesktop.portal.Desktop",
    Gio.BusNameOwnerFlags.NONE,
    on_bus,
    on_name,
    None,
)
GLib.MainLoop().run()
