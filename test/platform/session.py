"""A screen reader's view of a browser on Linux: Xvfb, a private D-Bus session whose
accessibility bus is switched on as Orca switches it on, a loopback web server for the built
widget, and one browser (Chromium, Firefox ESR or WebKitGTK's MiniBrowser) showing a page.
Every process started here is stopped here, by its own id."""
import functools
import http.server
import os
import shutil
import signal
import subprocess
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser'
FIREFOX_PREFS = ''.join(f'user_pref("{name}", {value});\n' for name, value in (
    ('datareporting.policy.dataSubmissionPolicyBypassNotification', 'true'),
    ('datareporting.policy.firstRunURL', '""'),
    ('toolkit.telemetry.reportingpolicy.firstRun', 'false'),
    ('browser.startup.homepage_override.mstone', '"ignore"'),
    ('startup.homepage_welcome_url', '""'),
    ('startup.homepage_welcome_url.additional', '""'),
    ('browser.aboutwelcome.enabled', 'false'),
    ('browser.shell.checkDefaultBrowser', 'false'),
    ('browser.newtab.preload', 'false'),
    ('browser.newtabpage.enabled', 'false'),
))


def _free_display():
    for number in range(90, 140):
        if not os.path.exists(f'/tmp/.X11-unix/X{number}') and not os.path.exists(f'/tmp/.X{number}-lock'):
            return f':{number}'
    raise RuntimeError('no free X display between :90 and :139')


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


class Desktop:
    """Xvfb + D-Bus session + accessibility bus + web server. Use as a context manager."""

    def __init__(self, pages):
        self.pages = pages
        self.processes = []

    def __enter__(self):
        self.site = tempfile.mkdtemp(prefix='mensenhandel-faq-atspi-')
        os.symlink(os.path.join(ROOT, 'dist'), os.path.join(self.site, 'dist'))
        for name, html in self.pages.items():
            with open(os.path.join(self.site, name), 'w', encoding='utf-8') as page:
                page.write(html)
        handler = functools.partial(_Quiet, directory=self.site)
        self.server = http.server.ThreadingHTTPServer(('127.0.0.1', 0), handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.base = f'http://127.0.0.1:{self.server.server_address[1]}'

        display = _free_display()
        self._start(['Xvfb', display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'])
        bus = self._start(['dbus-daemon', '--session', '--nofork', '--print-address=1'], stdout=subprocess.PIPE)
        address = bus.stdout.readline().decode().strip()
        os.environ.update(DISPLAY=display, DBUS_SESSION_BUS_ADDRESS=address)
        for _ in range(50):
            if os.path.exists(f'/tmp/.X11-unix/X{display[1:]}'):
                break
            time.sleep(0.1)
        self._enable_accessibility()
        return self

    def _start(self, command, env=None, stdout=subprocess.DEVNULL):
        # Its own process group, so its children (the browser's helpers, the buses D-Bus
        # starts on demand) stop with it.
        process = subprocess.Popen(command, env=env, stdout=stdout, stderr=subprocess.DEVNULL, start_new_session=True)
        self.processes.append(process)
        return process

    @staticmethod
    def _enable_accessibility():
        """What Orca does at start: tell every application that a screen reader listens."""
        import gi
        gi.require_version('Gio', '2.0')
        from gi.repository import Gio, GLib
        bus = Gio.bus_get_sync(Gio.BusType.SESSION)
        for prop in ('IsEnabled', 'ScreenReaderEnabled'):
            bus.call_sync('org.a11y.Bus', '/org/a11y/bus', 'org.freedesktop.DBus.Properties', 'Set',
                          GLib.Variant('(ssv)', ('org.a11y.Status', prop, GLib.Variant('b', True))), None, 0, -1, None)

    def open(self, engine, page):
        """Starts `engine` showing `page`; returns its process."""
        url = f'{self.base}/{page}'
        profile = tempfile.mkdtemp(prefix='mensenhandel-faq-profile-', dir=self.site)
        env = dict(os.environ)
        if engine == 'chromium':
            env['ACCESSIBILITY_ENABLED'] = '1'
            # (No offer to translate the page: it would be read out as an alert. The feature switch
            # alone did not stop it; the profile's own setting does.)
            os.makedirs(os.path.join(profile, 'Default'))
            with open(os.path.join(profile, 'Default', 'Preferences'), 'w', encoding='utf-8') as prefs:
                prefs.write('{"translate": {"enabled": false}}')
            command = ['chromium', '--no-sandbox', '--force-renderer-accessibility', '--disable-gpu', '--no-first-run', '--disable-features=Translate',
                       '--no-default-browser-check', '--disable-background-networking', f'--user-data-dir={profile}',
                       '--window-position=0,0', '--window-size=1280,1000', url]
        elif engine == 'firefox':
            env['GNOME_ACCESSIBILITY'] = '1'
            # No first-run tabs (the privacy notice, which fails offline) and no hidden new tab
            # loading: a screen reader reads them out ("Finished loading New Tab", "Problem loading
            # page") into what a test hears.
            with open(os.path.join(profile, 'user.js'), 'w', encoding='utf-8') as prefs:
                prefs.write(FIREFOX_PREFS)
            command = ['firefox-esr', '--no-remote', '--profile', profile, '--width', '1280', '--height', '1000', url]
        elif engine == 'webkit':
            command = [MINIBROWSER, url]
        else:
            raise ValueError(engine)
        return self._start(command, env=env)

    def close(self, process):
        """Stops one process started here (with its process group)."""
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        if process.stdout:
            process.stdout.close()
        self.processes.remove(process)

    def __exit__(self, *exc):
        for process in reversed(list(self.processes)):
            self.close(process)
        self.server.shutdown()
        self.server.server_close()
        shutil.rmtree(self.site, ignore_errors=True)
