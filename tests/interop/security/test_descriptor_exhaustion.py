"""Out of file descriptors (security issue, item 6): idle HTTP sockets that use up the
broker's descriptor limit made new AMQP clients time out, for good (Qt's listener stops
accepting on EMFILE and never resumes). Now a client that comes while descriptors are gone is
turned away at once, the broker does not spin, connections already open keep working, and
once descriptors are free again new clients get in. The broker runs under `prlimit` with a
small descriptor limit and a connection limit above it, so that descriptors run out first.
"""

import os
import stat
import tempfile
import time
import unittest

import hostile

DESCRIPTOR_LIMIT = 160
_wrapper_dir = None


def setUpModule():
    global _wrapper_dir
    # The broker under test is started through a wrapper that lowers its descriptor limit
    # (soft and hard, so that Warren cannot raise it back).
    _wrapper_dir = tempfile.TemporaryDirectory()
    wrapper = os.path.join(_wrapper_dir.name, "warren")
    with open(wrapper, "w") as f:
        f.write('#!/bin/sh\nexec prlimit --nofile=%d "%s" "$@"\n'
                % (DESCRIPTOR_LIMIT, os.environ["WARREN_BIN"]))
    os.chmod(wrapper, stat.S_IRWXU)
    real = os.environ["WARREN_BIN"]
    os.environ["WARREN_BIN"] = wrapper
    try:
        hostile.start_broker(config={"max_connections": 10000,
                                     "http_request_timeout": 600000,
                                     "http_idle_timeout": 600000})
    finally:
        os.environ["WARREN_BIN"] = real


def tearDownModule():
    hostile.stop_broker()
    _wrapper_dir.cleanup()


def cpu_ticks(pid):
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


def open_descriptors(pid):
    return len(os.listdir("/proc/%d/fd" % pid))


def turned_away(timeout=5):
    """Whether a new AMQP client is closed (EOF or reset) rather than greeted or left hanging;
    None if nothing happened within `timeout` (the old hang)."""
    peer = hostile.RawAmqp(timeout=timeout)
    try:
        peer.send(b"AMQP\x00\x00\x09\x01")
        peer.sock.settimeout(timeout)
        try:
            data = peer.sock.recv(65536)
        except ConnectionResetError:
            return True
        except OSError:
            return None
        return not data
    finally:
        peer.close()


class DescriptorExhaustion(unittest.TestCase):
    def test_clients_are_turned_away_then_served_again(self):
        pid = hostile.broker().pid
        idle = []
        try:
            with hostile.Bystander(self, max_gap=5.0):
                # Idle HTTP connections until the broker holds every descriptor it may.
                while open_descriptors(pid) < DESCRIPTOR_LIMIT and len(idle) < 2 * DESCRIPTOR_LIMIT:
                    idle.append(hostile.RawHttp())
                # The broker accepts what is queued on its own time: wait for it to hold them.
                deadline = time.monotonic() + hostile.WAIT_TIMEOUT
                while open_descriptors(pid) < DESCRIPTOR_LIMIT - 1 and \
                        time.monotonic() < deadline:
                    time.sleep(0.05)
                self.assertGreaterEqual(open_descriptors(pid), DESCRIPTOR_LIMIT - 1)

                for _ in range(5):
                    self.assertIs(turned_away(), True)
                # Not spinning on the listener: well under a tenth of a core over two seconds.
                before = cpu_ticks(pid)
                time.sleep(2)
                self.assertLess(cpu_ticks(pid) - before, 0.1 * 2 * os.sysconf("SC_CLK_TCK"))

                for peer in idle:
                    peer.close()
                idle.clear()
                # Descriptors are back: a new client is served again.
                deadline = time.monotonic() + hostile.WAIT_TIMEOUT
                while True:
                    peer = hostile.RawAmqp()
                    try:
                        peer.login()
                        peer.open_channel(1)
                        break
                    except (AssertionError, OSError):
                        self.assertLess(time.monotonic(), deadline, "no client served again")
                        time.sleep(0.1)
                    finally:
                        peer.close()
        finally:
            for peer in idle:
                peer.close()
        with open(hostile.broker().log_path, encoding="utf-8", errors="replace") as f:
            lines = [line for line in f if "out of file descriptors" in line]
        self.assertGreaterEqual(len(lines), 1)
        self.assertLessEqual(len(lines), 2, lines)  # one per burst of ten seconds


if __name__ == "__main__":
    unittest.main()
