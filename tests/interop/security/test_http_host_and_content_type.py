"""Cross-site requests to the management port (security issue, item 11). With guest allowed
from loopback, a web page could administer the broker: through DNS rebinding (its own name
resolving to 127.0.0.1, so the browser sends that name as Host) or by posting a form or
text/plain body, which browsers send across sites without asking. Now Host must be a loopback
name or address, the address connected to, or a name in http_allowed_hosts (403 otherwise, 400
when it is not a host at all), and a PUT or POST, or any request with a body, must be
application/json (415 otherwise). Nothing refused changes the broker.
"""

import json
import unittest

import hostile


def setUpModule():
    hostile.start_broker(config={"http_allowed_hosts": ["broker.example"]})


def tearDownModule():
    hostile.stop_broker()


def exchange(data):
    """Sends raw request bytes on a fresh connection; returns (status, headers, JSON body)."""
    peer = hostile.RawHttp()
    try:
        peer.send(data)
        status, headers, body = peer.read_response()
        return status, headers, json.loads(body) if body else None
    finally:
        peer.close()


def vhost_exists(name):
    return hostile.management("GET", "vhosts/" + name)[0] == 200


class HostHeader(unittest.TestCase):
    def test_a_rebound_name_is_refused(self):
        for host in ("attacker.example", "attacker.example:15672", "localhost.attacker.example",
                     "192.0.2.1"):
            with self.subTest(host):
                status, _, error = exchange(hostile.request_bytes(
                    "PUT", "/api/vhosts/rebound", body=b"{}", headers={"Host": host}))
                self.assertEqual(status, 403)
                self.assertEqual(error["error"], "forbidden")
                self.assertIn("http_allowed_hosts", error["reason"])
                self.assertNotIn(host, error["reason"])
        status, _, _ = exchange(hostile.request_bytes("GET", "/api/overview",
                                                      headers={"Host": "attacker.example"}))
        self.assertEqual(status, 403)
        self.assertFalse(vhost_exists("rebound"))

    def test_what_is_not_a_host_is_400(self):
        for host in ("", "guest@localhost", "localhost:port", "local host"):
            with self.subTest(host):
                status, _, error = exchange(hostile.request_bytes(
                    "GET", "/api/overview", headers={"Host": host}))
                self.assertEqual(status, 400)
                self.assertEqual(error["error"], "bad_request")

    def test_loopback_names_addresses_and_configured_names_are_served(self):
        b = hostile.broker()
        for host in ("localhost", "localhost:%d" % b.http_port, "LOCALHOST", "127.0.0.1",
                     "127.0.0.1:%d" % b.http_port, "[::1]:1", "broker.example",
                     "Broker.Example:443"):
            with self.subTest(host):
                status, _, whoami = exchange(hostile.request_bytes(
                    "GET", "/api/whoami", headers={"Host": host}))
                self.assertEqual(status, 200)
                self.assertEqual(whoami["name"], "guest")

    def test_an_absolute_target_names_the_host(self):
        # RFC 9112 §3.2.2: the absolute form's authority, not the Host header, is the host.
        status, _, _ = exchange(hostile.request_bytes(
            "GET", "http://attacker.example/api/whoami", headers={"Host": "localhost"}))
        self.assertEqual(status, 403)
        status, _, _ = exchange(hostile.request_bytes(
            "GET", "http://localhost/api/whoami", headers={"Host": "attacker.example"}))
        self.assertEqual(status, 200)


class ContentType(unittest.TestCase):
    def test_forms_and_text_are_refused(self):
        for name, content_type, body in (
                ("text/plain", "text/plain", b'{"tags": "administrator", "password": "x"}'),
                ("text/plain with charset", "text/plain; charset=utf-8", b"{}"),
                ("a form", "application/x-www-form-urlencoded", b"tags=administrator"),
                ("multipart", "multipart/form-data; boundary=x", b"--x--\r\n"),
                ("json with another parameter", "application/json; boundary=x", b"{}")):
            with self.subTest(name):
                status, _, error = exchange(hostile.request_bytes(
                    "PUT", "/api/users/csrf", body=body, headers={"Content-Type": content_type}))
                self.assertEqual(status, 415)
                self.assertEqual(error["error"], "unsupported_media_type")
        self.assertEqual(hostile.management("GET", "users/csrf")[0], 404)

    def test_a_body_without_a_type_is_refused(self):
        data = hostile.request_bytes("POST", "/api/bindings/%2F/e/amq.direct/q/csrf",
                                     body=b"{}").replace(b"Content-Type: application/json\r\n",
                                                         b"")
        status, _, _ = exchange(data)
        self.assertEqual(status, 415)

    def test_an_empty_form_post_is_refused(self):
        # An empty cross-site form post would still create a binding with an empty key.
        hostile.management("PUT", "queues/%2F/csrf-target", {"durable": False})
        status, _, _ = exchange(hostile.request_bytes(
            "POST", "/api/bindings/%2F/e/amq.direct/q/csrf-target",
            headers={"Content-Type": "application/x-www-form-urlencoded",
                     "Content-Length": "0"}))
        self.assertEqual(status, 415)
        status, bindings = hostile.management("GET", "queues/%2F/csrf-target/bindings")
        self.assertEqual(status, 200)
        self.assertEqual([b["source"] for b in bindings], [""])  # only the default exchange

    def test_json_is_accepted_with_a_charset(self):
        status, _, _ = exchange(hostile.request_bytes(
            "PUT", "/api/vhosts/json-charset", body=b"{}",
            headers={"Content-Type": "Application/JSON; charset=UTF-8"}))
        self.assertEqual(status, 201)
        self.assertTrue(vhost_exists("json-charset"))

    def test_bodiless_reads_and_deletes_need_no_type(self):
        hostile.management("PUT", "vhosts/deleted-plainly", {})
        data = hostile.request_bytes("DELETE", "/api/vhosts/deleted-plainly")
        self.assertNotIn(b"Content-Type", data)
        status, _, _ = exchange(data)
        self.assertEqual(status, 204)


if __name__ == "__main__":
    unittest.main()
