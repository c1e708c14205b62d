"""GNOME Orca (Debian's orca 43) listening to the run's desktop, its speech written down: Orca's own
per-user hook, orca-customizations.py in a private preferences folder, records every utterance
Orca sends to speech as a JSON line, flushed at once. Orca runs without a speech server (nothing
is played): what it says is decided before that point, and recorded there.

One Orca at a time: it refuses a second instance on the same bus, and `--replace` would kill every
process named orca of the user, so it is never used."""
import json
import os
import shutil
import subprocess
import tempfile
import time

#: Orca's settings for the tests: no key echo, no tutorial hints, no reading of the whole page or a
#: page summary when a page loads; speech on, through no server.
SETTINGS = {
    'enableKeyEcho': False, 'enableEchoByCharacter': False, 'enableEchoByWord': False, 'enableEchoBySentence': False,
    'enableTutorialMessages': False, 'sayAllOnLoad': False, 'pageSummaryOnLoad': False, 'enableSpeech': True,
    'enableBraille': False, 'enableSound': False, 'speechServerFactory': 'none', 'presentToolTips': False,
}
CUSTOMIZATIONS = '''
import json, os
import orca.settings
import orca.speech

# No speech server at all (not even the fallbacks): utterances end in the record below.
orca.settings.speechFactoryModules = []
_record = open(os.environ["MENSENHANDEL_FAQ_SPOKEN"], "a", buffering=1, encoding="utf-8")
_speak = orca.speech._speak


def _recorded(text, acss, interrupt):
    _record.write(json.dumps({"text": text, "interrupt": bool(interrupt)}, ensure_ascii=False) + "\\n")
    return _speak(text, acss, interrupt)


orca.speech._speak = _recorded
'''


class Orca:
    """Starts Orca on the current DISPLAY and D-Bus session (session.Desktop); use as a context manager."""

    def __enter__(self):
        self.folder = tempfile.mkdtemp(prefix='mensenhandel-faq-orca-')
        self.spoken = os.path.join(self.folder, 'spoken.jsonl')
        self.debug = os.path.join(self.folder, 'debug.out')
        prefs = os.path.join(self.folder, 'prefs')
        os.makedirs(prefs)
        profile = {'profile': ['Default', 'default'], 'pronunciations': {}, 'keybindings': {}, **SETTINGS}
        with open(os.path.join(prefs, 'user-settings.conf'), 'w', encoding='utf-8') as file:
            json.dump({'general': dict(SETTINGS), 'profiles': {'default': profile}, 'pronunciations': {}, 'keybindings': {}}, file)
        with open(os.path.join(prefs, 'orca-customizations.py'), 'w', encoding='utf-8') as file:
            file.write(CUSTOMIZATIONS)
        open(self.spoken, 'w').close()
        env = dict(os.environ, MENSENHANDEL_FAQ_SPOKEN=self.spoken, GTK_MODULES='', NO_AT_BRIDGE='1')
        self.process = subprocess.Popen(['orca', '-u', prefs, '--debug-file', self.debug], env=env,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        self.wait(lambda: self.lines(), 'Orca to start speaking', 30)
        return self

    def __exit__(self, *exc):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.folder, ignore_errors=True)

    def lines(self):
        """Everything Orca has said, one utterance a line."""
        with open(self.spoken, encoding='utf-8') as file:
            return [json.loads(line)['text'] for line in file if line.endswith('\n')]

    def debug_log(self):
        with open(self.debug, encoding='utf-8', errors='replace') as file:
            return file.read()

    @staticmethod
    def wait(ready, what, timeout):
        deadline = time.monotonic() + timeout
        while not ready():
            if time.monotonic() > deadline:
                raise AssertionError(f'timed out waiting for {what}')
            time.sleep(0.1)

    def quiet(self, since, silence=0.5, timeout=10.0, first=5.0):
        """What Orca said after utterance number `since`: once it has said something (waiting up to
        `first` seconds for that) and then been silent for `silence` seconds."""
        start = time.monotonic()
        deadline = start + timeout
        count, changed = len(self.lines()), start
        while time.monotonic() < deadline:
            time.sleep(0.05)
            now = len(self.lines())
            if now != count:
                count, changed = now, time.monotonic()
            elif time.monotonic() - changed >= silence and (count > since or time.monotonic() - start >= first):
                break
        return self.lines()[since:]


def focus(pid):
    """Gives the browser window of process `pid` the keyboard focus (before any key: Orca 43 ignores
    the untimed key events of a chained `xdotool windowfocus key`)."""
    window = subprocess.run(['xdotool', 'search', '--onlyvisible', '--pid', str(pid)], capture_output=True, text=True, timeout=15).stdout.split()
    subprocess.run(['xdotool', 'windowfocus', '--sync', window[-1]], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=15)


def key(*keys):
    """Types keys into the focused window."""
    subprocess.run(['xdotool', 'key', '--delay', '120', *keys], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=15)
