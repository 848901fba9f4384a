"""Last will: sent when a client goes without DISCONNECT (a dropped socket, a keep-alive timeout,
a protocol error, a takeover), never after DISCONNECT, and in 5.0 after DISCONNECT with reason
0x04."""

import time
import unittest

from harness import (V311, V5, BrokerTest, PacketTypes, Properties, RawClient, connect_packet)


def delayed(seconds):
    p = Properties(PacketTypes.WILLMESSAGE)
    p.WillDelayInterval = seconds
    return p


def session_expiry(seconds):
    p = Properties(PacketTypes.CONNECT)
    p.SessionExpiryInterval = seconds
    return p


class WillTest(BrokerTest):
    def watcher(self, name):
        w = self.connected(name + "-watch", version=V311)
        w.subscribe(self.topic(), 1)
        return w

    def test_the_will_is_sent_when_the_connection_drops(self):
        w = self.watcher("drop")
        c = self.client("drop", version=V311)
        c.connect(will=(self.topic(), b"gone", 1, False))
        c.drop()
        m = w.expect()[0]
        self.assertEqual((m.payload, m.qos), (b"gone", 1))

    def test_no_will_after_disconnect(self):
        w = self.watcher("polite")
        c = self.client("polite", version=V5)
        c.connect(will=(self.topic(), b"should not", 1, False))
        c.disconnect()
        w.expect_nothing(1.0)

    def test_disconnect_with_will_sends_it_in_5_0(self):
        w = self.watcher("with-will")
        c = self.client("with-will", version=V5)
        c.connect(will=(self.topic(), b"asked for", 0, False))
        c.disconnect(reason=0x04)
        self.assertEqual(w.expect()[0].payload, b"asked for")

    def test_the_will_is_sent_on_keep_alive_timeout(self):
        w = self.watcher("silent")
        raw = RawClient(self.broker)
        raw.send(connect_packet("silent", keepalive=1, will=(self.topic(), b"timed out", 0, False)))
        self.assertEqual(raw.read_packet(), (0x20, b"\x00\x00"))
        self.assertEqual(w.expect(timeout=6)[0].payload, b"timed out")
        raw.close()

    def test_a_delayed_will_waits_for_its_delay(self):
        w = self.watcher("delayed")
        c = self.client("delayed", version=V5)
        c.connect(will=(self.topic(), b"late", 1, False, delayed(2)),
                  properties=session_expiry(60))
        dropped = time.time()
        c.drop()
        m = w.expect(timeout=8)[0]
        self.assertEqual(m.payload, b"late")
        self.assertGreater(time.time() - dropped, 1.5)

    def test_reconnecting_within_the_delay_cancels_the_will(self):
        w = self.watcher("back-in-time")
        c = self.client("back-in-time", version=V5)
        c.connect(will=(self.topic(), b"should not", 1, False, delayed(3)),
                  properties=session_expiry(60))
        c.drop()
        time.sleep(0.5)
        again = self.client("back-in-time", version=V5, clean=False)
        self.assertEqual(again.connect(properties=session_expiry(60))[0], 0)
        w.expect_nothing(4.0)
        again.disconnect()

    def test_a_will_delay_longer_than_the_session_is_cut_to_the_session(self):
        w = self.watcher("short-session")
        c = self.client("short-session", version=V5)
        c.connect(will=(self.topic(), b"session over", 0, False, delayed(600)),
                  properties=session_expiry(1))
        c.drop()
        self.assertEqual(w.expect(timeout=6)[0].payload, b"session over")

    def test_a_retained_will_is_retained(self):
        w = self.watcher("ret-will")
        c = self.client("ret-will", version=V311)
        c.connect(will=(self.topic(), b"offline", 1, True))
        c.drop()
        self.assertEqual(w.expect()[0].payload, b"offline")  # published, so retained by now
        late = self.connected("ret-will-late", version=V311)
        late.subscribe(self.topic(), 1)
        m = late.expect()[0]
        self.assertEqual((m.payload, m.retain), (b"offline", True))


if __name__ == "__main__":
    unittest.main()
