"""Retained messages: set, replace, clear, delivered on subscribe (retain handling in 5.0), and
kept through a restart and a kill -9 once their PUBACK went out."""

import unittest

from harness import (TARGET, V311, V5, Broker, BrokerTest, Client, SubscribeOptions,
                     warren_only)


class RetainedTest(BrokerTest):
    def test_a_retained_message_reaches_later_subscribers_with_the_retain_flag(self):
        pub = self.connected("ret-pub", version=V311)
        topic = self.topic()
        pub.publish(topic, b"22.5", 1, retain=True)
        sub = self.connected("ret-sub", version=V311)
        self.assertEqual(sub.subscribe(topic, 1), [1])
        m = sub.expect()[0]
        self.assertEqual((m.payload, m.retain, m.qos), (b"22.5", True, 1))
        # A live subscriber gets later retained publishes without the flag (§3.3.1.3).
        pub.publish(topic, b"23.0", 1, retain=True)
        m = sub.expect()[0]
        self.assertEqual((m.payload, m.retain), (b"23.0", False))

    def test_a_new_retained_message_replaces_the_old_and_an_empty_one_clears_it(self):
        pub = self.connected("ret-replace", version=V5)
        topic = self.topic()
        pub.publish(topic, b"first", 1, retain=True)
        pub.publish(topic, b"second", 1, retain=True)
        sub = self.connected("ret-replace-sub", version=V5)
        sub.subscribe(topic, 1)
        self.assertEqual([m.payload for m in sub.expect()], [b"second"])
        sub.expect_nothing()
        pub.publish(topic, b"", 1, retain=True)
        self.assertEqual(sub.expect()[0].payload, b"")  # delivered to who is subscribed
        late = self.connected("ret-replace-late", version=V5)
        late.subscribe(topic, 1)
        late.expect_nothing()

    def test_wildcard_subscriptions_get_every_matching_retained_message(self):
        pub = self.connected("ret-wild", version=V311)
        base = self.topic()
        for room in ("kitchen", "hall", "attic"):
            pub.publish("%s/%s/temp" % (base, room), room.encode(), 0, retain=True)
        pub.publish(base + "/kitchen/light", b"on", 0, retain=True)
        sub = self.connected("ret-wild-sub", version=V311)
        sub.subscribe(base + "/+/temp", 0)
        self.assertEqual(sorted(m.payload for m in sub.expect(3)), [b"attic", b"hall", b"kitchen"])
        sub.expect_nothing()

    def test_retained_messages_are_sent_at_the_lower_qos(self):
        pub = self.connected("ret-qos", version=V311)
        topic = self.topic()
        pub.publish(topic, b"q2", 2, retain=True)
        sub = self.connected("ret-qos-sub", version=V311)
        sub.subscribe(topic, 0)
        self.assertEqual(sub.expect()[0].qos, 0)

    def test_retain_handling_in_5_0(self):
        pub = self.connected("ret-handling", version=V5)
        topic = self.topic()
        pub.publish(topic, b"kept", 1, retain=True)
        never = self.connected("ret-never", version=V5)
        never.subscribe(topic, options=SubscribeOptions(qos=1, retainHandling=2))
        never.expect_nothing()
        once = self.connected("ret-once", version=V5)
        once.subscribe(topic, options=SubscribeOptions(qos=1, retainHandling=1))
        self.assertEqual(once.expect()[0].payload, b"kept")
        once.subscribe(topic, options=SubscribeOptions(qos=1, retainHandling=1))
        once.expect_nothing()  # not a new subscription
        always = self.connected("ret-always", version=V5)
        always.subscribe(topic, options=SubscribeOptions(qos=1, retainHandling=0))
        always.subscribe(topic, options=SubscribeOptions(qos=1, retainHandling=0))
        self.assertEqual(len(always.expect(2)), 2)


@unittest.skipUnless(TARGET == "warren", "Mosquitto saves retained messages only on exit or "
                     "every autosave_interval, so a kill -9 loses them")
class RetainedDurabilityTest(unittest.TestCase):
    def test_retained_messages_survive_a_restart_and_a_kill_9(self):
        broker = Broker()
        try:
            pub = Client(broker, "durable-ret", version=V311)
            pub.connect()
            pub.publish("plant/boiler/state", b"running", 1, retain=True)
            pub.publish("plant/pump/state", b"stopped", 1, retain=True)
            pub.publish("plant/pump/state", b"", 1, retain=True)  # cleared
            pub.publish("plant/valve/state", b"open", 1, retain=True)
            pub.disconnect()
            broker.restart()
            self.assertEqual(self.retained(broker), {b"running", b"open"})
            pub = Client(broker, "durable-ret-2", version=V5)
            pub.connect()
            pub.publish("plant/valve/state", b"closed", 1, retain=True)  # PUBACK: on disk
            broker.restart(kill=True)
            self.assertEqual(self.retained(broker), {b"running", b"closed"})
        finally:
            broker.cleanup()

    def retained(self, broker):
        sub = Client(broker, "reader", version=V311)
        sub.connect()
        sub.subscribe("plant/#", 1)
        got = {m.payload for m in sub.expect(2)}
        sub.expect_nothing()
        sub.disconnect()
        return got


if __name__ == "__main__":
    unittest.main()
