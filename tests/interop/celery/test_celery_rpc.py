"""Celery 5 (Debian's python3-celery) with its rpc result backend: a prefork worker and a client,
as a Celery project runs them against RabbitMQ.

Issue 14 item 6 found the first burst of tasks slower on Warren than on RabbitMQ. The cause is in
Celery's client, not in the broker: AsyncResult.get() on the rpc backend drains the reply queue
for one 1 s interval *before* it checks whether the result is already there, so each result that
arrived out of order (two pool processes finish in any order) costs up to 1 s once no further
replies come. bench/celery_first_burst.py measures it on both brokers side by side; what this
suite asserts is that everything a Celery application does over the broker works: tasks in, every
result back exactly once, errors propagated, chains, groups joined natively, late acks.

Runs against Warren by default; WARREN_INTEROP_TARGET=rabbitmq checks the same on RabbitMQ."""

import os
import signal
import subprocess
import sys
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.path.insert(0, HERE)

import broker_under_test  # noqa: E402

_broker = None
_worker = None
_worker_log = None
app = None


def _wait_for_worker(deadline):
    """Celery's own ping over the broker: the worker answers once it consumes."""
    while time.monotonic() < deadline:
        if _worker.poll() is not None:
            raise RuntimeError("celery worker exited: %s" % _read_log())
        if app.control.ping(timeout=1.0):
            return
    raise RuntimeError("celery worker did not answer a ping: %s" % _read_log())


def _read_log():
    with open(_worker_log.name) as log:
        return log.read()[-4000:]


def setUpModule():
    global _broker, _worker, _worker_log, app
    _broker = broker_under_test.start()
    os.environ["WARREN_CELERY_BROKER_URL"] = "amqp://guest:guest@%s:%d//" % (_broker.host,
                                                                           _broker.port)
    import celery_app
    app = celery_app.app
    _worker_log = open(os.path.join(_broker.workdir, "celery-worker.log"), "w")
    _worker = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "celery_app", "worker", "--concurrency", "2",
         "--loglevel", "INFO", "--without-gossip", "--without-mingle"],
        cwd=HERE, env=dict(os.environ), stdout=_worker_log, stderr=subprocess.STDOUT,
        start_new_session=True)
    _wait_for_worker(time.monotonic() + 60)


def tearDownModule():
    if _worker is not None and _worker.poll() is None:
        os.killpg(_worker.pid, signal.SIGTERM)
        try:
            _worker.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(_worker.pid, signal.SIGKILL)
            _worker.wait()
    if _worker_log is not None:
        _worker_log.close()
    if app is not None:
        app.close()
    if _broker is not None:
        _broker.stop()


class CeleryRpcBackend(unittest.TestCase):
    def test_a_burst_of_tasks_each_gets_its_own_result(self):
        from celery_app import add
        # The burst the issue measured: delay() many, then get() each in turn.
        results = [add.delay(i, 1000) for i in range(200)]
        self.assertEqual([r.get(timeout=120) for r in results],
                         [i + 1000 for i in range(200)])
        self.assertTrue(all(r.successful() for r in results))

    def test_a_group_is_joined_natively_over_the_reply_queue(self):
        from celery import group
        from celery_app import add
        outcome = group(add.s(i, i) for i in range(300)).apply_async()
        self.assertEqual(outcome.get(timeout=120), [2 * i for i in range(300)])

    def test_a_chain_passes_each_result_on(self):
        from celery_app import add
        chain = add.s(1, 2) | add.s(10) | add.s(100)
        self.assertEqual(chain.apply_async().get(timeout=60), 113)

    def test_an_error_in_a_task_reaches_the_caller(self):
        from celery_app import fail
        result = fail.delay("broken on purpose")
        with self.assertRaises(ValueError) as raised:
            result.get(timeout=60)
        self.assertIn("broken on purpose", str(raised.exception))
        self.assertEqual(result.state, "FAILURE")

    def test_late_acknowledged_tasks_arrive_on_the_celery_queue_once(self):
        from celery_app import delivery_of
        seen = [r.get(timeout=60) for r in [delivery_of.delay() for _ in range(20)]]
        self.assertEqual(seen, [{"routing_key": "celery", "redelivered": False}] * 20)


if __name__ == "__main__":
    unittest.main()
