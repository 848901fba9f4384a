"""Password guessing (security issue, item 8): one client used to try ~2,400 AMQP passwords a
second, 3,600 over one HTTP keep-alive connection. Now every failed login from one address is
answered login_failure_delay after the previous failed one from that address, over AMQP and the
management API alike, the burst is logged once, and correct logins are never held: one from
the guessing address itself is answered while the guesses still wait. The delay is a timer: a
bystander publishes and consumes throughout.

No test measures speed: with a delay of several seconds, the order in which answers arrive
shows the hold.
"""

import select
import socket
import unittest

from pika import spec

import hostile

DELAY_MS = 3000
GUESSES = 4


def setUpModule():
    hostile.start_broker(config={"login_failure_delay": DELAY_MS})


def tearDownModule():
    hostile.stop_broker()


def answered(sock):
    """Whether the server has sent something (or closed) on `sock` already."""
    readable, _, _ = select.select([sock], [], [], 0)
    return bool(readable)


def wait_answered(socks, timeout):
    readable, _, _ = select.select(socks, [], [], timeout)
    return readable


def bad_amqp_login(source=None):
    """A raw connection that sent a wrong password and waits for the answer."""
    peer = hostile.RawAmqp(timeout=30, source=source)
    peer.send(b"AMQP\x00\x00\x09\x01")
    peer.expect_method(spec.Connection.Start)
    peer.send_method(0, spec.Connection.StartOk(
        client_properties={"capabilities": {"authentication_failure_close": True}},
        mechanism="PLAIN", response="\0guest\0wrong", locale="en_US"))
    return peer


def log_lines(fragment):
    with open(hostile.broker().log_path, errors="replace") as f:
        return [line for line in f if fragment in line]


class LoginThrottle(unittest.TestCase):
    def setUp(self):
        if not hostile.is_warren():
            self.skipTest("RabbitMQ holds each failed connection, not each source")

    def answered_one_at_a_time(self, guesses):
        """Checks that no guess has been answered yet, then that when the first is, the others
        are still waiting (they are answered one delay apart); returns the answered one."""
        self.assertEqual([answered(g.sock) for g in guesses], [False] * GUESSES)
        first = wait_answered([g.sock for g in guesses], 2 * DELAY_MS / 1000 + 5)
        self.assertEqual(len(first), 1)
        self.assertEqual(sum(answered(g.sock) for g in guesses), 1)
        return [g for g in guesses if g.sock in first][0]

    def test_amqp_guesses_are_held_and_a_correct_login_is_not(self):
        with hostile.Bystander(self):
            guesses = [bad_amqp_login() for _ in range(GUESSES)]
            try:
                # A correct login from the same address, after the guesses: done at once,
                # while every guess is still waiting for its answer.
                good = hostile.connect()
                good.channel().queue_declare(hostile.unique("good"), auto_delete=True)
                good.close()
                refused = self.answered_one_at_a_time(guesses)
                close = refused.expect_method(spec.Connection.Close)
                self.assertEqual(close.reply_code, 403)
            finally:
                for g in guesses:
                    g.close()

    def test_another_address_is_not_slowed(self):
        guesses = [bad_amqp_login(source="127.0.0.3") for _ in range(GUESSES)]
        try:
            other = bad_amqp_login(source="127.0.0.4")
            # The other address's single guess is answered after one delay, before the
            # queued guesses of the first address (the last of which waits four delays).
            first = wait_answered([other.sock, guesses[-1].sock], 2 * DELAY_MS / 1000 + 5)
            self.assertEqual(first, [other.sock])
            other.close()
        finally:
            for g in guesses:
                g.close()

    def test_http_guesses_are_held_and_a_correct_login_is_not(self):
        path = "/api/whoami"
        guesses = []
        for _ in range(GUESSES):
            peer = hostile.RawHttp(timeout=30)
            peer.send(hostile.request_bytes(
                "GET", path, headers={"Authorization": hostile.basic_auth("guest", "wrong")}))
            guesses.append(peer)
        try:
            good = hostile.RawHttp()
            good.send(hostile.request_bytes("GET", path))
            status, _headers, _body = good.read_response()
            self.assertEqual(status, 200)
            good.close()
            refused = self.answered_one_at_a_time(guesses)
            status, _headers, _body = refused.read_response()
            self.assertEqual(status, 401)
        finally:
            for g in guesses:
                g.close()

    def test_a_burst_is_logged_once(self):
        source = "127.0.0.5"
        guesses = [bad_amqp_login(source=source) for _ in range(GUESSES)]
        try:
            # Wait for the first answer: by then every guess has been judged.
            wait_answered([g.sock for g in guesses], 2 * DELAY_MS / 1000 + 5)
        finally:
            for g in guesses:
                g.close()
        lines = log_lines("failed logins from %s" % source)
        self.assertEqual(len(lines), 1, lines)
        self.assertEqual(log_lines("unexpectedly closed"), [])


if __name__ == "__main__":
    unittest.main()
