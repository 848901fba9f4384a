"""Shared subscriptions (MQTT 5.0 §4.8.2): `$share/GROUP/filter` members take turns, each
message goes to one member of each group, and plain subscribers still get every message."""

import queue
import time
import unittest

from harness import V5, BrokerTest


class SharedSubscriptionTest(BrokerTest):
    def test_a_group_shares_the_messages_and_plain_subscribers_get_all(self):
        topic = self.topic()
        members = [self.connected("member-%d" % i, version=V5) for i in range(3)]
        for m in members:
            self.assertEqual(m.subscribe("$share/workers/" + topic, 1), [1])
        plain = self.connected("plain", version=V5)
        plain.subscribe(topic, 1)
        other_group = self.connected("other-group", version=V5)
        other_group.subscribe("$share/auditors/" + topic, 1)
        pub = self.connected("shared-pub", version=V5)
        for i in range(30):
            pub.publish(topic, b"%d" % i, 1)
        self.assertEqual(len(plain.expect(30)), 30)
        self.assertEqual(len(other_group.expect(30)), 30)
        got, counts = [], [0] * len(members)
        deadline = time.time() + 10
        while len(got) < 30 and time.time() < deadline:
            for i, m in enumerate(members):
                try:
                    got.append(m.messages.get(timeout=0.05).payload)
                    counts[i] += 1
                except queue.Empty:
                    pass
        # Every message once in the group, spread over its members.
        self.assertEqual(sorted(int(p) for p in got), list(range(30)))
        self.assertTrue(all(n > 0 for n in counts), counts)
        for m in members:
            m.expect_nothing(0.2)

    def test_a_member_leaving_hands_its_share_to_the_others(self):
        topic = self.topic()
        a = self.connected("leaving-a", version=V5)
        b = self.connected("leaving-b", version=V5)
        a.subscribe("$share/g/" + topic, 1)
        b.subscribe("$share/g/" + topic, 1)
        self.assertEqual(a.unsubscribe("$share/g/" + topic), [0])
        pub = self.connected("leaving-pub", version=V5)
        for i in range(5):
            pub.publish(topic, b"%d" % i, 1)
        self.assertEqual([int(m.payload) for m in b.expect(5)], list(range(5)))
        a.expect_nothing()

    def test_wildcards_inside_a_shared_subscription(self):
        base = self.topic()
        m = self.connected("shared-wild", version=V5)
        m.subscribe("$share/g/%s/+/temp" % base, 0)
        pub = self.connected("shared-wild-pub", version=V5)
        pub.publish(base + "/kitchen/temp", b"21", 0)
        pub.publish(base + "/kitchen/light", b"on", 0)
        self.assertEqual([x.payload for x in m.expect()], [b"21"])
        m.expect_nothing()


if __name__ == "__main__":
    unittest.main()
