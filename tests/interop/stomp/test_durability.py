"""Receipted persistent SENDs survive kill -9; a durable subscription survives a restart."""

import os
import shutil
import signal
import tempfile
import unittest

import stomp

from harness import HOST, Recorder, warren_only

import broker_under_test  # noqa: E402 (the harness puts it on the path)


@warren_only
class DurabilityTest(unittest.TestCase):

    def setUp(self):
        self.data_dir = tempfile.mkdtemp(prefix="warren-stomp-durable-")
        self.broker = None

    def tearDown(self):
        if self.broker:
            self.broker.stop()
        shutil.rmtree(self.data_dir, ignore_errors=True)

    def start(self):
        # The later --data-dir wins: every start uses the same one.
        self.broker = broker_under_test.start(stomp=True, warren_args=["--data-dir", self.data_dir])
        return self.broker.ports["stomp"]

    def kill9(self):
        os.killpg(self.broker.proc.pid, signal.SIGKILL)
        self.broker.proc.wait()
        self.broker.proc.returncode = 0  # killed on purpose: stop() must not complain
        self.broker.stop()
        self.broker = None

    def client(self, port):
        conn = stomp.Connection12([(HOST, port)], vhost="/")
        conn.recorder = Recorder()
        conn.set_listener("recorder", conn.recorder)
        conn.connect("guest", "guest", wait=True)
        return conn

    def test_receipted_persistent_messages_survive_kill_9(self):
        conn = self.client(self.start())
        for i in range(20):
            conn.send("/queue/kept", "m%d" % i, receipt="r%d" % i, headers={"persistent": "true"})
        conn.recorder.wait(lambda: len(conn.recorder.receipts) == 20)
        self.kill9()
        conn = self.client(self.start())
        conn.subscribe("/queue/kept", id="s", ack="client-individual")
        messages = conn.recorder.wait_messages(20)
        self.assertEqual(sorted(m.body for m in messages), sorted("m%d" % i for i in range(20)))
        conn.disconnect()

    def test_durable_subscription_survives_a_restart(self):
        port = self.start()
        conn = self.client(port)
        conn.subscribe("/topic/durable", id="test.subscription", receipt="sub",
                       headers={"durable": "true", "auto-delete": "false"})
        conn.recorder.wait_receipt("sub")
        conn.disconnect()
        sender = self.client(port)
        sender.send("/topic/durable", "while away", receipt="sent", headers={"persistent": "true"})
        sender.recorder.wait_receipt("sent")
        sender.disconnect()
        self.broker.stop()
        self.broker = None
        conn = self.client(self.start())
        conn.subscribe("/topic/durable", id="test.subscription",
                       headers={"durable": "true", "auto-delete": "false"})
        self.assertEqual(conn.recorder.wait_messages(1)[0].body, "while away")
        conn.disconnect()


if __name__ == "__main__":
    unittest.main()
