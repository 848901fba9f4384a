"""RabbitMQ's permission model on MQTT: vhost permissions on the session's queue and the topic
exchange, topic permissions on topics (as routing keys), with {client_id} filled in."""

import unittest

from harness import V311, V5, BrokerTest, Client, PacketTypes, warren_only


@warren_only
class PermissionsTest(BrokerTest):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        b = cls.broker
        for user in ("device", "reader"):
            assert b.api("PUT", "users/" + user, {"password": "pw", "tags": ""})[0] in (201, 204)
        assert b.api("PUT", "permissions/%2F/device",
                     {"configure": ".*", "write": ".*", "read": ".*"})[0] in (201, 204)
        # Devices publish and subscribe only under their own client id.
        assert b.api("PUT", "topic-permissions/%2F/device",
                     {"exchange": "amq.topic", "write": "^devices\\.{client_id}\\.",
                      "read": "^devices\\.{client_id}\\."})[0] in (201, 204)
        # A reader may not configure queues: it cannot subscribe.
        assert b.api("PUT", "permissions/%2F/reader",
                     {"configure": "", "write": ".*", "read": ".*"})[0] in (201, 204)

    def test_a_device_publishes_under_its_own_client_id_only(self):
        c = self.client("dev-1", version=V5, user="device", password="pw")
        self.assertEqual(c.connect()[0], 0)
        self.assertEqual(c.subscribe("devices/dev-1/#", 1), [1])
        c.publish("devices/dev-1/state", b"ok", 1)
        self.assertEqual(c.expect()[0].payload, b"ok")
        info = c.c.publish("devices/dev-2/state", b"spoof", 1)
        info.wait_for_publish(10)
        # paho does not hand 5.0 PUBACK reason codes to the application: the broker log and
        # the missing delivery show the refusal; a 3.1.1 client is disconnected instead.
        c.expect_nothing()

    def test_subscribing_to_another_devices_topics_is_refused(self):
        c = self.client("dev-3", version=V5, user="device", password="pw")
        c.connect()
        self.assertEqual(c.subscribe("devices/dev-4/#", 1), [0x87])
        c3 = self.client("dev-5", version=V311, user="device", password="pw")
        c3.connect()
        self.assertEqual(c3.subscribe("devices/dev-6/#", 1), [0x80])

    def test_a_refused_publish_disconnects_a_3_1_1_client(self):
        c = self.client("dev-7", version=V311, user="device", password="pw")
        c.connect()
        c.c.publish("devices/dev-8/state", b"spoof", 1)
        self.assertNotEqual(c.disconnects.get(timeout=10), 0)

    def test_without_configure_permission_no_subscription_queue(self):
        c = self.client("reader-1", version=V5, user="reader", password="pw")
        self.assertEqual(c.connect()[0], 0)
        self.assertEqual(c.subscribe("anything", 0), [0x87])
        # Publishing needs no queue.
        c.publish("anything", b"fine", 1)


if __name__ == "__main__":
    unittest.main()
