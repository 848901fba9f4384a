"""The ERROR catalogue: every ERROR a client can provoke over TCP, byte for byte as RabbitMQ
3.10's STOMP plugin sends it (message, content-type:text/plain, version:1.0,1.1,1.2, then
content-length; the body exact, never a receipt-id), and which errors close the connection.

RabbitMQ keeps the connection open after most of these; Warren closes it after every ERROR, as
the STOMP specification says. So each case runs on a connection of its own, nothing here relies
on the connection staying open, and on Warren each case also checks that it is closed."""

import time
import unittest

from harness import TARGET, RawStomp, StompTestCase, amqp, error_frame, parse

VALID_TYPES = ("Valid destination types are: /temp-queue, /exchange, /topic, /queue, "
               "/amq/queue, /reply-queue/.\n")


class ErrorTestCase(StompTestCase):

    maxDiff = None

    def raw(self, version="1.2"):
        raw = RawStomp(self.port)
        self.addCleanup(raw.close)
        raw.login(version)
        return raw

    def expect_error(self, raw, message, body, extra=(), closes=False, stays_open=False):
        """The next frame on `raw` is exactly this ERROR; then the connection closes when
        RabbitMQ closes it too (`closes`), and always on Warren unless the ERROR is the
        server's news rather than the client's fault (`stays_open`, on both brokers)."""
        # As text, so that a failure shows the whole frame.
        self.assertEqual(raw.frame().decode(), error_frame(message, body, extra).decode())
        if stays_open:
            self.assertFalse(raw.closed(timeout=0.5), "closed after ERROR %s" % message)
        elif closes or TARGET == "warren":
            self.assertTrue(raw.closed(), "still open after ERROR %s" % message)

    def refused(self, data, message, body, version="1.2", closes=False):
        """`data` (frames) sent on a new connection of `version` get this ERROR first."""
        raw = self.raw(version)
        raw.send(data)
        self.expect_error(raw, message, body, closes=closes)

    def next_frame(self, raw, command):
        frame = raw.frame()
        self.assertEqual(parse(frame)[0], command, frame)
        return parse(frame)


class DestinationErrorTest(ErrorTestCase):

    def send_and_subscribe(self, destination):
        """The SEND and the SUBSCRIBE (with id) of `destination` (bytes), as (name, frame)."""
        return (("SEND", b"SEND\ndestination:%s\nreceipt:r\n\nbody\0" % destination),
                ("SUBSCRIBE", b"SUBSCRIBE\nid:s1\ndestination:%s\nreceipt:r\n\n\0" % destination))

    def test_send_without_destination(self):
        self.refused(b"SEND\nreceipt:r\n\nbody\0", "Missing destination",
                     "\"SEND\" must include a 'destination' header\n")

    def test_subscribe_without_destination(self):
        # RabbitMQ's errors.py.
        self.refused(b"SUBSCRIBE\nid:s1\n\n\0", "Missing destination",
                     "\"SUBSCRIBE\" must include a 'destination' header\n")

    def test_unknown_destination_type(self):
        # RabbitMQ's errors.py: /something/interesting; a name with a slash has no type either.
        for destination in (b"/something/interesting", b"foo/bar"):
            for command, data in self.send_and_subscribe(destination):
                with self.subTest(command=command, destination=destination):
                    self.refused(data, "Unknown destination",
                                 "'%s' is not a valid destination.\n%s"
                                 % (destination.decode(), VALID_TYPES))

    def test_malformed_destinations(self):
        # RabbitMQ's errors.py: the body names what follows the type, and the type's name.
        cases = (
            (b"/queue/bah/baz", "'/bah/baz' is not a valid queue destination\n"),
            (b"/queue", "'' is not a valid queue destination\n"),
            (b"/queue/", "'/' is not a valid queue destination\n"),
            (b"/topic/bah/baz", "'/bah/baz' is not a valid topic destination\n"),
            (b"/topic", "'' is not a valid topic destination\n"),
            (b"/topic/", "'/' is not a valid topic destination\n"),
            (b"/exchange/bah/baz/boo", "'/bah/baz/boo' is not a valid exchange destination\n"),
            (b"/exchange", "'' is not a valid exchange destination\n"),
            (b"/exchange//foo", "'//foo' is not a valid exchange destination\n"),
            (b"/amq/queue/a/b", "'/a/b' is not a valid amqqueue destination\n"),
            (b"/amq/queue", "'' is not a valid amqqueue destination\n"),
            (b"/temp-queue", "'' is not a valid temp_queue destination\n"),
            (b"/reply-queue/", "'/' is not a valid reply_queue destination\n"),
        )
        for destination, body in cases:
            with self.subTest(destination=destination):
                self.refused(b"SEND\ndestination:%s\n\nbody\0" % destination,
                             "Invalid destination", body)
        for destination, body in cases[:2] + cases[3:4] + cases[8:9]:
            with self.subTest(command="SUBSCRIBE", destination=destination):
                self.refused(b"SUBSCRIBE\nid:s1\ndestination:%s\n\n\0" % destination,
                             "Invalid destination", body)

    def test_blank_destination(self):
        for command, data in self.send_and_subscribe(b""):
            with self.subTest(command=command):
                self.refused(data, "Invalid destination", "Destination cannot be blank")

    def test_temp_queue_is_only_a_reply_to(self):
        for command, data in self.send_and_subscribe(b"/temp-queue/foo"):
            with self.subTest(command=command):
                self.refused(data, "Invalid destination",
                             "'/temp-queue/foo' is not a valid destination for '%s'\n" % command)


class HeaderErrorTest(ErrorTestCase):

    def test_message_id_on_send(self):
        # RabbitMQ's connect_disconnect.py.
        self.refused(b"SEND\ndestination:/queue/%s\nmessage-id:1\nreceipt:r\n\nbody\0"
                     % self.unique("mid").encode(),
                     "Invalid header", "'message-id' is not allowed on 'SEND'.\n")

    def test_durable_subscription_needs_an_id(self):
        for header in (b"durable", b"persistent"):
            for command in (b"SUBSCRIBE", b"UNSUBSCRIBE"):
                with self.subTest(command=command, header=header):
                    self.refused(b"%s\ndestination:/topic/durable\n%s:true\n\n\0"
                                 % (command, header),
                                 "Missing Header",
                                 "Header 'id' is required for durable subscriptions")

    def test_duplicate_subscription_id_closes_the_connection(self):
        # RabbitMQ's errors.py, on a transient and on a durable destination.
        for destination, headers in ((b"/exchange/amq.direct/" + self.unique("dup").encode(), b""),
                                     (b"/queue/" + self.unique("dup").encode(),
                                      b"persistent:true\n")):
            with self.subTest(destination=destination):
                subscribe = b"SUBSCRIBE\nid:1\ndestination:%s\n%s\n\0" % (destination, headers)
                self.refused(subscribe + subscribe, "Duplicated subscription identifier",
                             "A subscription identified by 'T_1' already exists.", closes=True)

    def test_duplicate_subscription_without_id_closes_the_connection(self):
        destination = b"/queue/" + self.unique("dup").encode()
        subscribe = b"SUBSCRIBE\ndestination:%s\n\n\0" % destination
        self.refused(subscribe + subscribe, "Duplicated subscription identifier",
                     "A subscription identified by 'Q_%s' already exists." % destination.decode(),
                     closes=True)

    def test_duplicate_subscription_with_stomp_py(self):
        conn = self.connect("1.1")
        name = "/queue/" + self.unique("dup")
        conn.subscribe(name, id="1", receipt="first")
        conn.recorder.wait_receipt("first")
        conn.subscribe(name, id="1")
        self.assert_error(conn, "Duplicated subscription identifier",
                          "A subscription identified by 'T_1' already exists.")
        conn.recorder.wait(lambda: conn.recorder.disconnected)
        self.assertFalse(conn.is_connected())

    def test_unsubscribe_without_id_or_destination(self):
        self.refused(b"UNSUBSCRIBE\nreceipt:r\n\n\0", "Missing destination or id",
                     "UNSUBSCRIBE must include a 'destination' or 'id' header")

    def test_unsubscribe_of_no_subscription(self):
        self.refused(b"UNSUBSCRIBE\nid:nope\n\n\0", "No subscription found",
                     "UNSUBSCRIBE must refer to an existing subscription.\n"
                     "Subscription to \"id='nope'\" not found.\n")
        self.refused(b"UNSUBSCRIBE\ndestination:/queue/nope\n\n\0", "No subscription found",
                     "UNSUBSCRIBE must refer to an existing subscription.\n"
                     "Subscription to \"destination='/queue/nope'\" not found.\n")

    def test_unsubscribe_of_a_temp_queue_id(self):
        self.refused(b"UNSUBSCRIBE\nid:/temp-queue/foo\n\n\0", "Invalid id",
                     "UNSUBSCRIBE 'id' may not start with /temp-queue/\n")

    def test_ack_without_its_header(self):
        for version, header in (("1.0", "message-id"), ("1.1", "message-id"), ("1.2", "id")):
            for command in ("ACK", "NACK"):
                with self.subTest(version=version, command=command):
                    self.refused(b"%s\nsubscription:s1\n\n\0" % command.encode(),
                                 "Missing header",
                                 '"%s" must include the "%s" header\n' % (command, header),
                                 version=version)

    def test_malformed_ack_id(self):
        # An ack id is consumer-tag@@session@@delivery-tag: anything else is no valid id.
        for version, header, value in (("1.2", "id", "garbage"), ("1.1", "message-id", "a@@b"),
                                       ("1.0", "message-id", "a@@b@@c@@d")):
            for command in ("ACK", "NACK"):
                with self.subTest(version=version, command=command):
                    self.refused(b"%s\n%s:%s\n\n\0"
                                 % (command.encode(), header.encode(), value.encode()),
                                 "Invalid header",
                                 '"%s" must include a valid "%s" header\n' % (command, header),
                                 version=version)

    def test_ack_of_no_subscription(self):
        self.refused(b"ACK\nid:T_nope@@session-x@@1\n\n\0", "Subscription not found",
                     'Message with id "T_nope@@session-x@@1" has no subscription')

    def test_ack_of_an_unknown_delivery_tag_closes_the_connection(self):
        # The ack reaches the channel, which knows no delivery 99: a channel error.
        self.refused(b"SUBSCRIBE\nid:s1\ndestination:/queue/%s\nack:client\n\n\0"
                     b"ACK\nid:T_s1@@session-x@@99\n\n\0" % self.unique("ack").encode(),
                     "precondition_failed", "PRECONDITION_FAILED - unknown delivery tag 99",
                     closes=True)

    def test_second_ack_of_a_message_closes_the_connection(self):
        name = self.unique("ack").encode()
        raw = self.raw("1.2")
        raw.send(b"SUBSCRIBE\nid:s1\ndestination:/queue/%s\nack:client-individual\nreceipt:r\n"
                 b"\n\0" % name)
        self.next_frame(raw, b"RECEIPT")
        raw.send(b"SEND\ndestination:/queue/%s\n\nonce\0" % name)
        ack = dict(self.next_frame(raw, b"MESSAGE")[1])[b"ack"]
        raw.send(b"ACK\nid:%s\nreceipt:a1\n\n\0ACK\nid:%s\n\n\0" % (ack, ack))
        self.next_frame(raw, b"RECEIPT")
        self.expect_error(raw, "precondition_failed", "PRECONDITION_FAILED - unknown delivery tag "
                          + ack.decode().rsplit("@@", 1)[1], closes=True)

    def test_ack_of_an_auto_ack_delivery_closes_the_connection(self):
        name = self.unique("auto").encode()
        raw = self.raw("1.1")
        raw.send(b"SUBSCRIBE\nid:s1\ndestination:/queue/%s\nreceipt:r\n\n\0" % name)
        self.next_frame(raw, b"RECEIPT")
        raw.send(b"SEND\ndestination:/queue/%s\n\nauto\0" % name)
        message_id = dict(self.next_frame(raw, b"MESSAGE")[1])[b"message-id"]
        raw.send(b"ACK\nmessage-id:%s\nsubscription:s1\n\n\0" % message_id)
        self.expect_error(raw, "precondition_failed", "PRECONDITION_FAILED - unknown delivery tag "
                          + message_id.decode().rsplit("@@", 1)[1], closes=True)

    def test_values_it_cannot_read_are_a_processing_error(self):
        name = self.unique("pe").encode()
        for data in (b"SUBSCRIBE\nid:s1\ndestination:/queue/%s\nack:sometimes\n\n\0" % name,
                     b"SUBSCRIBE\nid:s1\ndestination:/queue/%s\nprefetch-count:many\n\n\0" % name,
                     b"SUBSCRIBE\nid:s1\ndestination:/queue/%s\nx-max-length:five\n\n\0" % name,
                     b"SUBSCRIBE\nid:/temp-queue/x\ndestination:/queue/%s\n\n\0" % name,
                     b"SEND\ndestination:/queue/%s\npriority:high\n\nbody\0" % name,
                     b"SEND\ndestination:/queue/%s\ntimestamp:now\n\nbody\0" % name,
                     b"SEND\ndestination:/queue/%s\nreply-to:/foo/bar\n\nbody\0" % name,
                     b"SEND\ndestination:/queue/%s\ndurable:maybe\n\nbody\0" % name):
            with self.subTest(frame=data):
                self.refused(data, "Processing error", "Processing error")


class TransactionErrorTest(ErrorTestCase):

    def test_transaction_commands_need_a_transaction(self):
        for command in ("BEGIN", "COMMIT", "ABORT"):
            with self.subTest(command=command):
                self.refused(b"%s\nreceipt:r\n\n\0" % command.encode(), "Missing transaction",
                             "\"%s\" must include a 'transaction' header\n" % command)

    def test_unknown_transaction(self):
        body = 'Invalid transaction identifier: "nope"\n'
        for data in (b"COMMIT\ntransaction:nope\n\n\0", b"ABORT\ntransaction:nope\n\n\0",
                     b"SEND\ndestination:/queue/%s\ntransaction:nope\n\nbody\0"
                     % self.unique("tx").encode()):
            with self.subTest(frame=data):
                self.refused(data, "Bad transaction", body)

    def test_committed_transaction_is_gone(self):
        self.refused(b"BEGIN\ntransaction:t1\n\n\0COMMIT\ntransaction:t1\n\n\0"
                     b"COMMIT\ntransaction:t1\n\n\0",
                     "Bad transaction", 'Invalid transaction identifier: "t1"\n')

    def test_ack_in_an_unknown_transaction(self):
        name = self.unique("txack").encode()
        raw = self.raw("1.2")
        raw.send(b"SUBSCRIBE\nid:s1\ndestination:/queue/%s\nack:client\nreceipt:r\n\n\0" % name)
        self.next_frame(raw, b"RECEIPT")
        raw.send(b"SEND\ndestination:/queue/%s\n\nx\0" % name)
        ack = dict(self.next_frame(raw, b"MESSAGE")[1])[b"ack"]
        raw.send(b"ACK\nid:%s\ntransaction:nope\n\n\0" % ack)
        self.expect_error(raw, "Bad transaction", 'Invalid transaction identifier: "nope"\n')


class CommandErrorTest(ErrorTestCase):

    def test_unknown_command_exact_bytes(self):
        # RabbitMQ's parsing.py, on a 1.0 connection.
        raw = self.raw("1.0")
        raw.send(b"WRONGCOMMAND\nreceipt:r\n\n\0")
        self.assertEqual(raw.frame(),
                         b"ERROR\nmessage:Bad command\ncontent-type:text/plain\n"
                         b"version:1.0,1.1,1.2\ncontent-length:43\n\n"
                         b'Could not interpret command "WRONGCOMMAND"\n\0')

    def test_commands_are_case_sensitive(self):
        self.refused(b"send\ndestination:/queue/x\n\nbody\0", "Bad command",
                     'Could not interpret command "send"\n')

    def test_error_seen_by_stomp_py(self):
        conn = self.connect("1.2")
        conn.send_frame("WRONGCOMMAND", {"receipt": "r"})
        error = self.assert_error(conn, "Bad command",
                                  'Could not interpret command "WRONGCOMMAND"\n')
        self.assertEqual(error.headers["content-type"], "text/plain")
        self.assertEqual(error.headers["version"], "1.0,1.1,1.2")
        self.assertNotIn("receipt-id", error.headers)


class ChannelErrorTest(ErrorTestCase):
    """Errors of the AMQP channel under the STOMP connection: the lower-case AMQP name, the
    broker's explanation, and the connection closed."""

    def test_send_to_a_missing_exchange(self):
        # RabbitMQ's system_SUITE and destinations.py.
        self.refused(b"SEND\ndestination:/exchange/missing-x/k\nreceipt:r\n\nbody\0", "not_found",
                     "NOT_FOUND - no exchange 'missing-x' in vhost '/'", closes=True)

    def test_subscribe_to_a_missing_exchange(self):
        self.refused(b"SUBSCRIBE\nid:s1\ndestination:/exchange/missing-x\n\n\0", "not_found",
                     "NOT_FOUND - no exchange 'missing-x' in vhost '/'", closes=True)

    def test_subscribe_to_a_missing_amq_queue(self):
        name = self.unique("missing")
        self.refused(b"SUBSCRIBE\nid:s1\ndestination:/amq/queue/%s\n\n\0" % name.encode(),
                     "not_found", "NOT_FOUND - no queue '%s' in vhost '/'" % name, closes=True)

    def test_stomp_py_sees_the_missing_exchange_and_is_disconnected(self):
        conn = self.connect("1.2")
        conn.send("/exchange/missing-x/k", "body")
        error = self.assert_error(conn, "not_found")
        self.assertRegex(error.body, "^NOT_FOUND")
        conn.recorder.wait(lambda: conn.recorder.disconnected)

    def test_queue_arguments_that_differ(self):
        name = self.unique("args")
        first = self.connect("1.2")
        first.send("/queue/" + name, "declares it", receipt="r")
        first.recorder.wait_receipt("r")
        self.refused(b"SUBSCRIBE\nid:s1\ndestination:/queue/%s\nx-max-length:5\n\n\0"
                     % name.encode(), "precondition_failed",
                     "PRECONDITION_FAILED - inequivalent arg 'x-max-length' for queue '%s' in "
                     "vhost '/': received the value '5' of type 'long' but current is none" % name,
                     closes=True)

    def test_non_persistent_send_to_a_shared_queue(self):
        # persistent:false declares the queue exclusive (and not durable): the queue another
        # connection declared is locked, which RabbitMQ checks before durable.
        name = "lk%d" % (time.time() * 1000 % 100000)
        first = self.connect("1.2")
        first.send("/queue/" + name, "declares it", receipt="r")
        first.recorder.wait_receipt("r")
        self.refused(b"SEND\ndestination:/queue/%s\npersistent:false\n\nbody\0" % name.encode(),
                     "resource_locked",
                     "RESOURCE_LOCKED - cannot obtain exclusive access to locked queue '%s' in "
                     "vhost '/'. It could be originally declared on another connection or the "
                     "exclusive property value does not match that of the original declaration."
                     % name, closes=True)

    def test_error_text_is_cut_as_an_amqp_reply_text(self):
        # The explanation is AMQP's reply-text, a short string: RabbitMQ cuts it to 255 bytes,
        # the last three "...".
        exchange = ("missing-" + self.unique("x") + "-" * 230)[:230]
        full = "NOT_FOUND - no exchange '%s' in vhost '/'" % exchange
        self.assertGreater(len(full), 255)
        self.refused(b"SEND\ndestination:/exchange/%s/k\n\nbody\0" % exchange.encode(),
                     "not_found", full[:252] + "...", closes=True)

    def test_user_id_of_someone_else(self):
        self.refused(b"SEND\ndestination:/queue/%s\nuser-id:bob\n\nbody\0"
                     % self.unique("uid").encode(), "precondition_failed",
                     "PRECONDITION_FAILED - user_id property set to 'bob' but authenticated user "
                     "was 'guest'", closes=True)

    def test_expiration_that_is_no_number(self):
        self.refused(b"SEND\ndestination:/queue/%s\nexpiration:abc\n\nbody\0"
                     % self.unique("exp").encode(), "precondition_failed",
                     "PRECONDITION_FAILED - invalid expiration 'abc': no_integer", closes=True)


class CancelledSubscriptionTest(ErrorTestCase):

    def test_deleted_queue_cancels_the_subscription(self):
        for sub_id, subscription, what in ((b"id:s1\n", b"s1", "id='s1'"),
                                           (b"", None, None)):
            with self.subTest(id=sub_id):
                name = self.unique("deleted")
                destination = "/amq/queue/" + name
                if subscription is None:
                    subscription = destination.encode()
                    what = "destination='%s'" % destination
                connection = amqp(self.broker)
                self.addCleanup(connection.close)
                connection.channel().queue_declare(name)
                raw = self.raw("1.2")
                raw.send(b"SUBSCRIBE\n%sdestination:%s\nreceipt:r\n\n\0"
                         % (sub_id, destination.encode()))
                self.next_frame(raw, b"RECEIPT")
                connection.channel().queue_delete(name)
                self.expect_error(raw, "Server cancelled subscription",
                                  "The server has canceled a subscription.\n"
                                  "No more messages will be delivered for \"%s\".\n" % what,
                                  extra=((b"subscription", subscription),), stays_open=True)


if __name__ == "__main__":
    unittest.main()
