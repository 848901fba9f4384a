"""The warren executable's command-line contract: --version, --help, listener lines, clean
exit on SIGINT and SIGTERM, one clear sentence for bad arguments, and what a build without the
console says when started without --headless."""

import os
import re
import signal
import subprocess
import tempfile
import unittest

WARREN = os.environ["WARREN_BIN"]
ENV = dict(os.environ, DISPLAY="", WAYLAND_DISPLAY="", QT_QPA_PLATFORM="")
# Whether this warren was built with the Qt Widgets console (CMake's WARREN_GUI).
HAS_GUI = os.environ["WARREN_HAS_GUI"] == "1"
NO_CONSOLE = "this build has no console window"


def run(*args, timeout=10):
    return subprocess.run([WARREN, *args], capture_output=True, text=True, timeout=timeout,
                          env=ENV)


class CliTest(unittest.TestCase):
    def test_version_prints_and_exits(self):
        result = run("--version")
        self.assertEqual(result.returncode, 0)
        self.assertRegex(result.stdout, r"^warren \d+\.\d+\.\d+")

    def test_help_lists_the_options(self):
        result = run("--help")
        self.assertEqual(result.returncode, 0)
        for option in ("--headless", "--data-dir", "--listen", "--config"):
            self.assertIn(option, result.stdout)

    def test_bad_listener_is_one_clear_sentence(self):
        result = run("--headless", "--listen", "gopher=127.0.0.1:70")
        self.assertEqual(result.returncode, 2)
        self.assertIn("'gopher' is not a known scheme", result.stderr)

    def test_listening_lines_and_clean_exit_on_each_signal(self):
        for sig in (signal.SIGINT, signal.SIGTERM):
            with self.subTest(signal=sig.name), tempfile.TemporaryDirectory() as data:
                proc = subprocess.Popen(
                    [WARREN, "--headless", "--data-dir", data, "--listen", "amqp=127.0.0.1:0",
                     "--listen", "http=127.0.0.1:0"],
                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV)
                try:
                    lines = [proc.stdout.readline().strip() for _ in range(2)]
                    self.assertRegex(lines[0], r"^listening amqp 127\.0\.0\.1:[1-9]\d*$")
                    self.assertRegex(lines[1], r"^listening http 127\.0\.0\.1:[1-9]\d*$")
                    proc.send_signal(sig)
                    self.assertEqual(proc.wait(timeout=10), 0)
                finally:
                    if proc.poll() is None:
                        proc.kill()
                    proc.stdout.close()
                    proc.stderr.close()

    def test_headless_without_display_even_without_the_flag(self):
        serve_until_listening([])

    def test_a_build_without_a_console_says_so_and_serves_headless(self):
        # Started without --headless, a WARREN_GUI=OFF build (like qbittorrent-nox) tells why
        # no window opens, even on a desktop, and serves; the flag, or a build with a console,
        # has nothing to explain.
        self.assertNotIn(NO_CONSOLE, serve_until_listening(["--headless"]))
        if HAS_GUI:
            self.assertNotIn(NO_CONSOLE, serve_until_listening([]))
        else:
            self.assertIn(NO_CONSOLE, serve_until_listening([]))
            on_a_desktop = dict(ENV, QT_QPA_PLATFORM="offscreen")
            self.assertIn(NO_CONSOLE, serve_until_listening([], env=on_a_desktop))


def serve_until_listening(args, env=ENV):
    """Starts warren with args, waits for its AMQP listener, stops it with SIGTERM and returns
    what it wrote to stderr."""
    with tempfile.TemporaryDirectory() as data:
        proc = subprocess.Popen([WARREN, *args, "--data-dir", data, "--listen", "amqp=127.0.0.1:0"],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        try:
            line = proc.stdout.readline()
            if not re.match(r"^listening amqp ", line):
                raise AssertionError(f"no listening line: {line!r}")
            proc.terminate()
            _, err = proc.communicate(timeout=10)
            if proc.returncode != 0:
                raise AssertionError(f"exit status {proc.returncode}: {err}")
            return err
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.communicate()

if __name__ == "__main__":
    unittest.main()
