"""Malformed HTTP framing on the management port (security issue, item 11): duplicate
Content-Length, Content-Length beside chunked, a negative Content-Length (once answered 201)
and NUL in a header were accepted. Each is now answered 400 with RabbitMQ's JSON error shape and
the connection closed, and what such a request tries to smuggle past a proxy never runs.
"""

import json
import unittest

import hostile


def setUpModule():
    hostile.start_broker()


def tearDownModule():
    hostile.stop_broker()


def head(method="PUT", path="/api/vhosts/framing", fields=()):
    b = hostile.broker()
    lines = ["%s %s HTTP/1.1" % (method, path), "Host: %s:%d" % (b.host, b.http_port),
             "Authorization: " + hostile.basic_auth(), "Content-Type: application/json"]
    lines += list(fields)
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def cases():
    """(name, bytes, status): each must be refused, the connection closed."""
    return [
        ("duplicate Content-Length",
         head(fields=["Content-Length: 2", "Content-Length: 2"]) + b"{}", 400),
        ("different Content-Lengths",
         head(fields=["Content-Length: 2", "Content-Length: 40"]) + b"{}", 400),
        ("Content-Length with chunked",
         head(fields=["Content-Length: 2", "Transfer-Encoding: chunked"]) +
         b"2\r\n{}\r\n0\r\n\r\n", 400),
        ("negative Content-Length", head(fields=["Content-Length: -1"]), 400),
        ("Content-Length list", head(fields=["Content-Length: 2, 2"]) + b"{}", 400),
        ("NUL in a header", head(method="GET", path="/api/overview", fields=["X-A: a\x00b"]), 400),
        ("CR in a header", head(method="GET", path="/api/overview", fields=["X-A: a\rb"]), 400),
        ("folded header", head(method="GET", path="/api/overview", fields=["X-A: a", " b"]), 400),
        ("space before the colon",
         head(method="GET", path="/api/overview", fields=["X-A : a"]), 400),
        ("bare LF", b"GET /api/overview HTTP/1.1\nHost: localhost\n\n", 400),
        ("no Host", b"GET /api/overview HTTP/1.1\r\nAuthorization: " +
         hostile.basic_auth().encode() + b"\r\n\r\n", 400),
        ("two Hosts", head(method="GET", path="/api/overview", fields=["Host: localhost"]), 400),
        ("transfer coding other than chunked",
         head(fields=["Transfer-Encoding: gzip"]) + b"{}", 400),
        ("Transfer-Encoding in HTTP/1.0",
         b"PUT /api/vhosts/framing HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400),
        ("bad chunk size", head(fields=["Transfer-Encoding: chunked"]) + b"zz\r\n{}\r\n0\r\n\r\n",
         400),
        ("chunk without its CRLF",
         head(fields=["Transfer-Encoding: chunked"]) + b"2\r\n{}XX0\r\n\r\n", 400),
        ("request line too long",
         b"GET /api/" + b"a" * 9000 + b" HTTP/1.1\r\nHost: x\r\n\r\n", 414),
        ("header section too large",
         head(method="GET", path="/api/overview", fields=["X-A: " + "a" * 40000]), 431),
        ("too many header fields",
         head(method="GET", path="/api/overview", fields=["X-%d: a" % i for i in range(100)]), 431),
        ("HTTP/2.0 request line", b"GET /api/overview HTTP/2.0\r\nHost: x\r\n\r\n", 505),
        ("gzip, chunked", head(fields=["Transfer-Encoding: gzip, chunked"]), 501),
    ]


class Framing(unittest.TestCase):
    def test_malformed_framing_is_refused_and_the_connection_closed(self):
        with hostile.Bystander(self):
            for name, data, expected in cases():
                with self.subTest(name):
                    peer = hostile.RawHttp()
                    try:
                        peer.send(data)
                        response = peer.read_response()
                        self.assertIsNotNone(response, "no answer")
                        status, headers, body = response
                        self.assertEqual(status, expected)
                        self.assertEqual(headers.get("connection"), "close")
                        error = json.loads(body)
                        self.assertEqual(set(error), {"error", "reason"})
                        self.assertTrue(peer.closed_by_peer())
                    finally:
                        peer.close()
        status, _ = hostile.management("GET", "vhosts/framing")
        self.assertEqual(status, 404, "a refused request changed the broker")

    def test_a_smuggled_request_never_runs(self):
        # A proxy that frames by Content-Length sees one request; one that frames by chunked
        # sees a second, hidden in the body. Warren sees neither: it refuses the pair.
        hidden = (b"PUT /api/vhosts/smuggled HTTP/1.1\r\nHost: localhost\r\nAuthorization: " +
                  hostile.basic_auth().encode() +
                  b"\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}")
        smuggler = (head(method="GET", path="/api/overview",
                         fields=["Content-Length: %d" % (5 + len(hidden)),
                                 "Transfer-Encoding: chunked"]) + b"0\r\n\r\n" + hidden)
        peer = hostile.RawHttp()
        try:
            peer.send(smuggler)
            status, _, _ = peer.read_response()
            self.assertEqual(status, 400)
            self.assertTrue(peer.closed_by_peer())
            self.assertNotIn(b"HTTP/1.1", peer.buf, "a second answer came")
        finally:
            peer.close()
        status, _ = hostile.management("GET", "vhosts/smuggled")
        self.assertEqual(status, 404)

    def test_a_negative_length_no_longer_creates_anything(self):
        peer = hostile.RawHttp()
        try:
            peer.send(head(path="/api/vhosts/negative", fields=["Content-Length: -1"]))
            status, _, _ = peer.read_response()
            self.assertEqual(status, 400)
        finally:
            peer.close()
        status, _ = hostile.management("GET", "vhosts/negative")
        self.assertEqual(status, 404)

    def test_well_formed_requests_still_pipeline_on_one_connection(self):
        body = b"{}"
        requests = (head(path="/api/vhosts/pipelined", fields=["Content-Length: 2"]) + body +
                    head(method="GET", path="/api/vhosts/pipelined") +
                    head(method="DELETE", path="/api/vhosts/pipelined"))
        peer = hostile.RawHttp()
        try:
            peer.send(requests)
            statuses = [peer.read_response()[0] for _ in range(3)]
            self.assertEqual(statuses, [201, 200, 204])
        finally:
            peer.close()


if __name__ == "__main__":
    unittest.main()
