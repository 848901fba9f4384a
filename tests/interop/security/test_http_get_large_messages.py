"""Large messages through POST /api/queues/{vhost}/{name}/get (security issue, item 4). One
/get of four 100 MiB messages once held the broker thread for 50 s, encoding base64 and JSON,
and stalled every AMQP client. Now one answer carries at most http_get_max_payload_size bytes
of payload (each message cut as RabbitMQ's `truncate` cuts it: `payload_bytes` stays the whole
size), and the encoding runs off the broker thread. An AMQP bystander keeps publishing and
consuming while large /get requests are answered, one after another and side by side.
"""

import threading
import unittest

import hostile

MAX_PAYLOAD = 4 * 1024 * 1024
MESSAGE_SIZE = 12 * 1024 * 1024
MESSAGES = 4
PATTERN = b"0123456789abcdef"


def body_of(index):
    return (b"%d:" % index + PATTERN * (MESSAGE_SIZE // len(PATTERN)))[:MESSAGE_SIZE]


def setUpModule():
    hostile.start_broker(config={"http_get_max_payload_size": MAX_PAYLOAD})
    global QUEUE
    QUEUE = hostile.unique("bigq")
    connection = hostile.connect()
    try:
        channel = connection.channel()
        channel.queue_declare(QUEUE)
        channel.confirm_delivery()
        for index in range(MESSAGES):
            channel.basic_publish("", QUEUE, body_of(index))
    finally:
        connection.close()


def tearDownModule():
    hostile.stop_broker()


def get(count, truncate=None):
    request = {"count": count, "ackmode": "ack_requeue_true", "encoding": "auto"}
    if truncate is not None:
        request["truncate"] = truncate
    status, answer = hostile.management("POST", "queues/%%2F/%s/get" % QUEUE, request)
    assert status == 200, (status, answer)
    return answer


class LargeGet(unittest.TestCase):
    def test_truncate_cuts_each_payload_and_reports_the_whole_size(self):
        answer = get(MESSAGES, truncate=100)
        self.assertEqual(len(answer), MESSAGES)
        for index, message in enumerate(answer):
            self.assertEqual(message["payload_bytes"], MESSAGE_SIZE)
            self.assertEqual(message["payload_encoding"], "string")
            self.assertEqual(message["payload"], body_of(index)[:100].decode())

    def test_one_answer_carries_at_most_the_payload_limit(self):
        if not hostile.is_warren():
            self.skipTest("RabbitMQ has no such limit")
        answer = get(MESSAGES)
        self.assertEqual(len(answer), MESSAGES)
        self.assertEqual([m["payload_bytes"] for m in answer], [MESSAGE_SIZE] * MESSAGES)
        # The first message takes the whole budget, cut like `truncate`; the others come empty.
        self.assertEqual(answer[0]["payload"], body_of(0)[:MAX_PAYLOAD].decode())
        self.assertEqual([m["payload"] for m in answer[1:]], [""] * (MESSAGES - 1))
        self.assertLessEqual(sum(len(m["payload"]) for m in answer), MAX_PAYLOAD)
        # A `truncate` above the budget is cut to it as well.
        answer = get(1, truncate=MESSAGE_SIZE)
        self.assertEqual(len(answer[0]["payload"]), MAX_PAYLOAD)

    def test_other_clients_keep_going_while_large_gets_are_answered(self):
        # Large answers back to back on two connections, until the bystander has made enough
        # round trips while they ran or too many answers went by without them (counts, not
        # times: when the broker thread encoded the answers, it made none in 12 answers; now it
        # makes about one per answer). Each answer must still be right.
        wanted_round_trips = 10
        most_answers = 30
        errors = []
        answered = [0]
        stop = threading.Event()

        def fetch():
            try:
                while not stop.is_set():
                    # RabbitMQ takes and requeues: side by side, one may find fewer.
                    sizes = [m["payload_bytes"] for m in get(MESSAGES)]
                    if not sizes or sizes != [MESSAGE_SIZE] * len(sizes):
                        errors.append(sizes)
                    answered[0] += 1
            except Exception as e:  # reported below
                errors.append(e)

        with hostile.Bystander(self, max_gap=10.0) as bystander:
            start = bystander.round_trips
            fetchers = [threading.Thread(target=fetch, daemon=True) for _ in range(2)]
            for fetcher in fetchers:
                fetcher.start()
            try:
                while (bystander.round_trips - start < wanted_round_trips and not errors and
                       bystander.error is None and answered[0] < most_answers):
                    stop.wait(0.05)
                during = bystander.round_trips - start
                answered_during = answered[0]
            finally:
                stop.set()
                for fetcher in fetchers:
                    fetcher.join(60)
        self.assertEqual(errors, [])
        self.assertGreaterEqual(during, wanted_round_trips,
                                "the bystander made %d round trips during %d large /get answers"
                                % (during, answered_during))


if __name__ == "__main__":
    unittest.main()
