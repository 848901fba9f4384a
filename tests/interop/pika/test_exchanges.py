"""Exchange declaration, deletion, binding rules and the errors around them."""

import unittest

import pika

from harness import BrokerTestCase, setUpModule, tearDownModule, unique  # noqa: F401


class DeclareTest(BrokerTestCase):

    def test_declare_each_builtin_type(self):
        for kind in ("direct", "fanout", "topic", "headers"):
            with self.subTest(type=kind):
                name = self.declare_exchange(kind)
                # passive declare succeeds once it exists
                self.ch.exchange_declare(name, passive=True)

    def test_redeclare_with_same_properties_is_idempotent(self):
        name = self.declare_exchange("topic", durable=True)
        self.ch.exchange_declare(name, "topic", durable=True)

    def test_passive_declare_of_missing_exchange_is_404(self):
        name = unique("missing")
        with self.assertChannelClosed(404) as cm:
            self.ch.exchange_declare(name, passive=True)
        self.assertEqual(cm.exception.reply_text,
                         "NOT_FOUND - no exchange '%s' in vhost '/'" % name)

    def test_redeclare_with_other_type_is_406(self):
        name = self.declare_exchange("direct")
        with self.assertChannelClosed(406) as cm:
            self.ch.exchange_declare(name, "fanout")
        self.assertEqual(
            cm.exception.reply_text,
            "PRECONDITION_FAILED - inequivalent arg 'type' for exchange '%s' in vhost '/': "
            "received 'fanout' but current is 'direct'" % name)

    def test_redeclare_with_other_durability_is_406(self):
        name = self.declare_exchange("direct")
        with self.assertChannelClosed(406) as cm:
            self.ch.exchange_declare(name, "direct", durable=True)
        self.assertEqual(
            cm.exception.reply_text,
            "PRECONDITION_FAILED - inequivalent arg 'durable' for exchange '%s' in vhost '/': "
            "received 'true' but current is 'false'" % name)

    def test_unknown_exchange_type_is_503_connection_error(self):
        # Not a channel error: RabbitMQ closes the whole connection.
        with self.assertConnectionClosed(503) as cm:
            self.ch.exchange_declare(unique("weird"), "x-no-such-type")
        self.assertEqual(cm.exception.reply_text,
                         "COMMAND_INVALID - unknown exchange type 'x-no-such-type'")

    def test_declaring_amq_prefixed_name_is_403(self):
        with self.assertChannelClosed(403) as cm:
            self.ch.exchange_declare("amq.custom", "direct")
        self.assertEqual(cm.exception.reply_text,
                         "ACCESS_REFUSED - exchange name 'amq.custom' contains reserved prefix 'amq.*'")

    def test_predeclared_exchanges_exist_with_their_types(self):
        # Redeclaring with matching type and durability is allowed even for amq.*.
        for name, kind in (("amq.direct", "direct"), ("amq.fanout", "fanout"),
                           ("amq.topic", "topic"), ("amq.headers", "headers"),
                           ("amq.match", "headers")):
            with self.subTest(exchange=name):
                self.ch.exchange_declare(name, passive=True)
                self.ch.exchange_declare(name, kind, durable=True)

    def test_redeclaring_predeclared_exchange_as_non_durable_is_406(self):
        with self.assertChannelClosed(406, "inequivalent arg 'durable' for exchange 'amq.direct'"):
            self.ch.exchange_declare("amq.direct", "direct", durable=False)


class DefaultExchangeTest(BrokerTestCase):

    def test_default_exchange_routes_by_queue_name(self):
        q = self.declare_queue()
        self.publish_confirmed("", q, [b"hello"])
        self.assertEqual(self.drain_bodies(q), [b"hello"])

    def test_declaring_the_default_exchange_is_403(self):
        with self.assertChannelClosed(403) as cm:
            self.ch.exchange_declare("", passive=True)
        self.assertEqual(cm.exception.reply_text,
                         "ACCESS_REFUSED - operation not permitted on the default exchange")

    def test_binding_to_the_default_exchange_is_403(self):
        q = self.declare_queue()
        with self.assertChannelClosed(403, "operation not permitted on the default exchange"):
            self.ch.queue_bind(q, "", routing_key="other")

    def test_amq_default_is_not_an_alias(self):
        with self.assertChannelClosed(404, "no exchange 'amq.default' in vhost '/'"):
            self.ch.exchange_declare("amq.default", passive=True)


class DeleteTest(BrokerTestCase):

    def test_delete_removes_exchange(self):
        name = self.declare_exchange("fanout")
        self.ch.exchange_delete(name)
        with self.assertChannelClosed(404):
            self.ch.exchange_declare(name, passive=True)

    def test_deleting_missing_exchange_succeeds(self):
        # RabbitMQ 3.x treats delete as idempotent.
        self.ch.exchange_delete(unique("missing"))
        self.assertTrue(self.ch.is_open)

    def test_delete_if_unused_with_bindings_is_406(self):
        name = self.declare_exchange("direct")
        q = self.declare_queue()
        self.ch.queue_bind(q, name, "k")
        with self.assertChannelClosed(406) as cm:
            self.ch.exchange_delete(name, if_unused=True)
        self.assertEqual(cm.exception.reply_text,
                         "PRECONDITION_FAILED - exchange '%s' in vhost '/' in use" % name)

    def test_delete_if_unused_without_bindings_deletes(self):
        name = self.declare_exchange("direct")
        self.ch.exchange_delete(name, if_unused=True)
        with self.assertChannelClosed(404):
            self.ch.exchange_declare(name, passive=True)

    def test_being_only_a_binding_destination_does_not_count_as_used(self):
        source = self.declare_exchange("fanout")
        dest = self.declare_exchange("fanout")
        self.ch.exchange_bind(dest, source)
        self.ch.exchange_delete(dest, if_unused=True)
        with self.assertChannelClosed(404):
            self.ch.exchange_declare(dest, passive=True)

    def test_deleting_predeclared_exchange_is_403(self):
        with self.assertChannelClosed(403) as cm:
            self.ch.exchange_delete("amq.direct")
        self.assertEqual(cm.exception.reply_text,
                         "ACCESS_REFUSED - deletion of system exchange 'amq.direct' in vhost '/' not allowed")

    def test_auto_delete_exchange_goes_when_last_binding_goes(self):
        name = self.declare_exchange("direct", auto_delete=True)
        q = self.declare_queue()
        self.ch.queue_bind(q, name, "k")
        self.ch.exchange_declare(name, passive=True)
        self.ch.queue_unbind(q, name, "k")
        with self.assertChannelClosed(404):
            self.ch.exchange_declare(name, passive=True)


class PublishTest(BrokerTestCase):

    def test_publish_to_missing_exchange_is_404(self):
        name = unique("missing")
        with self.assertChannelClosed(404) as cm:
            self.ch.basic_publish(name, "k", b"x")
            self.ch.queue_declare("", exclusive=True)  # sync point
        self.assertEqual(cm.exception.reply_text,
                         "NOT_FOUND - no exchange '%s' in vhost '/'" % name)

    def test_publish_to_internal_exchange_is_403(self):
        name = self.declare_exchange("fanout", internal=True)
        with self.assertChannelClosed(403) as cm:
            self.ch.basic_publish(name, "", b"x")
            self.ch.queue_declare("", exclusive=True)
        self.assertEqual(cm.exception.reply_text,
                         "ACCESS_REFUSED - cannot publish to internal exchange '%s' in vhost '/'" % name)

    def test_internal_exchange_routes_from_exchange_binding(self):
        front = self.declare_exchange("fanout")
        internal = self.declare_exchange("fanout", internal=True)
        q = self.declare_queue()
        self.ch.exchange_bind(internal, front)
        self.ch.queue_bind(q, internal)
        self.publish_confirmed(front, "", [b"via-internal"])
        self.assertEqual(self.drain_bodies(q), [b"via-internal"])


class BindingTest(BrokerTestCase):

    def test_binding_missing_queue_is_404(self):
        name = unique("missing")
        with self.assertChannelClosed(404, "no queue '%s' in vhost '/'" % name):
            self.ch.queue_bind(name, "amq.direct", "k")

    def test_binding_to_missing_exchange_is_404(self):
        q = self.declare_queue()
        name = unique("missing")
        with self.assertChannelClosed(404, "no exchange '%s' in vhost '/'" % name):
            self.ch.queue_bind(q, name, "k")

    def test_unbinding_a_missing_binding_succeeds(self):
        q = self.declare_queue()
        self.ch.queue_unbind(q, "amq.direct", "never-bound")
        self.assertTrue(self.ch.is_open)

    def test_unbinding_from_a_missing_queue_succeeds(self):
        # RabbitMQ 3.x: unbinding is idempotent; aio-pika's RPC unbinds after its
        # auto-delete reply queue is already gone and must not lose the channel.
        self.ch.queue_unbind(unique("gone"), "amq.direct", "k")
        self.assertTrue(self.ch.is_open)
        self.declare_queue()  # the channel still works

    def test_unbinding_from_a_missing_exchange_succeeds(self):
        q = self.declare_queue()
        self.ch.queue_unbind(q, unique("no-such-exchange"), "k")
        self.assertTrue(self.ch.is_open)

    def test_unbinding_a_missing_queue_from_a_missing_exchange_succeeds(self):
        self.ch.queue_unbind(unique("gone"), unique("no-such-exchange"), "k")
        self.assertTrue(self.ch.is_open)

    def test_binding_a_missing_queue_is_still_404(self):
        name = unique("gone")
        with self.assertChannelClosed(404) as cm:
            self.ch.queue_bind(name, "amq.direct", "k")
        self.assertEqual(cm.exception.reply_text,
                         "NOT_FOUND - no queue '%s' in vhost '/'" % name)

    def test_exchange_unbind_of_missing_source_or_destination_succeeds(self):
        existing = self.declare_exchange("direct")
        self.ch.exchange_unbind(existing, unique("no-source"), "k")
        self.ch.exchange_unbind(unique("no-destination"), existing, "k")
        self.ch.exchange_unbind(existing, existing, "never-bound")
        self.assertTrue(self.ch.is_open)

    def test_unbind_stops_routing(self):
        x = self.declare_exchange("direct")
        q = self.declare_queue()
        self.ch.queue_bind(q, x, "k")
        self.ch.queue_unbind(q, x, "k")
        self.publish_confirmed(x, "k", [b"lost"])
        self.assertEqual(self.message_count(q), 0)

    def test_exchange_to_exchange_binding_routes(self):
        source = self.declare_exchange("direct")
        dest = self.declare_exchange("topic")
        q = self.declare_queue()
        self.ch.exchange_bind(dest, source, "a.b")
        self.ch.queue_bind(q, dest, "a.*")
        self.publish_confirmed(source, "a.b", [b"routed"])
        self.publish_confirmed(source, "a.c", [b"not-bound-on-source"])
        self.assertEqual(self.drain_bodies(q), [b"routed"])

    def test_exchange_unbind_stops_routing(self):
        source = self.declare_exchange("fanout")
        dest = self.declare_exchange("fanout")
        q = self.declare_queue()
        self.ch.exchange_bind(dest, source)
        self.ch.queue_bind(q, dest)
        self.ch.exchange_unbind(dest, source)
        self.publish_confirmed(source, "", [b"lost"])
        self.assertEqual(self.message_count(q), 0)

    def test_exchange_binding_to_missing_destination_is_404(self):
        source = self.declare_exchange("fanout")
        name = unique("missing")
        with self.assertChannelClosed(404, "no exchange '%s' in vhost '/'" % name):
            self.ch.exchange_bind(name, source)

    def test_queue_reached_by_two_paths_gets_one_copy(self):
        source = self.declare_exchange("fanout")
        middle = self.declare_exchange("fanout")
        q = self.declare_queue()
        self.ch.exchange_bind(middle, source)
        self.ch.queue_bind(q, source)
        self.ch.queue_bind(q, middle)
        self.publish_confirmed(source, "", [b"once"])
        self.assertEqual(self.drain_bodies(q), [b"once"])

    def test_exchange_binding_cycle_delivers_once(self):
        a = self.declare_exchange("fanout")
        b = self.declare_exchange("fanout")
        q = self.declare_queue()
        self.ch.exchange_bind(b, a)
        self.ch.exchange_bind(a, b)
        self.ch.queue_bind(q, b)
        self.publish_confirmed(a, "", [b"once"])
        self.assertEqual(self.drain_bodies(q), [b"once"])


class AlternateExchangeTest(BrokerTestCase):

    def test_unroutable_messages_go_to_alternate_exchange(self):
        ae = self.declare_exchange("fanout")
        main = self.declare_exchange("direct", arguments={"alternate-exchange": ae})
        routed_q, ae_q = self.declare_queue(), self.declare_queue()
        self.ch.queue_bind(routed_q, main, "known")
        self.ch.queue_bind(ae_q, ae)
        self.publish_confirmed(main, "known", [b"routed"])
        self.publish_confirmed(main, "unknown", [b"alternate"])
        self.assertEqual(self.drain_bodies(routed_q), [b"routed"])
        self.assertEqual(self.drain_bodies(ae_q), [b"alternate"])

    def test_alternate_exchange_keeps_routing_key(self):
        ae = self.declare_exchange("direct")
        main = self.declare_exchange("direct", arguments={"alternate-exchange": ae})
        q = self.declare_queue()
        self.ch.queue_bind(q, ae, "orig-key")
        self.publish_confirmed(main, "orig-key", [b"m"])
        method, _props, _body = self.get_message(q)
        self.assertEqual((method.exchange, method.routing_key), (main, "orig-key"))

    def test_mandatory_message_taken_by_alternate_exchange_is_not_returned(self):
        ae = self.declare_exchange("fanout")
        main = self.declare_exchange("direct", arguments={"alternate-exchange": ae})
        q = self.declare_queue()
        self.ch.queue_bind(q, ae)
        returned = []
        self.ch.add_on_return_callback(lambda *args: returned.append(args))
        self.ch.confirm_delivery()
        self.ch.basic_publish(main, "nowhere", b"m", mandatory=True)  # no UnroutableError
        self.assertEqual(returned, [])
        self.assertEqual(self.drain_bodies(q), [b"m"])

    def test_missing_alternate_exchange_leaves_message_unroutable(self):
        main = self.declare_exchange("direct", arguments={"alternate-exchange": unique("missing")})
        self.ch.confirm_delivery()
        with self.assertRaises(pika.exceptions.UnroutableError):
            self.ch.basic_publish(main, "nowhere", b"m", mandatory=True)


if __name__ == "__main__":
    unittest.main()
