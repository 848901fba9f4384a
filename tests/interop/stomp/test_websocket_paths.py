"""The ws listener's paths: a path nothing is served at is answered 404 before any upgrade (as
RabbitMQ's Web STOMP, on Cowboy, answers), and a subprotocol is agreed only among those of the
protocol at the path asked for."""

import base64
import os
import socket
import unittest

from harness import HOST, StompTestCase, warren_only


def upgrade(port, path, protocols):
    """The status line and headers (lower-case names) of the answer to a WebSocket upgrade."""
    key = base64.b64encode(os.urandom(16)).decode()
    request = ("GET %s HTTP/1.1\r\nHost: %s:%d\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
               "Sec-WebSocket-Key: %s\r\nSec-WebSocket-Version: 13\r\n"
               "Sec-WebSocket-Protocol: %s\r\n\r\n" % (path, HOST, port, key, protocols))
    with socket.create_connection((HOST, port), 10) as sock:
        sock.sendall(request.encode())
        answer = b""
        while b"\r\n\r\n" not in answer:
            chunk = sock.recv(4096)
            if not chunk:
                break
            answer += chunk
    head = answer.split(b"\r\n\r\n", 1)[0].decode().split("\r\n")
    headers = dict(line.split(":", 1) for line in head[1:] if ":" in line)
    return head[0], {k.strip().lower(): v.strip() for k, v in headers.items()}


class WebSocketPathsTest(StompTestCase):

    def test_a_path_nothing_is_served_at_is_404(self):
        status, _ = upgrade(self.broker.ports["ws"], "/nothing-here", "v12.stomp")
        self.assertTrue(status.startswith("HTTP/1.1 404"), status)

    @warren_only  # RabbitMQ's /ws is Web STOMP; Warren's is MQTT, as RabbitMQ's Web MQTT
    def test_stomp_subprotocols_are_not_agreed_on_the_mqtt_path(self):
        status, headers = upgrade(self.broker.ports["ws"], "/ws", "v12.stomp, mqtt")
        self.assertTrue(status.startswith("HTTP/1.1 101"), status)
        self.assertEqual(headers.get("sec-websocket-protocol"), "mqtt")
        status, headers = upgrade(self.broker.ports["ws"], "/stomp", "mqtt, v11.stomp")
        self.assertEqual(headers.get("sec-websocket-protocol"), "v11.stomp")


if __name__ == "__main__":
    unittest.main()
