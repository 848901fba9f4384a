"""mqtts: MQTT over TLS with the ssl_options amqps uses (verify_peer, fail_if_no_peer_cert), and
plain MQTT clients meeting TLS ones on the same topics."""

import os
import ssl
import unittest

import paho.mqtt.client as mqtt

from harness import HOST, TIMEOUT, V311, V5, BrokerTest, Client, warren_only

SUITE = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                     "suites", "py-amqp")
CERTS = os.path.join(SUITE, "t", "certs")
CA = os.path.join(CERTS, "ca_certificate.pem")


@warren_only
class MqttsTest(BrokerTest):
    broker_config = {"ssl_options": {
        "cacertfile": CA,
        "certfile": os.path.join(SUITE, "broker-certs", "server_certificate.pem"),
        "keyfile": os.path.join(SUITE, "broker-certs", "server_key.pem"),
        "verify": "verify_peer", "fail_if_no_peer_cert": True}}
    broker_args = ("--listen", "mqtts=127.0.0.1:0")

    def tls_client(self, client_id, version, certificate=True):
        c = Client(self.broker, client_id, version=version, port=self.broker.ports["mqtts"])
        if certificate:
            c.c.tls_set(ca_certs=CA, certfile=os.path.join(CERTS, "client_certificate.pem"),
                        keyfile=os.path.join(CERTS, "client_key.pem"))
        else:
            c.c.tls_set(ca_certs=CA)
        c.c.tls_insecure_set(True)  # the broker's certificate names example.example.com
        self.clients.append(c)
        return c

    def test_tls_and_plain_clients_share_topics(self):
        for version in (V311, V5):
            secure = self.tls_client("tls-%d" % version, version)
            self.assertEqual(secure.connect()[0], 0)
            topic = self.topic(str(version))
            secure.subscribe(topic, 1)
            plain = self.connected("plain-%d" % version, version=version)
            plain.publish(topic, b"over tcp", 1)
            self.assertEqual(secure.expect()[0].payload, b"over tcp")
            plain.subscribe(topic + "/back", 1)
            secure.publish(topic + "/back", b"over tls" * 5000, 1)
            self.assertEqual(plain.expect()[0].payload, b"over tls" * 5000)

    def test_a_client_without_a_certificate_is_refused(self):
        c = self.tls_client("no-cert", V311, certificate=False)
        with self.assertRaises((ssl.SSLError, OSError, ConnectionError)):
            c.c.connect(HOST, c.port)
            for _ in range(20):  # TLS 1.3 reports the refusal on the first read
                c.c.loop(0.2)
                self.assertTrue(c.connacks.empty())
            raise ConnectionError("still connected")


if __name__ == "__main__":
    unittest.main()
