"""CONNECT: versions, client ids, credentials, session takeover, keep-alive."""

import time
import unittest

from harness import (V311, V5, BrokerTest, Properties, PacketTypes, RawClient, TARGET,
                     connect_packet, publish_packet, warren_only)


class ConnectTest(BrokerTest):
    def test_3_1_1_and_5_0_clients_connect_without_a_session(self):
        for version in (V311, V5):
            c = self.client("connect-%d" % version, version=version)
            rc, flags, _ = c.connect()
            self.assertEqual(rc, 0)
            self.assertEqual(flags["session present"], 0)

    def test_an_empty_client_id_is_assigned_in_5_0(self):
        c = self.client("", version=V5)
        rc, _flags, props = c.connect()
        self.assertEqual(rc, 0)
        self.assertTrue(props.AssignedClientIdentifier)

    def test_3_1_1_accepts_an_empty_client_id_only_with_a_clean_session(self):
        raw = RawClient(self.broker)
        raw.send(connect_packet(client_id="", clean=False))
        first, body = raw.read_packet()
        self.assertEqual(first, 0x20)
        self.assertEqual(body, b"\x00\x02")  # identifier rejected
        self.assertTrue(raw.closed_by_broker())
        raw = RawClient(self.broker)
        raw.send(connect_packet(client_id="", clean=True))
        self.assertEqual(raw.read_packet(), (0x20, b"\x00\x00"))
        raw.close()

    def test_an_unknown_protocol_level_is_refused_with_return_code_1(self):
        raw = RawClient(self.broker)
        packet = bytearray(connect_packet(client_id="level-9"))
        packet[8] = 9  # protocol level after length, remaining length, "MQTT"
        raw.send(bytes(packet))
        self.assertEqual(raw.read_packet(), (0x20, b"\x00\x01"))
        self.assertTrue(raw.closed_by_broker())

    def test_a_packet_before_connect_closes_the_connection(self):
        raw = RawClient(self.broker)
        raw.send(publish_packet("early", b"x"))
        self.assertTrue(raw.closed_by_broker())

    def test_a_second_connect_closes_the_connection(self):
        raw = RawClient(self.broker)
        raw.send(connect_packet(client_id="twice"))
        self.assertEqual(raw.read_packet(), (0x20, b"\x00\x00"))
        raw.send(connect_packet(client_id="twice"))
        self.assertTrue(raw.closed_by_broker())

    @unittest.skipIf(TARGET == "mosquitto", "Mosquitto 2.0.11 closes the old connection "
                     "without the DISCONNECT 0x8E that MQTT-3.1.4-3 asks for")
    def test_a_new_connection_with_the_same_client_id_takes_the_session_over(self):
        first = self.connected("taken", version=V5)
        second = self.connected("taken", version=V5)
        self.assertEqual(first.disconnects.get(timeout=10), 0x8E)  # session taken over
        # The new connection works.
        self.assertEqual(second.subscribe(self.topic(), 1), [1])
        second.publish(self.topic(), b"still here", 1)
        self.assertEqual(second.expect()[0].payload, b"still here")

    def test_takeover_in_3_1_1_closes_the_old_connection(self):
        first = self.connected("taken-311", version=V311)
        self.connected("taken-311", version=V311)
        self.assertNotEqual(first.disconnects.get(timeout=10), 0)

    def test_keep_alive_is_enforced_at_one_and_a_half_times(self):
        raw = RawClient(self.broker)
        raw.send(connect_packet(client_id="sleepy", keepalive=1))
        self.assertEqual(raw.read_packet(), (0x20, b"\x00\x00"))
        started = time.time()
        self.assertTrue(raw.closed_by_broker(timeout=10))
        waited = time.time() - started
        # 1.5 s by the spec; Warren checks a few times a second, Mosquitto about once.
        self.assertGreater(waited, 1.2)
        self.assertLess(waited, 4.5)

    def test_pings_keep_a_connection_alive(self):
        raw = RawClient(self.broker)
        raw.send(connect_packet(client_id="pinging", keepalive=1))
        self.assertEqual(raw.read_packet(), (0x20, b"\x00\x00"))
        for _ in range(4):
            time.sleep(0.7)
            raw.send(b"\xc0\x00")
            self.assertEqual(raw.read_packet(), (0xD0, b""))
        raw.close()

    def test_auth_with_an_authentication_method_is_refused_in_5_0(self):
        raw = RawClient(self.broker)
        method = b"SCRAM-SHA-1"
        props = b"\x15" + len(method).to_bytes(2, "big") + method
        raw.send(connect_packet(client_id="scram", version=5, properties=props))
        first, body = raw.read_packet()
        self.assertEqual(first, 0x20)
        self.assertEqual(body[1], 0x8C)  # bad authentication method
        self.assertTrue(raw.closed_by_broker())


@warren_only
class CredentialsTest(BrokerTest):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        b = cls.broker
        assert b.api("PUT", "users/sensor", {"password": "s3cret", "tags": ""})[0] in (201, 204)
        assert b.api("PUT", "vhosts/plant")[0] in (201, 204)
        assert b.api("PUT", "permissions/plant/sensor",
                     {"configure": ".*", "write": ".*", "read": ".*"})[0] in (201, 204)
        assert b.api("PUT", "users/nobody", {"password": "pw", "tags": ""})[0] in (201, 204)

    def test_a_wrong_password_is_refused_in_both_versions(self):
        c = self.client("wrong-311", version=V311, user="sensor", password="nope")
        self.assertEqual(c.connect()[0], 4)  # bad user name or password
        c = self.client("wrong-5", version=V5, user="sensor", password="nope")
        self.assertEqual(c.connect()[0], 0x86)

    def test_vhost_colon_user_names_the_vhost(self):
        c = self.client("in-plant", version=V5, user="plant:sensor", password="s3cret")
        self.assertEqual(c.connect()[0], 0)
        self.assertEqual(c.subscribe("plant/temperature", 1), [1])
        c.publish("plant/temperature", b"21.5", 1)
        self.assertEqual(c.expect()[0].payload, b"21.5")
        _, connections = self.broker.api("GET", "connections")
        mine = [x for x in connections
                if x.get("client_properties", {}).get("client_id") == "in-plant"]
        self.assertEqual(len(mine), 1)
        self.assertEqual(mine[0]["vhost"], "plant")
        self.assertEqual(mine[0]["user"], "sensor")
        self.assertEqual(mine[0]["protocol"], "MQTT 5.0")

    def test_a_user_without_access_to_the_vhost_is_not_authorized(self):
        c = self.client("no-access-311", version=V311, user="sensor", password="s3cret")
        self.assertEqual(c.connect()[0], 5)  # not authorized: sensor has no "/" permissions
        c = self.client("no-access-5", version=V5, user="nobody", password="pw")
        self.assertEqual(c.connect()[0], 0x87)

    def test_failed_logins_from_one_address_are_answered_apart(self):
        started = time.time()
        for i in range(3):
            c = self.client("guesser-%d" % i, version=V311, user="sensor", password="guess")
            self.assertEqual(c.connect()[0], 4)
        # The first at once, then a second apart (RabbitMQ holds each failed login too).
        self.assertGreater(time.time() - started, 1.5)
        # A correct login is never held.
        started = time.time()
        self.assertEqual(self.client("right", version=V311, user="plant:sensor",
                                     password="s3cret").connect()[0], 0)
        self.assertLess(time.time() - started, 1.0)

    def test_anonymous_clients_are_guest(self):
        c = self.client("anonymous", version=V311)
        self.assertEqual(c.connect()[0], 0)


if __name__ == "__main__":
    unittest.main()
