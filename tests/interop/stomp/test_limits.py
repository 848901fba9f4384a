"""Frame limits from the configuration, and malformed frames: an ERROR that says what was wrong,
the connection closed, other clients undisturbed. RabbitMQ 3.10 has no such limits and closes on
a malformed frame without an ERROR, so these are Warren's."""

import unittest

from harness import HOST, RawStomp, parse, warren_only

import broker_under_test  # noqa: E402 (the harness puts it on the path)


@warren_only
class LimitsTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.broker = broker_under_test.start(
            stomp=True, warren_config={"stomp_max_headers": 5, "stomp_max_header_length": 200,
                                       "stomp_max_body_length": 1000})
        cls.port = cls.broker.ports["stomp"]

    @classmethod
    def tearDownClass(cls):
        cls.broker.stop()

    def connected(self):
        raw = RawStomp(self.port)
        raw.login("1.2")
        return raw

    def refused(self, data, message, limit_text):
        bystander = self.connected()
        bystander.send(b"SUBSCRIBE\nid:s\ndestination:/queue/bystander\nreceipt:r\n\n\0")
        self.assertEqual(parse(bystander.frame())[0], b"RECEIPT")
        raw = self.connected()
        raw.send(data)
        command, headers, body = parse(raw.frame())
        self.assertEqual(command, b"ERROR")
        self.assertEqual(dict(headers)[b"message"], message)
        self.assertIn(limit_text, body)
        self.assertTrue(raw.closed())
        raw.close()
        # The other client goes on as before.
        bystander.send(b"SEND\ndestination:/queue/bystander\n\nstill here\0")
        command, _, body = parse(bystander.frame())
        self.assertEqual((command, body), (b"MESSAGE", b"still here"))
        bystander.close()

    def test_a_body_over_the_limit(self):
        self.refused(b"SEND\ndestination:/queue/big\n\n" + b"x" * 1001 + b"\0",
                     b"Frame too large", b"1000")

    def test_a_content_length_over_the_limit_is_refused_before_the_body(self):
        raw = self.connected()
        raw.send(b"SEND\ndestination:/queue/big\ncontent-length:5000\n\nxx")
        command, headers, body = parse(raw.frame())
        self.assertEqual((command, dict(headers)[b"message"]), (b"ERROR", b"Frame too large"))
        self.assertIn(b"1000", body)
        self.assertTrue(raw.closed())
        raw.close()

    def test_too_many_headers(self):
        headers = b"".join(b"h%d:v\n" % i for i in range(6))
        self.refused(b"SEND\ndestination:/queue/h\n" + headers + b"\nx\0",
                     b"Frame too large", b"5")

    def test_a_header_line_too_long(self):
        self.refused(b"SEND\ndestination:/queue/h\nlong:" + b"v" * 300 + b"\n\nx\0",
                     b"Frame too large", b"200")

    def test_malformed_frames(self):
        for data in (b"SEND\ndestination:/queue/m\nno colon here\n\nx\0",
                     b"SEND\ndestination:/queue/m\nk:bad\\tescape\n\nx\0",
                     b"SEND\ndestination:/queue/m\ncontent-length:x\n\nx\0",
                     b"SEND\ndestination:/queue/m\ncontent-length:1\n\nxy\0"):
            with self.subTest(data=data):
                self.refused(data, b"Invalid frame", b"")

    def test_binary_garbage_before_connect(self):
        raw = RawStomp(self.port)
        raw.send(bytes(range(256)))
        frame = raw.frame()
        self.assertTrue(frame is None or parse(frame)[0] == b"ERROR", frame)
        self.assertTrue(raw.closed())
        raw.close()
        self.connected().close()  # the broker is still there


if __name__ == "__main__":
    unittest.main()
