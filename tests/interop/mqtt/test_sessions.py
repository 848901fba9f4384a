"""Persistent sessions: subscriptions and QoS 1/2 messages kept while the client is away,
through a restart of the broker, delivered on reconnect; a clean start or an expired session
removes them; QoS 2 stays exactly-once across a reconnect."""

import time
import unittest

from harness import (TARGET, V311, V5, Broker, BrokerTest, Client, Properties, PacketTypes,
                     RawClient, connect_packet, publish_packet)


def expiry(seconds):
    p = Properties(PacketTypes.CONNECT)
    p.SessionExpiryInterval = seconds
    return p


class SessionTest(BrokerTest):
    def test_a_3_1_1_persistent_session_keeps_subscriptions_and_messages(self):
        c = self.client("keeper-311", version=V311, clean=False)
        self.assertEqual(c.connect()[1]["session present"], 0)
        topic = self.topic()
        c.subscribe(topic, 1)
        c.disconnect()
        pub = self.connected("keeper-311-pub", version=V311)
        for i in range(5):
            pub.publish(topic, b"while away %d" % i, 1)
        c = self.client("keeper-311", version=V311, clean=False)
        self.assertEqual(c.connect()[1]["session present"], 1)
        self.assertEqual([m.payload for m in c.expect(5)],
                         [b"while away %d" % i for i in range(5)])
        # The subscription is still there.
        pub.publish(topic, b"later", 1)
        self.assertEqual(c.expect()[0].payload, b"later")

    def test_a_clean_session_discards_what_the_old_one_had(self):
        c = self.client("cleaned", version=V311, clean=False)
        c.connect()
        c.subscribe(self.topic(), 1)
        c.disconnect()
        c = self.client("cleaned", version=V311, clean=True)
        self.assertEqual(c.connect()[1]["session present"], 0)
        pub = self.connected("cleaned-pub", version=V311)
        pub.publish(self.topic(), b"nobody", 1)
        c.expect_nothing()
        c.disconnect()
        c = self.client("cleaned", version=V311, clean=False)
        self.assertEqual(c.connect()[1]["session present"], 0)

    def test_a_5_0_session_lasts_for_its_expiry_interval(self):
        c = self.client("expiring", version=V5)
        self.assertEqual(c.connect(properties=expiry(2))[0], 0)
        c.subscribe(self.topic(), 1)
        c.disconnect()
        c = self.client("expiring", version=V5, clean=False)
        rc, flags, _ = c.connect(properties=expiry(2))
        self.assertEqual(flags["session present"], 1)
        c.disconnect()
        time.sleep(3.5)
        c = self.client("expiring", version=V5, clean=False)
        rc, flags, _ = c.connect(properties=expiry(2))
        self.assertEqual(flags["session present"], 0)

    def test_a_5_0_session_without_expiry_ends_with_the_connection(self):
        c = self.client("no-expiry", version=V5)
        c.connect()
        c.subscribe(self.topic(), 1)
        c.disconnect()
        c = self.client("no-expiry", version=V5, clean=False)
        self.assertEqual(c.connect()[1]["session present"], 0)

    def test_unacknowledged_messages_come_back_marked_dup(self):
        raw = RawClient(self.broker)
        raw.send(connect_packet("redeliver", clean=False))
        self.assertEqual(raw.read_packet()[0], 0x20)
        topic = self.topic()
        raw.send(b"\x82" + bytes([5 + len(topic)]) + b"\x00\x01" + len(topic).to_bytes(2, "big")
                 + topic.encode() + b"\x01")
        self.assertEqual(raw.read_packet(), (0x90, b"\x00\x01\x01"))
        pub = self.connected("redeliver-pub", version=V311)
        pub.publish(topic, b"unacked", 1)
        first, body = raw.read_packet()
        self.assertEqual(first & 0xF6, 0x32)  # PUBLISH QoS 1, not DUP
        raw.close()  # without PUBACK; if the broker has not noticed yet, the reconnect takes over
        c = self.client("redeliver", version=V311, clean=False)
        c.connect()
        m = c.expect()[0]
        self.assertEqual((m.payload, m.dup), (b"unacked", True))

    def test_a_pubrel_still_owed_is_sent_again_after_a_reconnect(self):
        raw = RawClient(self.broker)
        raw.send(connect_packet("qos2-reconnect", clean=False))
        self.assertEqual(raw.read_packet()[0], 0x20)
        topic = self.topic()
        raw.send(b"\x82" + bytes([5 + len(topic)]) + b"\x00\x01" + len(topic).to_bytes(2, "big")
                 + topic.encode() + b"\x02")
        self.assertEqual(raw.read_packet(), (0x90, b"\x00\x01\x02"))
        pub = self.connected("qos2-reconnect-pub", version=V311)
        pub.publish(topic, b"exactly once", 2)
        first, body = raw.read_packet()
        self.assertEqual(first & 0xF6, 0x34)  # PUBLISH QoS 2
        packet_id = body[2 + len(topic):4 + len(topic)]
        raw.send(b"\x50\x02" + packet_id)  # PUBREC
        self.assertEqual(raw.read_packet(), (0x62, packet_id))  # PUBREL
        raw.close()  # before PUBCOMP
        raw = RawClient(self.broker)
        raw.send(connect_packet("qos2-reconnect", clean=False))
        self.assertEqual(raw.read_packet(), (0x20, b"\x01\x00"))  # session present
        self.assertEqual(raw.read_packet(), (0x62, packet_id))  # PUBREL again, not the PUBLISH
        raw.send(b"\x70\x02" + packet_id)  # PUBCOMP
        pub.publish(topic, b"next", 1)
        first, body = raw.read_packet()
        self.assertEqual(body[2 + len(topic) + 2:], b"next")
        raw.close()

    def test_an_incoming_qos_2_exchange_continues_after_a_reconnect(self):
        sub = self.connected("in-qos2-sub", version=V311)
        topic = self.topic()
        sub.subscribe(topic, 2)
        raw = RawClient(self.broker)
        raw.send(connect_packet("in-qos2", clean=False))
        self.assertEqual(raw.read_packet()[0], 0x20)
        raw.send(publish_packet(topic, b"once across reconnects", qos=2, packet_id=9))
        self.assertEqual(raw.read_packet(), (0x50, b"\x00\x09"))
        raw.close()  # before PUBREL
        raw = RawClient(self.broker)
        raw.send(connect_packet("in-qos2", clean=False))
        self.assertEqual(raw.read_packet(), (0x20, b"\x01\x00"))
        dup = bytearray(publish_packet(topic, b"once across reconnects", qos=2, packet_id=9))
        dup[0] |= 0x08
        raw.send(bytes(dup))  # the client resends: not routed again
        self.assertEqual(raw.read_packet(), (0x50, b"\x00\x09"))
        raw.send(b"\x62\x02\x00\x09")
        self.assertEqual(raw.read_packet(), (0x70, b"\x00\x09"))
        # Delivered on PUBLISH (Warren) or on PUBREL (Mosquitto): once either way.
        self.assertEqual(sub.expect()[0].payload, b"once across reconnects")
        sub.expect_nothing()
        raw.close()


@unittest.skipUnless(TARGET == "warren", "Mosquitto saves sessions only on exit or every "
                     "autosave_interval, so a kill -9 loses them")
class SessionDurabilityTest(unittest.TestCase):
    def test_sessions_and_their_messages_survive_a_restart_and_a_kill_9(self):
        broker = Broker()
        try:
            c = Client(broker, "durable-session", version=V311, clean=False)
            c.connect()
            c.subscribe("durable/#", 1)
            c.disconnect()
            pub = Client(broker, "durable-session-pub", version=V311)
            pub.connect()
            pub.publish("durable/a", b"before restart", 1)
            pub.disconnect()
            broker.restart()
            pub = Client(broker, "durable-session-pub", version=V5)
            pub.connect()
            pub.publish("durable/b", b"before kill", 1)  # PUBACK: on disk
            broker.restart(kill=True)
            c = Client(broker, "durable-session", version=V311, clean=False)
            self.assertEqual(c.connect()[1]["session present"], 1)
            self.assertEqual([m.payload for m in c.expect(2)],
                             [b"before restart", b"before kill"])
            pub = Client(broker, "durable-session-pub2", version=V311)
            pub.connect()
            pub.publish("durable/c", b"after", 1)
            self.assertEqual(c.expect()[0].payload, b"after")
            c.disconnect()
            pub.disconnect()
        finally:
            broker.cleanup()


if __name__ == "__main__":
    unittest.main()
