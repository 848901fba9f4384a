"""PUBLISH and SUBSCRIBE: QoS 0, 1 and 2 both ways, wildcards, QoS downgrade, unsubscribe,
with paho-mqtt (3.1.1 and 5.0) and the mosquitto command-line clients."""

import os
import queue
import subprocess
import threading
import unittest

from harness import (HOST, V311, V5, BrokerTest, Properties, PacketTypes, RawClient,
                     SubscribeOptions, connect_packet, publish_packet, remaining_length, string)


class PublishSubscribeTest(BrokerTest):
    def test_every_qos_round_trips_in_both_versions(self):
        for version in (V311, V5):
            c = self.connected("rt-%d" % version, version=version)
            topic = self.topic(str(version))
            self.assertEqual(c.subscribe(topic, 2), [2])
            for qos in (0, 1, 2):
                c.publish(topic, b"qos-%d" % qos, qos)
                m = c.expect()[0]
                self.assertEqual((m.topic, m.payload, m.qos), (topic, b"qos-%d" % qos, qos))
                self.assertFalse(m.retain)

    def test_delivery_qos_is_the_lower_of_publish_and_subscription(self):
        sub = self.connected("downgrade-sub", version=V311)
        pub = self.connected("downgrade-pub", version=V311)
        self.assertEqual(sub.subscribe(self.topic("0"), 0), [0])
        self.assertEqual(sub.subscribe(self.topic("1"), 1), [1])
        pub.publish(self.topic("0"), b"two to zero", 2)
        pub.publish(self.topic("1"), b"two to one", 2)
        pub.publish(self.topic("1"), b"zero stays zero", 0)
        got = {m.payload: m.qos for m in sub.expect(3)}
        self.assertEqual(got, {b"two to zero": 0, b"two to one": 1, b"zero stays zero": 0})

    def test_single_and_multi_level_wildcards(self):
        sub = self.connected("wild", version=V5)
        base = self.topic()
        self.assertEqual(sub.subscribe(base + "/+/temp", 0), [0])
        self.assertEqual(sub.subscribe(base + "/hall/#", 0), [0])
        pub = self.connected("wild-pub", version=V5)
        for t in ("kitchen/temp", "kitchen/humidity", "hall", "hall/a/b", "x/y/temp"):
            pub.publish(base + "/" + t, t.encode(), 1)
        got = sorted(m.payload for m in sub.expect(3))
        self.assertEqual(got, [b"hall", b"hall/a/b", b"kitchen/temp"])
        sub.expect_nothing()

    def test_dollar_topics_are_not_matched_by_leading_wildcards(self):
        sub = self.connected("dollar", version=V311)
        self.assertEqual(sub.subscribe("#", 0), [0])
        self.assertEqual(sub.subscribe("+/dollar-test", 0), [0])
        pub = self.connected("dollar-pub", version=V311)
        pub.publish("$app/dollar-test", b"hidden", 1)
        pub.publish("plain/dollar-test", b"seen", 1)
        got = sub.expect(1)
        self.assertEqual(got[0].payload, b"seen")
        # "#" matched it too, but one message is delivered once.
        sub.expect_nothing()

    def test_a_dollar_topic_is_matched_by_its_own_filter(self):
        sub = self.connected("dollar-own", version=V311)
        self.assertEqual(sub.subscribe("$app/+/state", 1), [1])
        pub = self.connected("dollar-own-pub", version=V311)
        pub.publish("$app/x/state", b"on", 1)
        self.assertEqual(sub.expect()[0].payload, b"on")

    def test_unsubscribe_stops_delivery(self):
        c = self.connected("unsub", version=V5)
        topic = self.topic()
        c.subscribe(topic, 1)
        c.publish(topic, b"before", 1)
        self.assertEqual(c.expect()[0].payload, b"before")
        self.assertEqual(c.unsubscribe(topic), [0])
        c.publish(topic, b"after", 1)
        c.expect_nothing()
        self.assertEqual(c.unsubscribe(topic), [0x11])  # no subscription existed

    def test_an_invalid_filter_closes_the_connection(self):
        # paho refuses to send these; the bytes are a client's that does not check. Mosquitto
        # closes the connection (5.0: DISCONNECT 0x81) rather than refuse the filter in SUBACK.
        for version, packet_id in ((5, 3), (4, 4)):
            raw = RawClient(self.broker)
            raw.send(connect_packet("bad-filter-%d" % version, version=version))
            self.assertEqual(raw.read_packet()[0], 0x20)
            body = packet_id.to_bytes(2, "big") + (b"\x00" if version == 5 else b"")
            body += string("a/#/b") + b"\x00"
            raw.send(b"\x82" + remaining_length(len(body)) + body)
            if version == 5:
                first, body = raw.read_packet()
                self.assertEqual((first, body[0]), (0xE0, 0x81))
            self.assertTrue(raw.closed_by_broker())

    def test_subscribing_again_replaces_the_subscription(self):
        c = self.connected("replace", version=V311)
        topic = self.topic()
        self.assertEqual(c.subscribe(topic, 0), [0])
        self.assertEqual(c.subscribe(topic, 2), [2])
        c.publish(topic, b"once", 2)
        m = c.expect()[0]
        self.assertEqual((m.payload, m.qos), (b"once", 2))
        c.expect_nothing()

    def test_qos_2_is_delivered_once_when_the_publisher_resends_before_pubrel(self):
        sub = self.connected("exactly-once-sub", version=V311)
        topic = self.topic()
        sub.subscribe(topic, 2)
        raw = RawClient(self.broker)
        raw.send(connect_packet(client_id="exactly-once-pub"))
        self.assertEqual(raw.read_packet(), (0x20, b"\x00\x00"))
        raw.send(publish_packet(topic, b"only once", qos=2, packet_id=7))
        self.assertEqual(raw.read_packet(), (0x50, b"\x00\x07"))  # PUBREC
        dup = bytearray(publish_packet(topic, b"only once", qos=2, packet_id=7))
        dup[0] |= 0x08
        raw.send(bytes(dup))
        self.assertEqual(raw.read_packet(), (0x50, b"\x00\x07"))
        raw.send(b"\x62\x02\x00\x07")  # PUBREL
        self.assertEqual(raw.read_packet(), (0x70, b"\x00\x07"))  # PUBCOMP
        self.assertEqual(sub.expect()[0].payload, b"only once")
        sub.expect_nothing()
        raw.close()

    def test_no_local_keeps_a_clients_own_messages_from_it(self):
        c = self.connected("no-local", version=V5)
        topic = self.topic()
        c.subscribe(topic, options=SubscribeOptions(qos=1, noLocal=True))
        other = self.connected("no-local-other", version=V5)
        c.publish(topic, b"mine", 1)
        other.publish(topic, b"theirs", 1)
        self.assertEqual([m.payload for m in c.expect()], [b"theirs"])
        c.expect_nothing()

    def test_retain_as_published_keeps_the_flag_for_live_subscribers(self):
        keeps = self.connected("rap-keeps", version=V5)
        plain = self.connected("rap-plain", version=V5)
        topic = self.topic()
        keeps.subscribe(topic, options=SubscribeOptions(qos=1, retainAsPublished=True))
        plain.subscribe(topic, options=SubscribeOptions(qos=1))
        pub = self.connected("rap-pub", version=V5)
        pub.publish(topic, b"kept", 1, retain=True)
        pub.publish(topic, b"not kept", 1, retain=False)
        self.assertEqual([(m.payload, m.retain) for m in keeps.expect(2)],
                         [(b"kept", True), (b"not kept", False)])
        self.assertEqual([(m.payload, m.retain) for m in plain.expect(2)],
                         [(b"kept", False), (b"not kept", False)])
        pub.publish(topic, b"", 1, retain=True)  # leave no retained message behind

    def test_5_0_properties_reach_the_subscriber(self):
        sub = self.connected("props-sub", version=V5)
        topic = self.topic()
        sub.subscribe(topic, 1)
        props = Properties(PacketTypes.PUBLISH)
        props.PayloadFormatIndicator = 1
        props.ContentType = "text/plain"
        props.ResponseTopic = "replies/x"
        props.CorrelationData = b"\x00\x01binary"
        props.UserProperty = [("a", "1"), ("b", "2"), ("a", "3")]
        props.MessageExpiryInterval = 30
        pub = self.connected("props-pub", version=V5)
        pub.publish(topic, b"hello", 1, properties=props)
        m = sub.expect()[0]
        self.assertEqual(m.properties.PayloadFormatIndicator, 1)
        self.assertEqual(m.properties.ContentType, "text/plain")
        self.assertEqual(m.properties.ResponseTopic, "replies/x")
        self.assertEqual(m.properties.CorrelationData, b"\x00\x01binary")
        self.assertEqual(m.properties.UserProperty, [("a", "1"), ("b", "2"), ("a", "3")])
        self.assertIn(m.properties.MessageExpiryInterval, (29, 30))

    def test_payloads_of_every_size_arrive_intact(self):
        c = self.connected("sizes", version=V5)
        topic = self.topic()
        c.subscribe(topic, 1)
        payloads = [b"", b"x", os.urandom(1023), os.urandom(1024), os.urandom(200000)]
        for p in payloads:
            c.publish(topic, p, 1)
        self.assertEqual([m.payload for m in c.expect(len(payloads))], payloads)

    def test_many_qos_1_messages_keep_their_order(self):
        sub = self.connected("order-sub", version=V311)
        topic = self.topic()
        sub.subscribe(topic, 1)
        pub = self.connected("order-pub", version=V311)
        # Under Mosquitto's max_queued_messages (1000), which drops even QoS 1 beyond it.
        infos = [pub.c.publish(topic, b"%d" % i, 1) for i in range(900)]
        for info in infos:
            info.wait_for_publish(10)
        got = [int(m.payload) for m in sub.expect(900, timeout=30)]
        self.assertEqual(got, list(range(900)))

    def test_mosquitto_pub_and_mosquitto_sub(self):
        topic = self.topic()
        port = str(self.broker.port)
        sub = subprocess.Popen(["mosquitto_sub", "-h", HOST, "-p", port, "-t", topic, "-q", "1",
                                "-v", "-i", "cli-sub"], stdout=subprocess.PIPE, text=True)
        lines_out = queue.Queue()
        threading.Thread(target=lambda: [lines_out.put(l.strip()) for l in sub.stdout],
                         daemon=True).start()
        try:
            def pub(message, version="mqttv311"):
                subprocess.run(["mosquitto_pub", "-h", HOST, "-p", port, "-t", topic, "-q", "1",
                                "-V", version, "-m", message], check=True, timeout=10)

            # Until mosquitto_sub has subscribed, probes reach nobody: send them until one does.
            for _ in range(50):
                pub("probe")
                try:
                    self.assertEqual(lines_out.get(timeout=0.2), topic + " probe")
                    break
                except queue.Empty:
                    pass
            for version in ("mqttv311", "mqttv5", "mqttv31"):
                pub("via " + version, version)
            lines = []
            while len(lines) < 3:
                line = lines_out.get(timeout=10)
                if line != topic + " probe":
                    lines.append(line)
            self.assertEqual(lines, [topic + " via mqttv311", topic + " via mqttv5",
                                     topic + " via mqttv31"])
        finally:
            sub.terminate()
            sub.wait(10)
            sub.stdout.close()

if __name__ == "__main__":
    unittest.main()
