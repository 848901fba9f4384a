"""Routing semantics of the direct, fanout, topic and headers exchange types.

Each test binds one queue per binding (key or header table) to a fresh
exchange, publishes a set of messages on a confirm channel (so routing is done
when publish returns) and compares what each queue received with the table of
expected matches, which was recorded against RabbitMQ 3.10.
"""

import unittest

import pika

from harness import BrokerTestCase, setUpModule, tearDownModule  # noqa: F401


class RoutingTestCase(BrokerTestCase):

    def route(self, exchange_type, bindings, messages):
        """bindings: {label: (routing_key, arguments)}; messages: {body: (key, headers)}.

        Returns {label: [bodies received, in publish order]}.
        """
        x = self.declare_exchange(exchange_type)
        queues = {}
        for label, (key, args) in bindings.items():
            queues[label] = self.declare_queue()
            self.ch.queue_bind(queues[label], x, key, arguments=args)
        pub = self.conn.channel()
        pub.confirm_delivery()
        for body, (key, headers) in messages.items():
            pub.basic_publish(x, key, body.encode(), pika.BasicProperties(headers=headers))
        return {label: [b.decode() for b in self.drain_bodies(q)] for label, q in queues.items()}

    def topic(self, binding_keys, routing_keys):
        got = self.route("topic", {b: (b, None) for b in binding_keys},
                         {k or "<empty>": (k, None) for k in routing_keys})
        return got


class DirectFanoutTest(RoutingTestCase):

    def test_direct_matches_whole_key_exactly(self):
        got = self.route("direct", {"a": ("a", None), "a.b": ("a.b", None), "A": ("A", None)},
                         {"m1": ("a", None), "m2": ("a.b", None), "m3": ("a.*", None),
                          "m4": ("b", None)})
        self.assertEqual(got, {"a": ["m1"], "a.b": ["m2"], "A": []})

    def test_direct_same_key_to_many_queues(self):
        got = self.route("direct", {"q1": ("k", None), "q2": ("k", None)}, {"m": ("k", None)})
        self.assertEqual(got, {"q1": ["m"], "q2": ["m"]})

    def test_fanout_ignores_routing_key(self):
        got = self.route("fanout", {"q1": ("", None), "q2": ("something", None)},
                         {"m1": ("", None), "m2": ("other", None)})
        self.assertEqual(got, {"q1": ["m1", "m2"], "q2": ["m1", "m2"]})


class SenderSelectedDistributionTest(RoutingTestCase):
    """RabbitMQ extension: CC/BCC headers (arrays of longstr) add routing keys."""

    def test_cc_header_adds_routing_keys(self):
        got = self.route("direct", {"main": ("main", None), "cc": ("cc", None), "other": ("o", None)},
                         {"m": ("main", {"CC": ["cc"]})})
        self.assertEqual(got, {"main": ["m"], "cc": ["m"], "other": []})

    def test_bcc_header_routes_and_is_removed(self):
        x = self.declare_exchange("direct")
        main, bcc = self.declare_queue(), self.declare_queue()
        self.ch.queue_bind(main, x, "main")
        self.ch.queue_bind(bcc, x, "bcc")
        self.publish_confirmed(x, "main", [b"m"],
                               pika.BasicProperties(headers={"CC": ["main"], "BCC": ["bcc"]}))
        for q in (main, bcc):
            method, props, _body = self.get_message(q)
            self.assertEqual(method.routing_key, "main")
            self.assertEqual(props.headers, {"CC": ["main"]})


class TopicTest(RoutingTestCase):

    def test_literal_binding_matches_only_itself(self):
        got = self.topic(["a.b.c"], ["a.b.c", "a.b", "a.b.c.d", "A.b.c"])
        self.assertEqual(got, {"a.b.c": ["a.b.c"]})

    def test_star_matches_exactly_one_word(self):
        got = self.topic(["*", "a.*", "*.*", "a.*.c"],
                         ["", "a", "a.b", "a.b.c", "a.b.b.c", "a.c", "b"])
        self.assertEqual(got, {
            "*": ["a", "b"],
            "a.*": ["a.b", "a.c"],
            "*.*": ["a.b", "a.c"],
            "a.*.c": ["a.b.c"],
        })

    def test_hash_matches_zero_or_more_words(self):
        got = self.topic(["#", "a.#", "#.b", "#.#"],
                         ["", "a", "b", "a.b", "a.b.c", "x.y.b"])
        self.assertEqual(got, {
            "#": ["<empty>", "a", "b", "a.b", "a.b.c", "x.y.b"],
            "a.#": ["a", "a.b", "a.b.c"],
            "#.b": ["b", "a.b", "x.y.b"],
            "#.#": ["<empty>", "a", "b", "a.b", "a.b.c", "x.y.b"],
        })

    def test_hash_between_words(self):
        got = self.topic(["a.#.b", "a.#.#.b"],
                         ["a.b", "a.x.b", "a.x.y.b", "a.b.c", "a", "b", "x.a.b"])
        self.assertEqual(got, {
            "a.#.b": ["a.b", "a.x.b", "a.x.y.b"],
            "a.#.#.b": ["a.b", "a.x.b", "a.x.y.b"],
        })

    def test_star_and_hash_together_need_at_least_one_word(self):
        got = self.topic(["*.#", "#.*"], ["", "a", "a.b"])
        self.assertEqual(got, {"*.#": ["a", "a.b"], "#.*": ["a", "a.b"]})

    def test_empty_words_are_words(self):
        # "a." is the two words "a" and "" -- so it matches "a.*" but not "*".
        got = self.topic(["*", "a.*", "*.*", "a..b", "", "*.#"],
                         ["", "a.", ".a", "a..b", ".."])
        self.assertEqual(got, {
            "*": [],
            "a.*": ["a."],
            "*.*": ["a.", ".a"],
            "a..b": ["a..b"],
            "": ["<empty>"],
            "*.#": ["a.", ".a", "a..b", ".."],
        })

    def test_matching_is_case_sensitive(self):
        got = self.topic(["a.*"], ["A.b", "a.B"])
        self.assertEqual(got, {"a.*": ["a.B"]})

    def test_overlapping_bindings_to_one_queue_deliver_once(self):
        x = self.declare_exchange("topic")
        q = self.declare_queue()
        for key in ("a.*", "a.#", "#", "a.b"):
            self.ch.queue_bind(q, x, key)
        self.publish_confirmed(x, "a.b", [b"once"])
        self.assertEqual(self.drain_bodies(q), [b"once"])


class HeadersTest(RoutingTestCase):

    MESSAGES = {
        "none": ("", None),
        "a1": ("", {"a": 1}),
        "a1bx": ("", {"a": 1, "b": "x"}),
        "a1by": ("", {"a": 1, "b": "y"}),
        "bx": ("", {"b": "x"}),
        "a1xfoo": ("", {"a": 1, "x-foo": "y"}),
        "xfoo": ("", {"x-foo": "y"}),
        "a-str": ("", {"a": "1"}),
        "a-true": ("", {"a": True}),
        "a2": ("", {"a": 2}),
    }

    def headers(self, bindings):
        return self.route("headers", {label: ("", args) for label, args in bindings.items()},
                          self.MESSAGES)

    def test_all_requires_every_header(self):
        got = self.headers({"explicit": {"x-match": "all", "a": 1, "b": "x"},
                            "default": {"a": 1, "b": "x"}})
        self.assertEqual(got, {"explicit": ["a1bx"], "default": ["a1bx"]})

    def test_any_requires_one_header(self):
        got = self.headers({"any": {"x-match": "any", "a": 1, "b": "x"}})
        self.assertEqual(got, {"any": ["a1", "a1bx", "a1by", "bx", "a1xfoo"]})

    def test_values_must_have_the_same_type(self):
        got = self.headers({"int": {"a": 1}, "str": {"a": "1"}, "bool": {"a": True}})
        self.assertEqual(got, {"int": ["a1", "a1bx", "a1by", "a1xfoo"],
                               "str": ["a-str"], "bool": ["a-true"]})

    def test_void_binding_value_matches_any_value(self):
        got = self.headers({"present": {"x-match": "all", "a": None}})
        self.assertEqual(got, {"present": ["a1", "a1bx", "a1by", "a1xfoo", "a-str", "a-true", "a2"]})

    def test_all_and_any_ignore_x_prefixed_binding_args(self):
        got = self.headers({"all": {"x-match": "all", "a": 1, "x-foo": "y"},
                            "any": {"x-match": "any", "x-foo": "y"}})
        self.assertEqual(got, {"all": ["a1", "a1bx", "a1by", "a1xfoo"], "any": []})

    def test_with_x_variants_consider_x_prefixed_args(self):
        got = self.headers({"all": {"x-match": "all-with-x", "a": 1, "x-foo": "y"},
                            "any": {"x-match": "any-with-x", "x-foo": "y"}})
        self.assertEqual(got, {"all": ["a1xfoo"], "any": ["a1xfoo", "xfoo"]})

    def test_empty_binding_all_matches_everything_any_matches_nothing(self):
        got = self.headers({"all": {"x-match": "all"}, "any": {"x-match": "any"}, "none": {}})
        self.assertEqual(got, {"all": list(self.MESSAGES), "any": [], "none": list(self.MESSAGES)})

    def test_headers_exchange_ignores_routing_key(self):
        x = self.declare_exchange("headers")
        q = self.declare_queue()
        self.ch.queue_bind(q, x, "some-key", arguments={"a": 1})
        self.publish_confirmed(x, "other-key", [b"m"], pika.BasicProperties(headers={"a": 1}))
        self.assertEqual(self.drain_bodies(q), [b"m"])

    def test_invalid_x_match_is_406(self):
        x = self.declare_exchange("headers")
        q = self.declare_queue()
        with self.assertChannelClosed(406) as cm:
            self.ch.queue_bind(q, x, arguments={"x-match": "nope", "a": 1})
        self.assertEqual(cm.exception.reply_text,
                         'PRECONDITION_FAILED - Invalid x-match field value <<"nope">>; '
                         'expected all, any, all-with-x, or any-with-x')

    def test_amq_match_routes_on_headers(self):
        q = self.declare_queue()
        self.ch.queue_bind(q, "amq.match", arguments={"x-match": "any", "tag": q})
        self.publish_confirmed("amq.match", "", [b"m"], pika.BasicProperties(headers={"tag": q}))
        self.assertEqual(self.drain_bodies(q), [b"m"])


if __name__ == "__main__":
    unittest.main()
