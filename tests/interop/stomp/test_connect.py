"""CONNECT and CONNECTED: versions, credentials, vhosts, heart-beats, DISCONNECT."""

import re
import time
import unittest

from harness import HOST, RawStomp, StompTestCase, parse, warren_only

import broker_under_test  # noqa: E402 (the harness puts it on the path)


class ConnectTest(StompTestCase):

    def test_each_version_connects_with_stomp_py(self):
        for version in ("1.0", "1.1", "1.2"):
            conn = self.connect(version)
            self.assertTrue(conn.is_connected(), version)
            conn.disconnect()

    def test_connected_frame_is_rabbitmqs(self):
        raw = RawStomp(self.port)
        raw.send(b"CONNECT\nlogin:guest\npasscode:guest\n\n\0")
        frame = raw.frame()
        # RabbitMQ's own test (parsing.py) expects exactly this shape for 1.0.
        self.assertRegex(frame, re.compile(
            rb"\ACONNECTED\nserver:RabbitMQ/[0-9.]+\nsession:session-[A-Za-z0-9_-]{22}\n"
            rb"heart-beat:0,0\nversion:1.0\n\n\x00\Z"))
        raw.close()

    def test_version_negotiation_picks_the_highest_common(self):
        for offered, expected in (("1.0,1.1,1.2", b"1.2"), ("1.1,2.0", b"1.1"),
                                  ("1.0, 1.1", b"1.0")):
            raw = RawStomp(self.port)
            raw.send(b"CONNECT\naccept-version:%s\nlogin:guest\npasscode:guest\n\n\0"
                     % offered.encode())
            command, headers, _ = parse(raw.frame())
            self.assertEqual(command, b"CONNECTED")
            self.assertIn((b"version", expected), headers, offered)
            raw.close()

    def test_no_common_version_is_an_error(self):
        raw = RawStomp(self.port)
        raw.send(b"CONNECT\naccept-version:100.1\nlogin:guest\npasscode:guest\n\n\0")
        command, headers, body = parse(raw.frame())
        self.assertEqual(command, b"ERROR")
        self.assertEqual(dict(headers)[b"message"], b"Version mismatch")
        self.assertEqual(body, b"Supported versions are 1.0,1.1,1.2\n")
        raw.close()

    def test_bad_password_is_refused(self):
        conn = self.connect("1.2", passcode="wrong", wait=False)
        self.assert_error(conn, "Bad CONNECT", "Access refused for user 'guest'\n")

    def test_unknown_user_is_refused(self):
        conn = self.connect("1.1", login="gust", wait=False)
        self.assert_error(conn, "Bad CONNECT", "Access refused for user 'gust'\n")

    def test_unknown_vhost_is_refused(self):
        conn = self.connect("1.2", vhost="//", wait=False)
        self.assert_error(conn, "Bad CONNECT", "Virtual host '//' access denied")

    def test_connect_without_login_is_the_default_user(self):
        raw = RawStomp(self.port)
        raw.send(b"CONNECT\naccept-version:1.2\n\n\0")
        command, _, _ = parse(raw.frame())
        self.assertEqual(command, b"CONNECTED")
        raw.close()

    def test_frame_before_connect_is_refused(self):
        raw = RawStomp(self.port)
        raw.send(b"SEND\ndestination:/queue/x\n\nhello\0")
        command, headers, body = parse(raw.frame())
        self.assertEqual(command, b"ERROR")
        self.assertEqual(dict(headers)[b"message"], b"Illegal command")
        self.assertEqual(body, b"You must log in using CONNECT first")
        raw.close()

    def test_heart_beats_are_echoed_in_whole_seconds(self):
        for asked, answer in ((b"5000,7000", b"7000,5000"), (b"500,0", b"0,1000"),
                              (b"0,0", b"0,0")):
            raw = RawStomp(self.port)
            raw.send(b"CONNECT\naccept-version:1.2\nheart-beat:%s\nlogin:guest\npasscode:guest"
                     b"\n\n\0" % asked)
            _, headers, _ = parse(raw.frame())
            self.assertIn((b"heart-beat", answer), headers)
            raw.close()

    def test_server_sends_heart_beats(self):
        conn = self.connect("1.2", heartbeats=(0, 1000))
        conn.recorder.wait(lambda: conn.recorder.heartbeats >= 2, timeout=6)

    def test_silent_client_is_closed(self):
        raw = RawStomp(self.port)
        raw.send(b"CONNECT\naccept-version:1.2\nheart-beat:1000,0\nlogin:guest\npasscode:guest"
                 b"\n\n\0")
        self.assertEqual(parse(raw.frame())[0], b"CONNECTED")
        # Nothing from the client: closed after two or three missed seconds, not at once.
        start = time.time()
        self.assertTrue(raw.closed(timeout=8))
        self.assertGreaterEqual(time.time() - start, 1.5)
        raw.close()

    def test_client_heart_beats_keep_it_open(self):
        raw = RawStomp(self.port)
        raw.send(b"CONNECT\naccept-version:1.2\nheart-beat:1000,0\nlogin:guest\npasscode:guest"
                 b"\n\n\0")
        self.assertEqual(parse(raw.frame())[0], b"CONNECTED")
        for _ in range(8):
            raw.send(b"\n")
            self.assertFalse(raw.closed(timeout=0.5))
        raw.close()

    def test_disconnect_with_receipt(self):
        conn = self.connect("1.2")
        conn.disconnect(receipt="test")
        self.assertIn("test", conn.recorder.receipts)

    @warren_only
    def test_stomp_client_is_listed_as_a_connection(self):
        conn = self.connect("1.2")
        conn.subscribe("/queue/" + self.unique("listed"), id="s1")
        deadline = time.time() + 10
        found = []
        while time.time() < deadline and not found:
            connections = broker_management(self.broker, "connections")
            found = [c for c in connections if c.get("protocol", "").startswith("STOMP")]
            time.sleep(0.2)
        self.assertTrue(found)
        self.assertEqual(found[0]["protocol"], "STOMP 1.2")
        self.assertEqual(found[0]["user"], "guest")


def broker_management(broker, path):
    status, body = broker_under_test.management_call(HOST, broker.http_port, "GET", path)
    assert status == 200, (status, body)
    return body


if __name__ == "__main__":
    unittest.main()
