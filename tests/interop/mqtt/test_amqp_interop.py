"""One routing core: MQTT topics are routing keys of amq.topic (`/` ↔ `.`), so AMQP 0-9-1
publishers reach MQTT subscribers and the reverse, with their properties carried across."""

import unittest

import pika

from harness import HOST, V311, V5, BrokerTest, Properties, PacketTypes, warren_only


@warren_only
class AmqpInteropTest(BrokerTest):
    def amqp(self):
        connection = pika.BlockingConnection(pika.ConnectionParameters(HOST,
                                                                       self.broker.amqp_port))
        self.addCleanup(connection.close)
        return connection.channel()

    def test_an_amqp_publish_to_amq_topic_reaches_mqtt_subscribers(self):
        sub = self.connected("from-amqp", version=V5)
        self.assertEqual(sub.subscribe("sensors/+/temp", 1), [1])
        ch = self.amqp()
        ch.basic_publish("amq.topic", "sensors.kitchen.temp", b"21.5",
                         pika.BasicProperties(delivery_mode=2, content_type="text/plain",
                                              correlation_id="c-1", reply_to="replies.kitchen",
                                              headers={"unit": "celsius"}))
        m = sub.expect()[0]
        self.assertEqual((m.topic, m.payload, m.qos), ("sensors/kitchen/temp", b"21.5", 1))
        self.assertEqual(m.properties.ContentType, "text/plain")
        self.assertEqual(m.properties.CorrelationData, b"c-1")
        self.assertEqual(m.properties.ResponseTopic, "replies/kitchen")
        self.assertIn(("unit", "celsius"), m.properties.UserProperty)

    def test_a_transient_amqp_message_arrives_at_qos_0(self):
        sub = self.connected("from-amqp-transient", version=V311)
        sub.subscribe("transient/x", 1)
        self.amqp().basic_publish("amq.topic", "transient.x", b"t")
        self.assertEqual(sub.expect()[0].qos, 0)

    def test_an_mqtt_publish_reaches_an_amqp_queue_bound_to_amq_topic(self):
        ch = self.amqp()
        queue = ch.queue_declare("", exclusive=True).method.queue
        ch.queue_bind(queue, "amq.topic", "orders.*.created")
        pub = self.connected("to-amqp", version=V5)
        props = Properties(PacketTypes.PUBLISH)
        props.ContentType = "application/json"
        props.CorrelationData = b"req-7"
        props.ResponseTopic = "replies/orders"
        props.UserProperty = [("tenant", "acme")]
        props.MessageExpiryInterval = 60
        pub.publish("orders/eu/created", b'{"id": 1}', 1, properties=props)
        method, properties, body = ch.basic_get(queue, auto_ack=True)
        self.assertIsNotNone(method)
        self.assertEqual((method.routing_key, body), ("orders.eu.created", b'{"id": 1}'))
        self.assertEqual(properties.delivery_mode, 2)
        self.assertEqual(properties.content_type, "application/json")
        self.assertEqual(properties.correlation_id, "req-7")
        self.assertEqual(properties.reply_to, "replies.orders")
        self.assertEqual(properties.expiration, "60000")
        self.assertEqual(properties.headers["tenant"], "acme")
        self.assertEqual(properties.headers["x-mqtt-publish-qos"], 1)

    def test_an_mqtt_qos_0_publish_is_transient(self):
        ch = self.amqp()
        queue = ch.queue_declare("", exclusive=True).method.queue
        ch.queue_bind(queue, "amq.topic", "qos0.#")
        pub = self.connected("to-amqp-qos0", version=V311)
        pub.publish("qos0/a", b"light", 0)
        pub.publish("qos0/sync", b"sync", 1)  # after the QoS 0 one: it has been routed
        method, properties, body = ch.basic_get(queue, auto_ack=True)
        self.assertEqual((body, properties.delivery_mode), (b"light", None))

    def test_mqtt_subscriptions_are_queues_bound_to_amq_topic(self):
        sub = self.connected("visible", version=V311, clean=True)
        sub.subscribe("a/+/c", 1)
        status, bindings = self.broker.api(
            "GET", "queues/%2F/mqtt-subscription-visibleqos1/bindings")
        self.assertEqual(status, 200)
        keys = [(b["source"], b["routing_key"]) for b in bindings if b["source"]]
        self.assertEqual(keys, [("amq.topic", "a.*.c")])
        status, queue = self.broker.api("GET", "queues/%2F/mqtt-subscription-visibleqos1")
        self.assertEqual((queue["durable"], queue["exclusive"]), (False, True))


if __name__ == "__main__":
    unittest.main()
