"""MQTT over WebSocket on the ws listener, path /ws, subprotocol "mqtt" (RabbitMQ's Web MQTT),
with paho-mqtt's websockets transport, talking to TCP clients through the same broker."""

import socket
import unittest

import paho.mqtt.client as mqtt

from harness import HOST, TIMEOUT, V311, V5, Broker, BrokerTest, Client, warren_only


@warren_only
class WebSocketTest(BrokerTest):
    broker_args = ("--listen", "ws=127.0.0.1:0")

    def ws_client(self, client_id, version=V5, path="/ws"):
        c = Client(self.broker, client_id, version=version, port=self.broker.ports["ws"])
        # Client() made a TCP client; this one goes over WebSocket.
        kwargs = {"client_id": client_id, "protocol": version, "transport": "websockets"}
        c.c = mqtt.Client(**kwargs)
        c.c.ws_set_options(path=path)
        c.c.on_connect = c._on_connect
        c.c.on_message = lambda cl, u, m: c.messages.put(m)
        c.c.on_subscribe = c._on_subscribe
        c.c.on_publish = lambda cl, u, mid: c.published.put(mid)
        c.c.on_disconnect = c._on_disconnect
        self.clients.append(c)
        return c

    def test_websocket_and_tcp_clients_share_topics(self):
        for version in (V311, V5):
            ws = self.ws_client("ws-%d" % version, version)
            self.assertEqual(ws.connect()[0], 0)
            topic = self.topic(str(version))
            self.assertEqual(ws.subscribe(topic, 1), [1])
            tcp = self.connected("tcp-%d" % version, version=version)
            tcp.subscribe(topic + "/back", 1)
            tcp.publish(topic, b"from tcp", 1)
            self.assertEqual(ws.expect()[0].payload, b"from tcp")
            ws.publish(topic + "/back", b"from websocket" * 1000, 1)
            self.assertEqual(tcp.expect()[0].payload, b"from websocket" * 1000)
            ws.disconnect()

    def test_the_broker_offers_the_mqtt_subprotocol(self):
        s = socket.create_connection((HOST, self.broker.ports["ws"]), TIMEOUT)
        s.sendall(b"GET /ws HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\n"
                  b"Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                  b"Sec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: mqtt\r\n\r\n")
        answer = b""
        while b"\r\n\r\n" not in answer:
            chunk = s.recv(4096)
            if not chunk:
                break
            answer += chunk
        s.close()
        head = answer.decode("latin-1").lower()
        self.assertTrue(head.startswith("http/1.1 101"), head)
        self.assertIn("sec-websocket-protocol: mqtt", head)

    def test_an_unknown_path_is_turned_away(self):
        # Answered 404 instead of upgraded (as RabbitMQ's Cowboy answers), so the handshake fails.
        c = self.ws_client("nowhere", V311, path="/elsewhere")
        with self.assertRaises(mqtt.WebsocketConnectionError):
            c.c.connect(HOST, self.broker.ports["ws"])
        self.assertTrue(c.connacks.empty())


@warren_only
class WebSocketShutdownTest(unittest.TestCase):
    def test_the_broker_stops_cleanly_with_websocket_clients_connected(self):
        broker = Broker(args=("--listen", "ws=127.0.0.1:0"))
        try:
            c = Client(broker, "stays", version=V5, port=broker.ports["ws"])
            c.c = mqtt.Client(client_id="stays", protocol=V5, transport="websockets")
            c.c.ws_set_options(path="/ws")
            c.c.on_connect = c._on_connect
            c.c.on_disconnect = c._on_disconnect
            self.assertEqual(c.connect()[0], 0)
        finally:
            code = broker.stop()
        self.assertEqual(code, 0, broker.log_tail())
        # The session said goodbye over the WebSocket: 0x8B, server shutting down.
        self.assertEqual(c.disconnects.get(timeout=TIMEOUT), 0x8B)
        c.c.loop_stop()
        broker.cleanup()


if __name__ == "__main__":
    unittest.main()
