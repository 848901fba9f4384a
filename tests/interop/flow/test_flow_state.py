"""When Warren does pace a publisher, it says so where users look. Pacing is for Warren's own
backlogs only; here the store's is made tiny (`flow_store_backlog`: 1 byte), so every write
queued for the store's writer thread counts as falling behind, and a burst of persistent
messages is paced deterministically. The publisher's connection and channel then show `flow`
in /api/connections and /api/channels (RabbitMQ's word), go back to `running` when Warren has
caught up, a connection that only consumes is never paced, nothing published is lost, and the
log says when pacing started (naming the cause) and when it ended.

Warren only: it configures Warren's threshold."""

import time
import unittest

import pika

from flow_support import StateWatcher, api, connect, queue_info, unique, wait_until

import broker_under_test  # noqa: E402 (flow_support puts it on the path)

MESSAGES = 1000

_broker = None


def setUpModule():
    global _broker
    if broker_under_test.target() != "warren":
        raise AssertionError("this suite configures Warren's flow threshold; run it on warren")
    _broker = broker_under_test.start(warren_config={"flow_store_backlog": 1})


def tearDownModule():
    if _broker is not None:
        _broker.stop()


class FlowStateTest(unittest.TestCase):
    def test_a_paced_publisher_shows_flow_until_warren_catches_up(self):
        queue, other = unique("durable"), unique("other")
        consumer = connect(_broker)
        consuming = consumer.channel()
        consuming.queue_declare(other)
        consuming.basic_consume(other, lambda ch, method, props, body: None, auto_ack=True)

        publisher = connect(_broker)
        channel = publisher.channel()
        channel.queue_declare(queue, durable=True)
        persistent = pika.BasicProperties(delivery_mode=2)
        with StateWatcher(_broker, interval=0.02) as watcher:
            for i in range(MESSAGES):
                channel.basic_publish("", queue, b"%d" % i, persistent)
                if i % 100 == 0:
                    publisher.process_data_events(0)
                    consumer.process_data_events(0)
            channel.queue_declare(queue, durable=True, passive=True)  # all read and routed
            watcher.poll_once()
        self.assertIsNone(watcher.error)

        paced = watcher.seen("flow")
        self.assertEqual(len(paced), 1, "expected the publisher alone in flow: %r"
                         % watcher.connection_states)
        self.assertEqual(watcher.channels_seen("flow"), ["%s (1)" % paced[0]])
        # The consumer's connection was read all along.
        for name, states in watcher.connection_states.items():
            if name != paced[0]:
                self.assertEqual(states, {"running"}, name)

        # Paced, not dropped: every message is in the queue.
        self.assertEqual(queue_info(_broker, queue)["messages"], MESSAGES)
        # The state is RabbitMQ's: `flow` for a few seconds after the last pause, then
        # `running` again while the connection stays open.
        wait_until(lambda: {c["name"]: c["state"] for c in api(_broker, "connections")}
                   .get(paced[0]) == "running", 30, "the publisher to show running again")
        wait_until(lambda: "flow control ended" in _broker.log_tail(20000), 30,
                   "the log line that says flow control ended")
        log = _broker.log_tail(20000)
        self.assertIn("flow control: the store's writer thread has", log)
        self.assertEqual(log.count("flow control: "), 1, log)  # one start, however it flapped

        publisher.close()
        consumer.close()


if __name__ == "__main__":
    unittest.main()
