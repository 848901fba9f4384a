"""The data directory is private to the user running Warren, and a database that went missing
is noticed (issue 13 items 7 and 9). Runs warren itself, restarting it on one data dir."""

import os
import stat
import tempfile
import unittest

import pika

from test_durable_definitions import Warren, refused

FILES = ("warren.db", "warren.lock", "warren.key")


def mode(path):
    return stat.S_IMODE(os.stat(path).st_mode)


def publish_persistent(broker, queue, count):
    conn = broker.connect()
    ch = conn.channel()
    ch.confirm_delivery()
    ch.queue_declare(queue, durable=True)
    for i in range(count):
        ch.basic_publish("", queue, b"m%d" % i, pika.BasicProperties(delivery_mode=2))
    conn.close()


class DataDirSafetyTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.data = os.path.join(self.tmp.name, "data")

    def tearDown(self):
        self.tmp.cleanup()

    def test_a_new_data_directory_is_readable_by_its_owner_only(self):
        old_umask = os.umask(0o022)  # what most shells have: files 0644 unless asked otherwise
        try:
            broker = Warren(self.data)
            publish_persistent(broker, "private", 10)
            self.assertEqual(broker.stop(), 0)
        finally:
            os.umask(old_umask)
        self.assertEqual(mode(self.data), 0o700)
        for name in os.listdir(self.data):
            with self.subTest(file=name):
                self.assertEqual(mode(os.path.join(self.data, name)) & 0o077, 0,
                                 "%s is %o" % (name, mode(os.path.join(self.data, name))))
        for name in FILES:
            self.assertTrue(os.path.exists(os.path.join(self.data, name)), name)

    def test_an_existing_readable_data_directory_is_made_private_with_a_log_line(self):
        broker = Warren(self.data)
        publish_persistent(broker, "kept", 5)
        self.assertEqual(broker.stop(), 0)
        # As an earlier Warren left them: a 0755 directory, a 0644 database and lock file.
        os.chmod(self.data, 0o755)
        for name in ("warren.db", "warren.lock"):
            os.chmod(os.path.join(self.data, name), 0o644)

        log_path = os.path.join(self.tmp.name, "stderr.log")
        with open(log_path, "w") as log:
            broker = Warren(self.data, stderr=log)
            conn = broker.connect()
            self.assertEqual(conn.channel().queue_declare("kept", passive=True)
                             .method.message_count, 5)
            conn.close()
            self.assertEqual(broker.stop(), 0)
        self.assertEqual(mode(self.data), 0o700)
        self.assertEqual(mode(os.path.join(self.data, "warren.db")), 0o600)
        self.assertEqual(mode(os.path.join(self.data, "warren.lock")), 0o600)
        with open(log_path) as f:
            lines = [line for line in f if "made it private" in line]
        self.assertEqual(len(lines), 1, lines)
        self.assertIn("warren.db (was 0644)", lines[0])

        # Once private, a restart has nothing to say.
        with open(log_path, "w") as log:
            broker = Warren(self.data, stderr=log)
            self.assertEqual(broker.stop(), 0)
        with open(log_path) as f:
            self.assertNotIn("made it private", f.read())

    def test_an_emptied_database_is_refused_not_taken_as_a_new_store(self):
        broker = Warren(self.data)
        publish_persistent(broker, "precious", 200)
        self.assertEqual(broker.stop(), 0)
        db = os.path.join(self.data, "warren.db")
        self.assertFalse(os.path.exists(db + "-wal"), "a clean stop checkpoints the WAL")
        os.truncate(db, 0)

        for attempt in range(2):  # a refused start must not forget what it refused
            with self.subTest(attempt=attempt):
                code, stderr = refused(self.data)
                self.assertNotEqual(code, 0)
                self.assertIn("held a store in an earlier run", stderr)
                self.assertIn("missing or empty", stderr)
                self.assertEqual(os.path.getsize(db), 0)

    def test_a_deleted_database_is_refused_too(self):
        broker = Warren(self.data)
        publish_persistent(broker, "precious", 20)
        self.assertEqual(broker.stop(), 0)
        os.remove(os.path.join(self.data, "warren.db"))
        code, stderr = refused(self.data)
        self.assertNotEqual(code, 0)
        self.assertIn("missing or empty", stderr)
        self.assertFalse(os.path.exists(os.path.join(self.data, "warren.db")))

    def test_starting_over_on_purpose_is_possible(self):
        broker = Warren(self.data)
        publish_persistent(broker, "old", 3)
        self.assertEqual(broker.stop(), 0)
        for name in ("warren.db", "warren.lock"):
            os.remove(os.path.join(self.data, name))
        broker = Warren(self.data)
        conn = broker.connect()
        ch = conn.channel()
        with self.assertRaises(pika.exceptions.ChannelClosedByBroker):
            ch.queue_declare("old", passive=True)
        conn.close()
        self.assertEqual(broker.stop(), 0)


if __name__ == "__main__":
    unittest.main()
