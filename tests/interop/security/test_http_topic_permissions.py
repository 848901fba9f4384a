"""Topic permissions and internal exchanges over the management API (security issue, item 3).
A management user whose topic permission on amq.topic allows only `allowed.*` once published
with the key `secret.x` and bound its own queue to `secret.#` over HTTP, then read what others
published there; an HTTP publish to an internal exchange was accepted. The API now asks the
same rules as the AMQP channel (engine/access_rules.h), with RabbitMQ 3.10's answers: a refused
publish is 400 with the AMQP refusal, a refused binding 401 "Access refused.".
"""

import unittest

import hostile

USER, PASSWORD = "topical", "topical-secret"


def setUpModule():
    hostile.start_broker()
    hostile.add_user(USER, PASSWORD, tags="management", permissions=(".*", ".*", ".*"),
                     topic=("amq.topic", "^allowed\\.", "^allowed\\."))


def tearDownModule():
    hostile.stop_broker()


def as_user(method, path, body=None):
    return hostile.management(method, path, body, user=USER, password=PASSWORD)


def publish_body(routing_key):
    return {"routing_key": routing_key, "properties": {}, "payload": "hello",
            "payload_encoding": "string"}


def refused_topic(routing_key):
    return ("403 ACCESS_REFUSED - access to topic '%s' in exchange 'amq.topic' in vhost '/' "
            "refused for user '%s'" % (routing_key, USER))


class Spy:
    """A guest queue bound to amq.topic with `pattern`: what would leak there."""

    def __init__(self, pattern):
        self.queue = hostile.unique("spy")
        self.connection = hostile.connect()
        self.channel = self.connection.channel()
        self.channel.queue_declare(self.queue, auto_delete=True)
        self.channel.queue_bind(self.queue, "amq.topic", pattern)

    def count(self):
        return self.channel.queue_declare(self.queue, passive=True).method.message_count

    def close(self):
        self.connection.close()


class TopicPermissionsOverHttp(unittest.TestCase):
    def test_publishing_with_a_refused_key_is_400_and_delivers_nothing(self):
        spy = Spy("#")
        try:
            with hostile.Bystander(self):
                status, answer = as_user("POST", "exchanges/%2F/amq.topic/publish",
                                         publish_body("secret.x"))
                self.assertEqual(status, 400)
                self.assertEqual(answer, {"error": "bad_request",
                                          "reason": refused_topic("secret.x")})
                status, answer = as_user("POST", "exchanges/%2F/amq.topic/publish",
                                         publish_body("allowed.x"))
                self.assertEqual((status, answer), (200, {"routed": True}))
            self.assertEqual(spy.count(), 1)  # only the allowed one
        finally:
            spy.close()

    def test_binding_with_a_refused_key_is_401_and_reads_nothing(self):
        mine = hostile.unique("mine")
        self.assertEqual(as_user("PUT", "queues/%2F/" + mine, {"durable": False})[0], 201)
        target = hostile.unique("target")
        hostile.management("PUT", "exchanges/%2F/" + target, {"type": "fanout"})
        with hostile.Bystander(self):
            for kind, destination in (("q", mine), ("e", target)):
                with self.subTest(kind):
                    status, answer = as_user(
                        "POST", "bindings/%%2F/e/amq.topic/%s/%s" % (kind, destination),
                        {"routing_key": "secret.#"})
                    self.assertEqual(status, 401)
                    self.assertEqual(answer, {"error": "not_authorised",
                                              "reason": "Access refused."})
            self.assertEqual(as_user("POST", "bindings/%2F/e/amq.topic/q/" + mine,
                                     {"routing_key": "allowed.#"})[0], 201)
            # Another application publishes its secrets: none reach the user's queue.
            other = hostile.connect()
            try:
                other.channel().basic_publish("amq.topic", "secret.x", b"for others only")
            finally:
                other.close()
        status, bindings = hostile.management("GET", "bindings/%2F/e/amq.topic/q/" + mine)
        self.assertEqual(status, 200)
        self.assertEqual([b["routing_key"] for b in bindings], ["allowed.#"])
        status, queue = hostile.management("GET", "queues/%2F/" + mine)
        self.assertEqual(status, 200)
        self.assertEqual(queue.get("messages", 0), 0)

    def test_unbinding_with_a_refused_key_is_401(self):
        mine = hostile.unique("mine")
        hostile.management("PUT", "queues/%2F/" + mine, {"durable": False})
        # An administrator bound it; the user may not take that binding away either.
        self.assertEqual(hostile.management("POST", "bindings/%2F/e/amq.topic/q/" + mine,
                                            {"routing_key": "secret.x"})[0], 201)
        status, _ = as_user("DELETE", "bindings/%%2F/e/amq.topic/q/%s/secret.x" % mine)
        self.assertEqual(status, 401)
        status, bindings = hostile.management("GET", "bindings/%2F/e/amq.topic/q/" + mine)
        self.assertEqual([b["routing_key"] for b in bindings], ["secret.x"])


class InternalExchangeOverHttp(unittest.TestCase):
    def test_publishing_to_an_internal_exchange_is_400_for_everyone(self):
        internal = hostile.unique("internal")
        self.assertEqual(hostile.management("PUT", "exchanges/%2F/" + internal,
                                            {"type": "fanout", "internal": True})[0], 201)
        queue = hostile.unique("behind-internal")
        hostile.management("PUT", "queues/%2F/" + queue, {"durable": False})
        hostile.management("POST", "bindings/%%2F/e/%s/q/%s" % (internal, queue), {})
        expected = {"error": "bad_request",
                    "reason": "403 ACCESS_REFUSED - cannot publish to internal exchange '%s' "
                              "in vhost '/'" % internal}
        with hostile.Bystander(self):
            for who, call in (("administrator", hostile.management), ("management", as_user)):
                with self.subTest(who):
                    status, answer = call("POST", "exchanges/%%2F/%s/publish" % internal,
                                          publish_body("any"))
                    self.assertEqual(status, 400)
                    self.assertEqual(answer, expected)
        status, info = hostile.management("GET", "queues/%2F/" + queue)
        self.assertEqual(status, 200)
        self.assertEqual(info.get("messages", 0), 0)


if __name__ == "__main__":
    unittest.main()
