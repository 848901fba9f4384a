"""STOMP on the one routing core with AMQP 0-9-1 and MQTT: SEND headers become AMQP properties
and headers, AMQP properties and headers become MESSAGE headers (RabbitMQ's amqp_headers.py and
rabbit_stomp_util), /topic/a.b is MQTT's a/b, and a message keeps its body through
STOMP -> AMQP -> MQTT -> STOMP. RabbitMQ here runs no MQTT plugin: the MQTT tests are Warren's."""

import datetime
import decimal
import queue
import re
import time
import unittest

import paho.mqtt.client as mqtt
import pika

from harness import HOST, TIMEOUT, RawStomp, StompTestCase, amqp, parse, warren_only

import broker_under_test  # noqa: E402 (the harness puts it on the path)


class AmqpTestCase(StompTestCase):

    def amqp_channel(self):
        connection = amqp(self.broker)
        self.addCleanup(lambda: connection.is_open and connection.close())
        return connection.channel()

    def get(self, channel, queue_name):
        deadline = time.time() + TIMEOUT
        while time.time() < deadline:
            method, properties, body = channel.basic_get(queue_name, auto_ack=True)
            if method:
                return method, properties, body
            time.sleep(0.05)
        raise AssertionError("nothing on %s" % queue_name)

    def subscribed(self, destination, version="1.2", **headers):
        conn = self.connect(version)
        conn.subscribe(destination, id="s1", receipt="sub", headers=headers)
        conn.recorder.wait_receipt("sub")
        return conn


class StompToAmqpTest(AmqpTestCase):

    def queue(self, channel, exchange=None, key=None):
        name = channel.queue_declare("", exclusive=True).method.queue
        if exchange:
            channel.queue_bind(name, exchange, key)
        return name

    def test_send_headers_become_properties_and_headers(self):
        channel = self.amqp_channel()
        name = self.queue(channel)
        self.connect("1.2").send("/amq/queue/" + name, '{"a": 1}', headers={
            "content-type": "application/json", "content-encoding": "identity",
            "persistent": "true", "priority": "5", "correlation-id": "c-1",
            "reply-to": "/queue/replies", "expiration": "60000", "amqp-message-id": "m-1",
            "type": "order", "app-id": "shop", "timestamp": "1700000000", "user-id": "guest",
            "x-custom-header-1": "value 1", "custom-header-3": "v:3"})
        method, properties, body = self.get(channel, name)
        self.assertEqual(body, b'{"a": 1}')
        self.assertEqual((method.exchange, method.routing_key), ("", name))
        self.assertEqual(properties.content_type, "application/json")
        self.assertEqual(properties.content_encoding, "identity")
        self.assertEqual(properties.delivery_mode, 2)
        self.assertEqual(properties.priority, 5)
        self.assertEqual(properties.correlation_id, "c-1")
        self.assertEqual(properties.reply_to, "/queue/replies")
        self.assertEqual(properties.expiration, "60000")
        self.assertEqual(properties.message_id, "m-1")
        self.assertEqual(properties.type, "order")
        self.assertEqual(properties.app_id, "shop")
        self.assertEqual(properties.timestamp, 1700000000)
        self.assertEqual(properties.user_id, "guest")
        headers = properties.headers
        self.assertEqual(headers["x-custom-header-1"], "value 1")
        self.assertEqual(headers["custom-header-3"], "v:3")
        # Properties are not repeated in the headers table, nor is the destination.
        for name in ("destination", "content-type", "persistent", "priority", "correlation-id",
                     "reply-to", "expiration", "amqp-message-id", "user-id"):
            self.assertNotIn(name, headers)

    def test_other_frame_headers_land_in_the_table_too(self):
        # Everything that is no property goes into the table, even receipt and x- arguments.
        channel = self.amqp_channel()
        name = self.queue(channel)
        sender = self.connect("1.2")
        sender.send("/amq/queue/" + name, "x", receipt="r1", headers={"x-max-length": "9"})
        sender.recorder.wait_receipt("r1")
        headers = self.get(channel, name)[1].headers
        self.assertEqual(headers["receipt"], "r1")
        self.assertEqual(headers["x-max-length"], "9")

    def test_without_persistent_there_is_no_delivery_mode(self):
        channel = self.amqp_channel()
        name = self.queue(channel)
        sender = self.connect("1.1")
        sender.send("/amq/queue/" + name, "plain")
        sender.send("/amq/queue/" + name, "not persistent", headers={"persistent": "false"})
        for body in (b"plain", b"not persistent"):
            _, properties, got = self.get(channel, name)
            self.assertEqual(got, body)
            self.assertIsNone(properties.delivery_mode)
            self.assertIsNone(properties.content_type)

    def test_topic_and_exchange_destinations(self):
        channel = self.amqp_channel()
        key = self.unique("a") + ".b"
        topic_queue = self.queue(channel, "amq.topic", key)
        fanout_queue = self.queue(channel, "amq.fanout", "")
        sender = self.connect("1.0")
        sender.send("/topic/" + key, "to the topic")
        sender.send("/exchange/amq.fanout", "to the fanout")
        method, _, body = self.get(channel, topic_queue)
        self.assertEqual((method.exchange, method.routing_key, body),
                         ("amq.topic", key, b"to the topic"))
        method, _, body = self.get(channel, fanout_queue)
        self.assertEqual((method.exchange, method.routing_key, body),
                         ("amq.fanout", "", b"to the fanout"))

    def test_queue_destination_is_an_amqp_durable_queue(self):
        name = self.unique("durable-q")
        sender = self.connect("1.2")
        sender.send("/queue/" + name, "kept", receipt="r")
        sender.recorder.wait_receipt("r")
        channel = self.amqp_channel()
        # The same declare is accepted: durable, not exclusive, not auto-delete.
        self.assertEqual(channel.queue_declare(name, durable=True).method.message_count, 1)
        self.assertEqual(self.get(channel, name)[2], b"kept")


class AmqpToStompTest(AmqpTestCase):

    PROPERTIES = dict(content_type="text/plain", content_encoding="utf-8", delivery_mode=2,
                      priority=3, correlation_id="c-7", reply_to="replies",
                      expiration="60000", message_id="m-7", timestamp=1700000000, type="t",
                      user_id="guest", app_id="a")

    def publish_to_queue(self, properties, body=b"from amqp", version="1.2"):
        name = self.unique("from-amqp")
        conn = self.subscribed("/queue/" + name, version)
        self.amqp_channel().basic_publish("", name, body, properties)
        return conn.recorder.wait_messages(1)[0], name

    def test_properties_become_headers(self):
        message, name = self.publish_to_queue(pika.BasicProperties(**self.PROPERTIES))
        headers = message.headers
        self.assertEqual(message.body, "from amqp")
        self.assertEqual(headers["destination"], "/queue/" + name)
        self.assertEqual(headers["content-type"], "text/plain")
        self.assertEqual(headers["content-encoding"], "utf-8")
        self.assertEqual(headers["persistent"], "true")
        self.assertEqual(headers["priority"], "3")
        self.assertEqual(headers["correlation-id"], "c-7")
        self.assertEqual(headers["reply-to"], "/reply-queue/replies")  # a bare queue name
        self.assertEqual(headers["expiration"], "60000")
        self.assertEqual(headers["amqp-message-id"], "m-7")
        self.assertEqual(headers["timestamp"], "1700000000")
        self.assertEqual(headers["type"], "t")
        self.assertEqual(headers["user-id"], "guest")
        self.assertEqual(headers["app-id"], "a")

    def test_string_and_integer_headers_only(self):
        # RabbitMQ's amqp_headers.py: longstr and integer entries become MESSAGE headers; other
        # types (bool, table, array, decimal, timestamp, byte array) are left out.
        message, _ = self.publish_to_queue(pika.BasicProperties(headers={
            "x-custom-hdr-1": "value1", "x-custom-hdr-2": "value2", "custom-hdr-3": "value3",
            "int": 42, "negative": -7, "big": 2 ** 40, "bool": True, "table": {"k": "v"},
            "array": ["x", 1], "decimal": decimal.Decimal("1.5"),
            "when": datetime.datetime(2020, 1, 1),
            "bytes": b"raw"}))
        headers = message.headers
        self.assertEqual(headers["x-custom-hdr-1"], "value1")
        self.assertEqual(headers["x-custom-hdr-2"], "value2")
        self.assertEqual(headers["custom-hdr-3"], "value3")
        self.assertEqual(headers["int"], "42")
        self.assertEqual(headers["negative"], "-7")
        self.assertEqual(headers["big"], "1099511627776")
        for dropped in ("bool", "table", "array", "decimal", "when", "bytes"):
            self.assertNotIn(dropped, headers)

    def test_delivery_mode_one_is_shown_as_it_is(self):
        # persistent:true only for delivery mode 2; 1 is shown as the number.
        message, _ = self.publish_to_queue(pika.BasicProperties(delivery_mode=1))
        self.assertEqual(message.headers["persistent"], "1")
        message, _ = self.publish_to_queue(pika.BasicProperties())
        self.assertNotIn("persistent", message.headers)

    def test_message_frame_header_order(self):
        # subscription, destination, message-id, redelivered, [ack], the table's headers, then
        # the properties in RabbitMQ's order, content-length last.
        name = self.unique("order")
        raw = RawStomp(self.port)
        self.addCleanup(raw.close)
        raw.login("1.2")
        raw.send(b"SUBSCRIBE\nid:s1\ndestination:/queue/%s\nack:client\nreceipt:r\n\n\0"
                 % name.encode())
        self.assertEqual(parse(raw.frame())[0], b"RECEIPT")
        properties = pika.BasicProperties(headers={"h1": "one", "h2": 2}, **self.PROPERTIES)
        self.amqp_channel().basic_publish("", name, b"ordered", properties)
        command, headers, body = parse(raw.frame())
        self.assertEqual((command, body), (b"MESSAGE", b"ordered"))
        names = [h[0].decode() for h in headers]
        self.assertEqual(names, ["subscription", "destination", "message-id", "redelivered", "ack",
                                 "h1", "h2", "app-id", "user-id", "type", "timestamp",
                                 "amqp-message-id", "expiration", "reply-to", "correlation-id",
                                 "priority", "persistent", "content-encoding", "content-type",
                                 "content-length"])
        values = dict(headers)
        self.assertRegex(values[b"message-id"], rb"^T_s1@@session-[A-Za-z0-9_-]{22}@@\d+$")
        self.assertEqual(values[b"ack"], values[b"message-id"])
        self.assertEqual(values[b"content-length"], b"7")

    def test_destination_names_the_exchange_and_key(self):
        channel = self.amqp_channel()
        key = self.unique("k")
        topic = self.subscribed("/topic/" + key)
        direct = self.subscribed("/exchange/amq.direct/" + key)
        channel.basic_publish("amq.topic", key, b"t")
        channel.basic_publish("amq.direct", key, b"d")
        self.assertEqual(topic.recorder.wait_messages(1)[0].headers["destination"],
                         "/topic/" + key)
        self.assertEqual(direct.recorder.wait_messages(1)[0].headers["destination"],
                         "/exchange/amq.direct/" + key)

    def test_slashes_in_names_are_escaped(self):
        channel = self.amqp_channel()
        name = channel.queue_declare("", exclusive=False, auto_delete=True).method.queue
        channel.queue_bind(name, "amq.direct", "a/b")
        conn = self.subscribed("/amq/queue/" + name)
        channel.basic_publish("amq.direct", "a/b", b"escaped")
        self.assertEqual(conn.recorder.wait_messages(1)[0].headers["destination"],
                         "/exchange/amq.direct/a%2Fb")

    def test_body_with_nuls_from_amqp(self):
        message, _ = self.publish_to_queue(pika.BasicProperties(), body=b"a\0b\0c")
        self.assertEqual((message.body, message.headers["content-length"]), ("a\0b\0c", "5"))


class MqttClient:
    """A paho-mqtt 3.1.1 client whose messages land in a queue."""

    def __init__(self, port, client_id):
        self.client = mqtt.Client(client_id=client_id, protocol=mqtt.MQTTv311)
        self.messages = queue.Queue()
        self.acks = queue.Queue()
        self.client.on_connect = lambda c, u, f, rc: self.acks.put(("connack", rc))
        self.client.on_subscribe = lambda c, u, mid, granted: self.acks.put(("suback", granted))
        self.client.on_message = lambda c, u, m: self.messages.put(m)
        self.client.connect(HOST, port, keepalive=30)
        self.client.loop_start()
        self.expect_ack("connack")

    def expect_ack(self, kind):
        got, value = self.acks.get(timeout=TIMEOUT)
        assert got == kind, (got, value)
        return value

    def subscribe(self, topic, qos=1):
        self.client.subscribe(topic, qos)
        return self.expect_ack("suback")

    def publish(self, topic, payload, qos=1):
        info = self.client.publish(topic, payload, qos)
        info.wait_for_publish(TIMEOUT)
        assert info.is_published(), topic

    def expect(self):
        try:
            return self.messages.get(timeout=TIMEOUT)
        except queue.Empty:
            raise AssertionError("no MQTT message") from None

    def close(self):
        self.client.disconnect()
        self.client.loop_stop()


@warren_only
class MqttTest(AmqpTestCase):
    """MQTT topic a/b is routing key a.b of amq.topic, which is STOMP's /topic/a.b."""

    @classmethod
    def setUpClass(cls):
        cls.broker = broker_under_test.start(stomp=True,
                                             warren_args=["--listen", "mqtt=%s:0" % HOST])
        cls.port = cls.broker.ports["stomp"]

    def mqtt(self, name):
        client = MqttClient(self.broker.ports["mqtt"], self.unique(name))
        self.addCleanup(client.close)
        return client

    def prefix(self):
        return re.sub(r"[^A-Za-z0-9]", "", self.unique("p"))

    def test_stomp_send_to_mqtt_subscriber(self):
        prefix = self.prefix()
        subscriber = self.mqtt("sub")
        self.assertEqual(subscriber.subscribe(prefix + "/a/b"), (1,))
        self.connect("1.2").send("/topic/%s.a.b" % prefix, "stomp to mqtt")
        message = subscriber.expect()
        self.assertEqual((message.topic, message.payload), (prefix + "/a/b", b"stomp to mqtt"))

    def test_mqtt_wildcards_match_stomp_keys(self):
        prefix = self.prefix()
        subscriber = self.mqtt("sub")
        subscriber.subscribe(prefix + "/+/b")
        subscriber.subscribe(prefix + "/deep/#")
        sender = self.connect("1.1")
        sender.send("/topic/%s.x.b" % prefix, "plus")
        sender.send("/topic/%s.deep.er.still" % prefix, "hash")
        got = sorted((m.topic, m.payload) for m in (subscriber.expect(), subscriber.expect()))
        self.assertEqual(got, [(prefix + "/deep/er/still", b"hash"), (prefix + "/x/b", b"plus")])

    def test_mqtt_publish_to_stomp_subscriber(self):
        prefix = self.prefix()
        conn = self.subscribed("/topic/%s.a.b" % prefix)
        self.mqtt("pub").publish(prefix + "/a/b", b"mqtt to stomp")
        message = conn.recorder.wait_messages(1)[0]
        self.assertEqual(message.body, "mqtt to stomp")
        self.assertEqual(message.headers["destination"], "/topic/%s.a.b" % prefix)

    def test_stomp_wildcard_subscription_gets_mqtt_publishes(self):
        prefix = self.prefix()
        conn = self.subscribed("/topic/%s.*.b" % prefix)
        self.mqtt("pub").publish(prefix + "/x/b", b"matched")
        message = conn.recorder.wait_messages(1)[0]
        self.assertEqual((message.body, message.headers["destination"]),
                         ("matched", "/topic/%s.x.b" % prefix))

    def test_stomp_amqp_mqtt_stomp_chain(self):
        prefix = self.prefix()
        channel = self.amqp_channel()
        requests = channel.queue_declare("", exclusive=True).method.queue
        relay = self.mqtt("relay")
        relay.subscribe(prefix + "/middle")
        end = self.subscribed("/topic/%s.end" % prefix)
        body = "through three protocols \u2713"

        self.connect("1.2").send("/amq/queue/" + requests, body,
                                 headers={"content-type": "text/plain"})
        _, properties, payload = self.get(channel, requests)  # STOMP -> AMQP
        self.assertEqual(properties.content_type, "text/plain")
        channel.basic_publish("amq.topic", prefix + ".middle", payload)  # AMQP -> MQTT
        message = relay.expect()
        self.assertEqual(message.payload, body.encode())
        relay.publish(prefix + "/end", message.payload)  # MQTT -> STOMP
        final = end.recorder.wait_messages(1)[0]
        self.assertEqual(final.body, body)
        self.assertEqual(final.headers["destination"], "/topic/%s.end" % prefix)


if __name__ == "__main__":
    unittest.main()
