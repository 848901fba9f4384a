"""A slow consumer is its own queue's problem, never every publisher's (RabbitMQ's credit flow
grants a channel credit when a queue takes a message, not when a consumer acks it).

One topic exchange feeds three queues. One queue's consumer is slow (prefetch 1, a few acks a
second), the other two are fast. A publisher sends 50,000 messages: it must finish at its own
pace, never shown in `flow`, the fast consumers must get everything, and the slow queue must
simply hold the backlog. A second test stops five consumers from reading their sockets at
all, so that together they leave more output waiting than the flow threshold: only Warren's
own backlog may pace publishers, and that is not Warren's.

Runs against Warren by default; WARREN_INTEROP_TARGET=rabbitmq WARREN_INTEROP_MANAGEMENT=1
checks the same against RabbitMQ."""

import threading
import time
import unittest

import pika

from flow_support import StateWatcher, connect, queue_info, unique, wait_until

import broker_under_test  # noqa: E402 (flow_support puts it on the path)

MESSAGES = 50000
# A liveness bound, not a timing assertion: with pacing by the slow queue the publisher would
# wait for thousands of acks at a few a second (hours); without it this takes seconds.
DEADLINE = 180

_broker = None


def setUpModule():
    global _broker
    # The slow queue pages its backlog out to the store. On a loaded machine the store's writer
    # may legitimately fall behind and pace publishers for that (Warren's own backlog); what is
    # under test here is that the slow consumer never does, so the store gets room enough.
    _broker = broker_under_test.start(warren_config={"flow_store_backlog": 256 * 1024 * 1024})


def tearDownModule():
    if _broker is not None:
        _broker.stop()


class SlowConsumer(threading.Thread):
    """Prefetch 1 and about five acks a second, on its own connection."""

    def __init__(self, queue):
        super().__init__(daemon=True)
        self.queue = queue
        self.acked = 0
        self.error = None
        self.stopping = threading.Event()
        self.started = threading.Event()

    def run(self):
        try:
            connection = connect(_broker)
            channel = connection.channel()
            channel.basic_qos(prefetch_count=1)
            self.started.set()
            for method, _properties, _body in channel.consume(self.queue, inactivity_timeout=0.2):
                if self.stopping.is_set():
                    break
                if method is None:
                    continue
                connection.sleep(0.2)  # the application is slow
                channel.basic_ack(method.delivery_tag)
                self.acked += 1
            channel.cancel()
            connection.close()
        except Exception as error:
            self.error = error
            self.started.set()


class FastConsumer(threading.Thread):
    def __init__(self, queue, expected):
        super().__init__(daemon=True)
        self.queue = queue
        self.expected = expected
        self.received = []
        self.error = None
        self.started = threading.Event()

    def run(self):
        try:
            connection = connect(_broker)
            channel = connection.channel()
            channel.basic_qos(prefetch_count=1000)
            self.started.set()
            deadline = time.monotonic() + DEADLINE
            for method, _properties, body in channel.consume(self.queue, inactivity_timeout=1):
                if method is not None:
                    self.received.append(int(body))
                    if len(self.received) % 500 == 0 or len(self.received) == self.expected:
                        channel.basic_ack(method.delivery_tag, multiple=True)
                if len(self.received) >= self.expected or time.monotonic() > deadline:
                    break
            channel.cancel()
            connection.close()
        except Exception as error:
            self.error = error
            self.started.set()


class Publisher(threading.Thread):
    """Publishes `count` messages as fast as it can, on a thread: a broker that stops reading
    it blocks it in a socket write, and the test must fail rather than hang."""

    def __init__(self, exchange, routing_key, count, queue_to_sync):
        super().__init__(daemon=True)
        self.exchange, self.routing_key, self.count = exchange, routing_key, count
        self.queue_to_sync = queue_to_sync
        self.published = 0
        self.error = None

    def run(self):
        try:
            connection = connect(_broker)
            channel = connection.channel()
            for i in range(self.count):
                channel.basic_publish(self.exchange, self.routing_key, b"%d" % i)
                self.published += 1
                if i % 1000 == 0:
                    connection.process_data_events(0)
            # Answered only after every publish before it was read and routed.
            channel.queue_declare(self.queue_to_sync, passive=True)
            connection.close()
        except Exception as error:
            self.error = error


class SlowConsumerTest(unittest.TestCase):
    def test_a_slow_consumer_does_not_pace_the_publisher_or_starve_the_other_queues(self):
        exchange = unique("orders")
        slow_queue, fast_queues = unique("slow"), [unique("fast"), unique("fast")]
        with connect(_broker) as setup:
            channel = setup.channel()
            channel.exchange_declare(exchange, "topic")
            for queue in [slow_queue] + fast_queues:
                channel.queue_declare(queue)
                channel.queue_bind(queue, exchange, "order.#")

        slow = SlowConsumer(slow_queue)
        fast = [FastConsumer(queue, MESSAGES) for queue in fast_queues]
        for consumer in [slow] + fast:
            consumer.start()
            consumer.started.wait(30)
        wait_until(lambda: all(queue_info(_broker, q)["consumers"] == 1
                               for q in [slow_queue] + fast_queues), 30, "three consumers")

        with StateWatcher(_broker) as watcher:
            publisher = Publisher(exchange, "order.created.eu", MESSAGES, slow_queue)
            publisher.start()
            publisher.join(DEADLINE)
            self.assertFalse(publisher.is_alive(),
                             "the publisher was held back after %d messages" % publisher.published)
            self.assertIsNone(publisher.error)
            for consumer in fast:
                consumer.join(DEADLINE)
            watcher.poll_once()  # at least once after the last publish
        self.assertIsNone(watcher.error)
        self.assertGreater(watcher.polls, 1)

        slow.stopping.set()
        slow.join(30)
        for consumer in [slow] + fast:
            self.assertIsNone(consumer.error)
        self.assertEqual(publisher.published, MESSAGES)
        for consumer in fast:
            self.assertEqual(consumer.received, list(range(MESSAGES)),
                             "a fast consumer starved behind the slow one")
        self.assertEqual(watcher.seen("flow"), [],
                         "a connection was paced: %r" % watcher.connection_states)
        self.assertEqual(watcher.channels_seen("flow"), [])
        # The slow queue holds the backlog the slow application has not got to yet.
        backlog = queue_info(_broker, slow_queue)
        self.assertGreaterEqual(backlog["messages"] + slow.acked, MESSAGES)
        self.assertGreater(backlog["messages"], MESSAGES // 2)

    def test_consumers_that_stop_reading_their_sockets_never_pace_publishers(self):
        # Five consumers with automatic acks stop reading; each connection's output stops at
        # its own limit (8 MiB in Warren, far fewer messages in RabbitMQ), together more than
        # the 32 MiB at which Warren's socket writer would count as behind. None of that is
        # Warren failing to keep up, so the publisher goes on and the queues take the rest
        # (capped, dropping from the head, so that this test is about sockets, not paging).
        exchange = unique("wide")
        queues = [unique("stuck") for _ in range(5)]
        with connect(_broker) as setup:
            channel = setup.channel()
            channel.exchange_declare(exchange, "fanout")
            for queue in queues:
                channel.queue_declare(queue, arguments={"x-max-length": 1000})
                channel.queue_bind(queue, exchange)
        stuck = []
        for queue in queues:
            connection = connect(_broker)
            connection.channel().basic_consume(queue, lambda *args: None, auto_ack=True)
            stuck.append(connection)  # never asked to read again
        body = b"x" * 1024
        count = 40000  # 40 MiB for each stuck consumer: more than its socket buffers and limit
        with StateWatcher(_broker) as watcher:
            publisher = connect(_broker)
            channel = publisher.channel()
            deadline = time.monotonic() + DEADLINE
            for i in range(count):
                channel.basic_publish(exchange, "", body)
                if i % 1000 == 0:
                    publisher.process_data_events(0)
                    self.assertLess(time.monotonic(), deadline)
            channel.queue_declare(queues[0], passive=True)
            publisher.close()
            watcher.poll_once()
        self.assertIsNone(watcher.error)
        for queue in queues:
            # Its consumer's output is full: the rest waits in the queue.
            self.assertGreater(queue_info(_broker, queue)["messages_ready"], 0)
        self.assertEqual(watcher.seen("flow"), [],
                         "a connection was paced: %r" % watcher.connection_states)
        for connection in stuck:
            try:
                connection.close()
            except pika.exceptions.AMQPError:
                pass


if __name__ == "__main__":
    unittest.main()
