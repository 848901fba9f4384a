"""Slow HTTP clients (security issue, item 2): 20 half-sent requests were still open after
200 s. As RabbitMQ's HTTP server does (cowboy's request_timeout and idle_timeout), a request's
head must arrive within http_request_timeout of the connection opening or the previous answer
(a half-sent one is answered 408, an idle keep-alive connection simply closed) and a body may
not stall for longer than http_idle_timeout. The broker under test has them at 1 and 1.5 s;
every check allows a few seconds more before it calls the connection still open.
"""

import unittest

import hostile

REQUEST_TIMEOUT = 1.0
IDLE_TIMEOUT = 1.5
SLACK = 3.0  # the engine ticks every 250 ms; a loaded test machine is slower still


def setUpModule():
    hostile.start_broker(config={"http_request_timeout": int(REQUEST_TIMEOUT * 1000),
                                 "http_idle_timeout": int(IDLE_TIMEOUT * 1000)})


def tearDownModule():
    hostile.stop_broker()


def status_of(raw):
    line = raw.split(b"\r\n", 1)[0].split()
    return int(line[1]) if len(line) > 1 and line[0].startswith(b"HTTP/") else None


class Timeouts(unittest.TestCase):
    def test_half_sent_heads_are_answered_408_and_closed(self):
        with hostile.Bystander(self):
            peers = []
            try:
                for i in range(20):
                    peer = hostile.RawHttp()
                    full = hostile.request_bytes("GET", "/api/overview")
                    peer.send(full[:20 + i])  # stops somewhere in the head
                    peers.append(peer)
                for peer in peers:
                    self.assertTrue(peer.closed_by_peer(timeout=REQUEST_TIMEOUT + SLACK),
                                    "a half-sent request was still open")
                    self.assertEqual(status_of(peer.buf), 408, peer.buf[:200])
            finally:
                for peer in peers:
                    peer.close()

    def test_a_head_sent_a_byte_at_a_time_is_still_cut_off(self):
        # Bytes arriving do not extend the head's deadline (slowloris).
        peer = hostile.RawHttp()
        try:
            full = hostile.request_bytes("GET", "/api/overview")
            closed = False
            for i in range(len(full) - 4):
                try:
                    peer.send(full[i:i + 1])
                except OSError:
                    closed = True
                    break
                if peer.closed_by_peer(timeout=0.1):
                    closed = True
                    break
            self.assertTrue(closed, "a head trickled in for %.1f s" % (len(full) * 0.1))
            self.assertEqual(status_of(peer.buf), 408)
        finally:
            peer.close()

    def test_a_connection_that_never_asks_is_closed(self):
        peer = hostile.RawHttp()
        try:
            self.assertTrue(peer.closed_by_peer(timeout=REQUEST_TIMEOUT + SLACK))
            self.assertEqual(peer.buf, b"")
        finally:
            peer.close()

    def test_an_idle_keep_alive_connection_is_closed(self):
        peer = hostile.RawHttp()
        try:
            peer.send(hostile.request_bytes("GET", "/api/whoami"))
            status, headers, _ = peer.read_response()
            self.assertEqual(status, 200)
            self.assertNotEqual(headers.get("connection"), "close")
            self.assertTrue(peer.closed_by_peer(timeout=REQUEST_TIMEOUT + SLACK))
            self.assertEqual(peer.buf, b"")
        finally:
            peer.close()

    def test_a_stalled_body_is_answered_408_and_closed(self):
        with hostile.Bystander(self):
            peers = []
            try:
                for i in range(20):
                    peer = hostile.RawHttp()
                    full = hostile.request_bytes("PUT", "/api/vhosts/stalled-%d" % i,
                                                 body=b'{"description": "never finished"}')
                    peer.send(full[:-5])  # the head and most of the body
                    peers.append(peer)
                for peer in peers:
                    self.assertTrue(peer.closed_by_peer(timeout=IDLE_TIMEOUT + SLACK),
                                    "a half-sent body was still open")
                    self.assertEqual(status_of(peer.buf), 408, peer.buf[:200])
            finally:
                for peer in peers:
                    peer.close()
        status, vhosts = hostile.management("GET", "vhosts")
        self.assertEqual(status, 200)
        self.assertFalse([v for v in vhosts if v["name"].startswith("stalled-")])


if __name__ == "__main__":
    unittest.main()
