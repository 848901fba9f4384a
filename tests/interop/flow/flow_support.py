"""Plumbing for the flow-control suites: a broker of the configured target (Warren, or
RabbitMQ with its management plugin), pika connections to it, and a watcher that polls
/api/connections and /api/channels and remembers every state it saw."""

import os
import sys
import threading
import time
import uuid

import pika

sys.path.append(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import broker_under_test  # noqa: E402


def unique(prefix):
    return "%s-%s" % (prefix, uuid.uuid4().hex[:8])


def connect(broker, **overrides):
    parameters = dict(host=broker.host, port=broker.port, connection_attempts=1,
                      blocked_connection_timeout=None, socket_timeout=10, heartbeat=0)
    parameters.update(overrides)
    return pika.BlockingConnection(pika.ConnectionParameters(**parameters))


def api(broker, path):
    status, body = broker_under_test.management_call(broker.host, broker.http_port, "GET", path)
    if status != 200:
        raise AssertionError("GET %s answered %s: %r" % (path, status, body))
    return body


def queue_info(broker, name):
    return api(broker, "queues/%2F/" + name)


class StateWatcher:
    """Polls the management API on a thread until stopped, keeping every connection and channel
    state it saw (by name). A connection stays in `flow` for seconds after being paced (RabbitMQ
    shows it for five), so a poll every 100 ms misses no pacing."""

    def __init__(self, broker, interval=0.1):
        self.broker = broker
        self.interval = interval
        self.connection_states = {}  # name -> set of states
        self.channel_states = {}
        self.polls = 0
        self.error = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self.stop()

    def stop(self):
        self._stop.set()
        self._thread.join(30)

    def poll_once(self):
        for entry in api(self.broker, "connections"):
            self.connection_states.setdefault(entry["name"], set()).add(entry.get("state"))
        for entry in api(self.broker, "channels"):
            self.channel_states.setdefault(entry["name"], set()).add(entry.get("state"))
        self.polls += 1

    def _run(self):
        while not self._stop.is_set():
            try:
                self.poll_once()
            except Exception as error:  # reported by the test, not lost on this thread
                self.error = error
                return
            self._stop.wait(self.interval)

    def seen(self, state):
        return sorted(name for name, states in self.connection_states.items() if state in states)

    def channels_seen(self, state):
        return sorted(name for name, states in self.channel_states.items() if state in states)


def wait_until(condition, timeout, what, interval=0.05):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError("timed out after %.0f s waiting for %s" % (timeout, what))
