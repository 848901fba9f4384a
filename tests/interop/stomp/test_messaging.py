"""SEND and SUBSCRIBE on every kind of destination, MESSAGE frames, ack modes, prefetch, NACK,
receipts and transactions, with stomp.py in each version."""

import unittest

from harness import RawStomp, StompTestCase, parse


class DestinationsTest(StompTestCase):

    def roundtrip(self, destination, version="1.2"):
        conn = self.connect(version)
        conn.subscribe(destination, id="s1", receipt="sub")
        conn.recorder.wait_receipt("sub")
        conn.send(destination, "hello " + destination)
        message = conn.recorder.wait_messages(1)[0]
        self.assertEqual(message.body, "hello " + destination)
        return message

    def test_queue(self):
        name = self.unique("q")
        message = self.roundtrip("/queue/" + name)
        self.assertEqual(message.headers["destination"], "/queue/" + name)
        self.assertEqual(message.headers["subscription"], "s1")

    def test_topic(self):
        message = self.roundtrip("/topic/" + self.unique("t"))
        self.assertTrue(message.headers["destination"].startswith("/topic/"))

    def test_exchange_with_and_without_key(self):
        self.assertEqual(self.roundtrip("/exchange/amq.direct/route").headers["destination"],
                         "/exchange/amq.direct/route")
        self.assertEqual(self.roundtrip("/exchange/amq.fanout").headers["destination"],
                         "/exchange/amq.fanout")

    def test_exchange_destination_shows_where_it_was_published(self):
        # RabbitMQ's parsing.py: a SEND to /exchange/amq.topic/KEY arrives as /topic/KEY.
        conn = self.connect("1.2")
        key = self.unique("k")
        conn.subscribe("/topic/" + key, id="s1", receipt="sub")
        conn.recorder.wait_receipt("sub")
        conn.send("/exchange/amq.topic/" + key, "x")
        self.assertEqual(conn.recorder.wait_messages(1)[0].headers["destination"], "/topic/" + key)

    def test_amq_queue_needs_an_existing_queue(self):
        conn = self.connect("1.2")
        conn.subscribe("/amq/queue/" + self.unique("missing"), id="s1")
        error = self.assert_error(conn, "not_found")
        self.assertTrue(error.body.startswith("NOT_FOUND - no queue"), error.body)

    def test_amq_queue_reads_a_declared_queue(self):
        name = self.unique("declared")
        self.connect("1.2").send("/queue/" + name, "first")  # declares it
        conn = self.connect("1.2")
        conn.subscribe("/amq/queue/" + name, id="s1")
        self.assertEqual(conn.recorder.wait_messages(1)[0].body, "first")

    def test_queue_keeps_messages_across_connections(self):
        name = self.unique("kept")
        sender = self.connect("1.1")
        sender.send("/queue/" + name, "kept", receipt="r1")
        sender.recorder.wait_receipt("r1")
        sender.disconnect()
        conn = self.connect("1.2")
        conn.subscribe("/queue/" + name, id="s1")
        self.assertEqual(conn.recorder.wait_messages(1)[0].body, "kept")

    def test_two_subscribers_of_a_queue_share_its_messages(self):
        name = "/queue/" + self.unique("shared")
        a, b = self.connect("1.2"), self.connect("1.2")
        for conn in (a, b):
            conn.subscribe(name, id="s", receipt="sub")
            conn.recorder.wait_receipt("sub")
        a.send(name, "one")
        a.send(name, "two")
        a.recorder.wait(lambda: len(a.recorder.messages) + len(b.recorder.messages) >= 2)
        self.assertEqual(len(a.recorder.messages), 1)
        self.assertEqual(len(b.recorder.messages), 1)

    def test_topic_fans_out(self):
        key = "/topic/" + self.unique("fan")
        subscribers = [self.connect("1.2") for _ in range(3)]
        for conn in subscribers:
            conn.subscribe(key, id="s", receipt="sub")
            conn.recorder.wait_receipt("sub")
        self.connect("1.0").send(key, "to all")
        for conn in subscribers:
            self.assertEqual(conn.recorder.wait_messages(1)[0].body, "to all")

    def test_unsubscribe_stops_deliveries(self):
        name = "/queue/" + self.unique("unsub")
        conn = self.connect("1.2")
        conn.subscribe(name, id="s1", receipt="sub")
        conn.recorder.wait_receipt("sub")
        conn.unsubscribe("s1", receipt="unsub")
        conn.recorder.wait_receipt("unsub")
        conn.send(name, "nobody")
        self.assertEqual(conn.recorder.quiet_for(0.5), 0)

    def test_headers_and_properties_round_trip(self):
        name = "/queue/" + self.unique("props")
        conn = self.connect("1.2")
        conn.subscribe(name, id="s1", receipt="sub")
        conn.recorder.wait_receipt("sub")
        conn.send(name, "body", content_type="text/plain",
                  headers={"persistent": "true", "priority": "5", "correlation-id": "c-1",
                           "reply-to": "/queue/reply", "expiration": "60000",
                           "x-custom-header-1": "value 1", "custom-header-3": "v:3"})
        headers = conn.recorder.wait_messages(1)[0].headers
        self.assertEqual(headers["content-type"], "text/plain")
        self.assertEqual(headers["persistent"], "true")
        self.assertEqual(headers["priority"], "5")
        self.assertEqual(headers["correlation-id"], "c-1")
        self.assertEqual(headers["reply-to"], "/queue/reply")
        self.assertEqual(headers["expiration"], "60000")
        self.assertEqual(headers["x-custom-header-1"], "value 1")
        self.assertEqual(headers["custom-header-3"], "v:3")
        self.assertEqual(headers["redelivered"], "false")

    def test_binary_body_with_nuls(self):
        name = self.unique("bin")
        raw = RawStomp(self.port)
        raw.send(b"CONNECT\naccept-version:1.2\nlogin:guest\npasscode:guest\n\n\0")
        self.assertEqual(parse(raw.frame())[0], b"CONNECTED")
        raw.send(b"SUBSCRIBE\nid:s\ndestination:/queue/%s\nreceipt:r\n\n\0" % name.encode())
        self.assertEqual(parse(raw.frame())[0], b"RECEIPT")
        raw.send(b"SEND\ndestination:/queue/%s\ncontent-length:5\n\na\0b\0c\0" % name.encode())
        command, headers, body = parse(raw.frame())
        self.assertEqual(command, b"MESSAGE")
        self.assertEqual(body, b"a\0b\0c")
        self.assertEqual(headers[-1], (b"content-length", b"5"))
        raw.close()

    def test_message_frame_of_a_subscription_without_id(self):
        # RabbitMQ's parsing.py: a 1.0 subscription without id gets no subscription header and
        # a message-id that starts with Q_ and the destination.
        raw = RawStomp(self.port)
        raw.send(b"CONNECT\nlogin:guest\npasscode:guest\n\n\0")
        self.assertEqual(parse(raw.frame())[0], b"CONNECTED")
        raw.send(b"SUBSCRIBE\ndestination:/exchange/amq.fanout\nreceipt:r\n\n\0")
        self.assertEqual(parse(raw.frame())[0], b"RECEIPT")
        raw.send(b"SEND\ndestination:/exchange/amq.fanout\ncontent-type:text/plain\n"
                 b"content-length:6\n\nhello\n\0")
        frame = raw.frame()
        self.assertRegex(frame, rb"\AMESSAGE\ndestination:/exchange/amq.fanout\n"
                                rb"message-id:Q_/exchange/amq.fanout@@session-[^@]+@@\d+\n"
                                rb"redelivered:false\ncontent-type:text/plain\n"
                                rb"content-length:6\n\nhello\n\x00\Z")
        raw.close()


class AcknowledgementTest(StompTestCase):

    def subscribed(self, version, ack, **headers):
        name = "/queue/" + self.unique("ack")
        conn = self.connect(version)
        conn.subscribe(name, id="s1", ack=ack, receipt="sub", headers=headers)
        conn.recorder.wait_receipt("sub")
        return conn, name

    def ack_id(self, conn, message):
        return message.headers["ack"] if conn.version == "1.2" else message.headers["message-id"]

    def queue_length_after_reconnect(self, name):
        conn = self.connect("1.2")
        conn.subscribe(name, id="count", ack="client-individual")
        return conn.recorder.quiet_for(0.7)

    def test_client_ack_is_cumulative(self):
        for version in ("1.0", "1.1", "1.2"):
            conn, name = self.subscribed(version, "client")
            conn.send(name, "one")
            conn.send(name, "two")
            messages = conn.recorder.wait_messages(2)
            if version == "1.2":
                self.assertEqual(messages[1].headers["ack"], messages[1].headers["message-id"])
                conn.ack(self.ack_id(conn, messages[1]), receipt="acked")
            elif version == "1.1":
                conn.ack(self.ack_id(conn, messages[1]), "s1", receipt="acked")
            else:
                conn.ack(self.ack_id(conn, messages[1]), receipt="acked")
            conn.recorder.wait_receipt("acked")
            conn.disconnect()
            self.assertEqual(self.queue_length_after_reconnect(name), 0, version)

    def test_client_individual_ack_is_single(self):
        conn, name = self.subscribed("1.2", "client-individual")
        conn.send(name, "one")
        conn.send(name, "two")
        messages = conn.recorder.wait_messages(2)
        conn.ack(messages[1].headers["ack"], receipt="acked")
        conn.recorder.wait_receipt("acked")
        conn.disconnect()
        self.assertEqual(self.queue_length_after_reconnect(name), 1)

    def test_unacked_messages_come_back_redelivered(self):
        conn, name = self.subscribed("1.1", "client")
        conn.send(name, "again")
        first = conn.recorder.wait_messages(1)[0]
        self.assertEqual(first.headers["redelivered"], "false")
        conn.disconnect()
        other = self.connect("1.1")
        other.subscribe(name, id="s2", ack="client")
        second = other.recorder.wait_messages(1)[0]
        self.assertEqual(second.body, "again")
        self.assertEqual(second.headers["redelivered"], "true")

    def test_prefetch_count_limits_unacked_deliveries(self):
        conn, name = self.subscribed("1.2", "client-individual", **{"prefetch-count": "5"})
        for i in range(10):
            conn.send(name, str(i))
        conn.recorder.wait_messages(5)
        self.assertEqual(conn.recorder.quiet_for(0.5), 5)
        conn.ack(conn.recorder.messages[0].headers["ack"])
        conn.recorder.wait_messages(6)

    def test_nack_requeues_unless_told_not_to(self):
        conn, name = self.subscribed("1.2", "client-individual")
        conn.send(name, "nacked")
        message = conn.recorder.wait_messages(1)[0]
        conn.nack(message.headers["ack"])
        again = conn.recorder.wait_messages(2)[1]
        self.assertEqual(again.headers["redelivered"], "true")
        conn.nack(again.headers["ack"], requeue="false")
        self.assertEqual(conn.recorder.quiet_for(0.5), 2)

    def test_auto_ack_needs_no_ack(self):
        conn, name = self.subscribed("1.2", "auto")
        conn.send(name, "gone")
        message = conn.recorder.wait_messages(1)[0]
        self.assertNotIn("ack", message.headers)
        conn.disconnect()
        self.assertEqual(self.queue_length_after_reconnect(name), 0)

    def test_ack_after_unsubscribe_finds_no_subscription(self):
        conn, name = self.subscribed("1.2", "client")
        conn.send(name, "x")
        message = conn.recorder.wait_messages(1)[0]
        conn.unsubscribe("s1", receipt="unsub")
        conn.recorder.wait_receipt("unsub")
        conn.ack(message.headers["ack"])
        self.assert_error(conn, "Subscription not found",
                          'Message with id "%s" has no subscription' % message.headers["ack"])


class ReceiptAndTransactionTest(StompTestCase):

    def test_every_receipted_send_gets_its_receipt(self):
        conn = self.connect("1.2")
        name = "/queue/" + self.unique("receipts")
        for i in range(50):
            conn.send(name, "m%d" % i, receipt="r%d" % i, headers={"persistent": "true"})
        conn.recorder.wait(lambda: len(conn.recorder.receipts) >= 50)
        self.assertEqual(sorted(conn.recorder.receipts), sorted("r%d" % i for i in range(50)))

    def test_transaction_delivers_on_commit_only(self):
        name = "/queue/" + self.unique("tx")
        conn = self.connect("1.2")
        conn.subscribe(name, id="s1", receipt="sub")
        conn.recorder.wait_receipt("sub")
        tx = conn.begin()
        conn.send(name, "in tx", transaction=tx, receipt="tx-send")
        conn.send(name, "not in tx")
        self.assertEqual(conn.recorder.wait_messages(1)[0].body, "not in tx")
        self.assertEqual(conn.recorder.quiet_for(0.5), 1)
        self.assertNotIn("tx-send", conn.recorder.receipts)  # only once it is committed
        conn.commit(tx)
        self.assertEqual(conn.recorder.wait_messages(2)[1].body, "in tx")
        conn.recorder.wait_receipt("tx-send")

    def test_aborted_transaction_sends_nothing(self):
        name = "/queue/" + self.unique("abort")
        conn = self.connect("1.1")
        conn.subscribe(name, id="s1", receipt="sub")
        conn.recorder.wait_receipt("sub")
        tx = conn.begin()
        conn.send(name, "never", transaction=tx)
        conn.abort(tx, receipt="aborted")
        conn.recorder.wait_receipt("aborted")
        self.assertEqual(conn.recorder.quiet_for(0.5), 0)

    def test_ack_in_a_transaction_happens_at_commit(self):
        name = "/queue/" + self.unique("txack")
        conn = self.connect("1.2")
        conn.subscribe(name, id="s1", ack="client-individual", receipt="sub")
        conn.recorder.wait_receipt("sub")
        conn.send(name, "to ack")
        message = conn.recorder.wait_messages(1)[0]
        tx = conn.begin()
        conn.ack(message.headers["ack"], transaction=tx)
        conn.abort(tx)
        tx = conn.begin()
        conn.ack(message.headers["ack"], transaction=tx)
        conn.commit(tx, receipt="committed")
        conn.recorder.wait_receipt("committed")
        conn.disconnect()
        check = self.connect("1.2")
        check.subscribe(name, id="c", ack="client-individual")
        self.assertEqual(check.recorder.quiet_for(0.7), 0)


if __name__ == "__main__":
    unittest.main()
