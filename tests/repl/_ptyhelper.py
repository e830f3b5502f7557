# tests/repl/_ptyhelper.py: drives ferrite on a pseudo-terminal for the REPL tests.
# Session() starts $FERRITE ($FERRITE_ARGS) as the session leader of a new pty (so the pty
# is its controlling terminal, as with socat's setsid,ctty); expect() reads until a marker
# appears (never sleeps for synchronisation) and returns the bytes read.
import os
import pty
import re
import select
import sys
import time

FERRITE = os.environ.get("FERRITE") or os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..", "build", "ferrite")
ARGS = os.environ.get("FERRITE_ARGS", "").split()
# Slow builds (sanitizers, GC stress) get longer timeouts.
TIMEOUT_SCALE = float(os.environ.get("FERRITE_TIMEOUT_SCALE") or (8 if "torture" in FERRITE else 1))
BANNER = re.compile(rb"Ferrite \S+ on \d{4}-\d\d-\d\d; \S+ with \S+\r\nType \"help\(\)\" for more information\.\r\n")


class Timeout(Exception):
    pass


class Session:
    def __init__(self, *args):
        pid, fd = pty.fork()
        if pid == 0:
            try:
                os.execv(FERRITE, [FERRITE] + ARGS + list(args))
            finally:
                os._exit(127)
        self.pid = pid
        self.fd = fd
        self.buf = b""
        self.status = None

    def send(self, data):
        if isinstance(data, str):
            data = data.encode()
        while data:
            n = os.write(self.fd, data)
            data = data[n:]

    def _fill(self, deadline):
        left = deadline - time.monotonic()
        if left <= 0:
            return False
        r, _, _ = select.select([self.fd], [], [], left)
        if not r:
            return False
        try:
            chunk = os.read(self.fd, 65536)
        except OSError:
            chunk = b""
        if not chunk:
            raise EOFError(self.buf)
        self.buf += chunk
        return True

    def expect(self, marker, timeout=4.0):
        """Reads until `marker` (bytes, str or compiled regex); returns everything up to and
        including it and keeps the rest buffered."""
        if isinstance(marker, str):
            marker = marker.encode()
        deadline = time.monotonic() + timeout * TIMEOUT_SCALE
        while True:
            if isinstance(marker, bytes):
                i = self.buf.find(marker)
                end = i + len(marker) if i >= 0 else -1
            else:
                m = marker.search(self.buf)
                end = m.end() if m else -1
            if end >= 0:
                out, self.buf = self.buf[:end], self.buf[end:]
                return out
            try:
                if not self._fill(deadline):
                    raise Timeout("timeout waiting for %r; got %r" % (marker, self.buf))
            except EOFError:
                raise Timeout("EOF waiting for %r; got %r" % (marker, self.buf))

    def read_exact(self, n, timeout=4.0):
        deadline = time.monotonic() + timeout * TIMEOUT_SCALE
        while len(self.buf) < n:
            if not self._fill(deadline):
                raise Timeout("timeout reading %d bytes; got %r" % (n, self.buf))
        out, self.buf = self.buf[:n], self.buf[n:]
        return out

    def start(self):
        """Waits for the banner and the first prompt."""
        self.expect(BANNER)
        self.expect(b">>> ")

    def close(self):
        if self.status is not None:
            return self.status
        try:
            os.close(self.fd)
        except OSError:
            pass
        deadline = time.monotonic() + 3
        while time.monotonic() < deadline:
            pid, st = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.status = os.waitstatus_to_exitcode(st)
                return self.status
            time.sleep(0.01)
        os.kill(self.pid, 9)
        os.waitpid(self.pid, 0)
        return None

    def wait_exit(self, timeout=4.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                self._fill(min(deadline, time.monotonic() + 0.05))
            except (EOFError, OSError):
                pass
            pid, st = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.status = os.waitstatus_to_exitcode(st)
                return self.status
        raise Timeout("ferrite did not exit")


def show(data):
    """Prints bytes as a Python literal, broken into lines after each CR LF; the banner is
    shown as <banner> (its date changes)."""
    data = BANNER.sub(b"<banner>\r\n", data)
    text = repr(data)[2:-1]
    print(text.replace("\\r\\n", "\\r\\n\n").rstrip("\n") if text else "(nothing)")


def run(test):
    """Runs test(session) on a fresh, started session; reports a timeout readably."""
    s = Session()
    try:
        s.start()
        test(s)
    except Timeout as e:
        print("TIMEOUT:", e)
    finally:
        s.close()
