"""The management port as an HTTP/1.1 server, checked over raw sockets where Warren and RabbitMQ
(cowboy) answer alike: keep-alive, pipelined requests answered in order, HEAD, and the status
codes of malformed requests, after which both close the connection. Warren's own stricter
refusals (Host, Content-Type, NUL in headers, Content-Length beside chunked) are in
tests/interop/security/test_http_*.py, since RabbitMQ accepts those requests.

Run with Debian's interpreter:
    /usr/bin/python3 -m unittest discover -s tests/interop/management -p test_http_protocol.py
"""

import base64
import json
import os
import socket
import sys
import unittest

sys.path.append(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import broker_under_test  # noqa: E402

_broker = None
AUTH = "Basic " + base64.b64encode(b"guest:guest").decode()


def setUpModule():
    global _broker
    _broker = broker_under_test.start()
    if _broker.http_port is None:
        _broker.stop()
        raise RuntimeError("the broker under test exposes no management listener")


def tearDownModule():
    if _broker is not None:
        _broker.stop()


def head(method, path, *fields):
    lines = ["%s %s HTTP/1.1" % (method, path),
             "Host: %s:%d" % (_broker.host, _broker.http_port), "Authorization: " + AUTH]
    return ("\r\n".join(lines + list(fields)) + "\r\n\r\n").encode("latin-1")


class Peer:
    def __init__(self):
        self.sock = socket.create_connection((_broker.host, _broker.http_port), timeout=10)
        self.buf = b""

    def close(self):
        self.sock.close()

    def _more(self):
        try:
            data = self.sock.recv(65536)
        except (ConnectionResetError, socket.timeout):
            data = b""
        self.buf += data
        return bool(data)

    def response(self, is_head=False):
        """(status, lower-case headers, body) of the next response; None at end of stream."""
        while b"\r\n\r\n" not in self.buf:
            if not self._more():
                return None
        head_bytes, self.buf = self.buf.split(b"\r\n\r\n", 1)
        lines = head_bytes.decode("latin-1").split("\r\n")
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        length = 0 if is_head else int(headers.get("content-length", "0"))
        while len(self.buf) < length:
            if not self._more():
                return None
        body, self.buf = self.buf[:length], self.buf[length:]
        return int(lines[0].split()[1]), headers, body

    def ends(self):
        """Whether the server closes the connection (within the socket timeout)."""
        try:
            while True:
                data = self.sock.recv(65536)
                if not data:
                    return True
                self.buf += data
        except ConnectionResetError:
            return True
        except socket.timeout:
            return False


class HttpProtocol(unittest.TestCase):
    def exchange(self, data):
        peer = Peer()
        try:
            peer.sock.sendall(data)
            return peer.response(), peer
        except BaseException:
            peer.close()
            raise

    def test_pipelined_requests_are_answered_in_order_on_one_connection(self):
        # Reads only: RabbitMQ applies some changes after it has answered them.
        peer = Peer()
        try:
            peer.sock.sendall(head("GET", "/api/whoami") + head("GET", "/api/vhosts/%2F") +
                              head("GET", "/api/vhosts/http-missing") +
                              head("GET", "/api/users/guest"))
            answers = [peer.response() for _ in range(4)]
            self.assertEqual([a[0] for a in answers], [200, 200, 404, 200])
            self.assertEqual(json.loads(answers[0][2])["name"], "guest")
            self.assertEqual(json.loads(answers[1][2])["name"], "/")
            self.assertEqual(json.loads(answers[3][2])["tags"], ["administrator"])
            # Still open for more, a change among them.
            body = b'{"password": "pw", "tags": ""}'
            peer.sock.sendall(head("PUT", "/api/users/http-pipelined",
                                   "Content-Type: application/json",
                                   "Content-Length: %d" % len(body)) + body +
                              head("GET", "/api/whoami"))
            self.assertEqual(peer.response()[0], 201)
            self.assertEqual(peer.response()[0], 200)
        finally:
            peer.close()
        broker_under_test.management_call(_broker.host, _broker.http_port, "DELETE",
                                          "users/http-pipelined")

    def test_head_answers_with_a_length_and_no_body(self):
        peer = Peer()
        try:
            peer.sock.sendall(head("GET", "/api/whoami") + head("HEAD", "/api/whoami"))
            _, get_headers, get_body = peer.response()
            status, headers, body = peer.response(is_head=True)
            self.assertEqual(status, 200)
            self.assertEqual(body, b"")
            self.assertEqual(int(headers["content-length"]), len(get_body))
            peer.sock.sendall(head("GET", "/api/whoami", "Connection: close"))
            status, headers, _ = peer.response()
            self.assertEqual(status, 200)
            self.assertEqual(headers.get("connection"), "close")
            self.assertTrue(peer.ends())
        finally:
            peer.close()

    def test_malformed_requests_are_refused_and_closed(self):
        json_put = ("Content-Type: application/json",)
        cases = [
            ("duplicate Content-Length",
             head("PUT", "/api/vhosts/http-bad", *json_put, "Content-Length: 2",
                  "Content-Length: 2") + b"{}", 400),
            ("negative Content-Length",
             head("PUT", "/api/vhosts/http-bad", *json_put, "Content-Length: -1"), 400),
            ("no Host", b"GET /api/overview HTTP/1.1\r\nAuthorization: " + AUTH.encode() +
             b"\r\n\r\n", 400),
            ("two Hosts", head("GET", "/api/overview", "Host: localhost"), 400),
            ("folded header", head("GET", "/api/overview", "X-A: a", " b"), 400),
            ("space before a colon", head("GET", "/api/overview", "X-A : a"), 400),
            ("request line too long",
             head("GET", "/api/" + "a" * 9000), 414),
            ("too many header fields",
             head("GET", "/api/overview", *["X-%d: a" % i for i in range(100)]), 431),
            ("HTTP/2.0", b"GET /api/overview HTTP/2.0\r\nHost: localhost\r\n\r\n", 505),
        ]
        for name, data, expected in cases:
            with self.subTest(name):
                response, peer = self.exchange(data)
                try:
                    self.assertIsNotNone(response, "closed without an answer")
                    self.assertEqual(response[0], expected)
                    self.assertEqual(response[1].get("connection"), "close")
                    self.assertTrue(peer.ends())
                finally:
                    peer.close()
        status, _ = broker_under_test.management_call(_broker.host, _broker.http_port, "GET",
                                                      "vhosts/http-bad")
        self.assertEqual(status, 404)

    def test_an_unknown_method_is_501(self):
        response, peer = self.exchange(head("BREW", "/api/overview"))
        peer.close()
        self.assertEqual(response[0], 501)


if __name__ == "__main__":
    unittest.main()
