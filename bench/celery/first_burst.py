#!/usr/bin/python3
"""Celery's first burst of tasks on Warren and on RabbitMQ, side by side (issue 14 item 6).

For each broker in turn (W R W R …, a fresh broker and worker per round): a prefork worker
(concurrency 2, Celery's defaults) and a client that sends BATCH tasks with delay() and then
calls get() on each result in order — the pattern that was reported slow — for three batches,
then one batch joined natively as a group.

Besides the wall time of each batch it counts *late-noticed* results: results whose reply had
already been received by the client before its get() waited a whole drain interval (1 s) for
nothing. Celery's rpc backend does that when replies arrive out of order (AsyncResult.get()
takes the reply from its buffer, then drains for one interval before it checks); those seconds
are the client's, not the broker's, and the counts show how much of each batch they are.

Usage: bench/celery/first_burst.py [--rounds 3] [--tasks 200] [--pool prefork|threads|solo]
                                   [--warren build/bin/warren]
Needs python3-celery and rabbitmq-server (Debian); runs on 127.0.0.1 only."""

import argparse
import os
import signal
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "tests", "interop"))
CELERY_APP_DIR = os.path.join(ROOT, "tests", "interop", "celery")


def one_round(target, tasks, pool):
    """One fresh broker and worker: [(seconds, late-noticed)] for three batches, and the
    seconds of a natively joined group."""
    os.environ["WARREN_INTEROP_TARGET"] = target
    import broker_under_test
    broker = broker_under_test.start()
    url = "amqp://guest:guest@%s:%d//" % (broker.host, broker.port)
    env = dict(os.environ, WARREN_CELERY_BROKER_URL=url)
    worker = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "celery_app", "worker", "--concurrency", "2",
         "--pool", pool, "--loglevel", "WARNING", "--without-gossip", "--without-mingle"],
        cwd=CELERY_APP_DIR, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True)
    try:
        # A child process per round: Celery keeps connections and state per application.
        code = ROUND_SCRIPT % {"tasks": tasks}
        out = subprocess.run([sys.executable, "-c", code], cwd=CELERY_APP_DIR, env=env,
                             check=True, capture_output=True, text=True, timeout=900).stdout
        batches = []
        joined = None
        for line in out.splitlines():
            kind, *values = line.split()
            if kind == "batch":
                batches.append((float(values[0]), int(values[1])))
            elif kind == "group":
                joined = float(values[0])
        return batches, joined
    finally:
        os.killpg(worker.pid, signal.SIGTERM)
        worker.wait(timeout=30)
        broker.stop()


ROUND_SCRIPT = r'''
import time
import celery.backends.asynchronous as asynchronous
from celery import group
from celery_app import app, add

received = {}
original = asynchronous.BaseResultConsumer.on_state_change
def noting_arrival(self, meta, message):
    received.setdefault(meta["task_id"], time.monotonic())
    return original(self, meta, message)
asynchronous.BaseResultConsumer.on_state_change = noting_arrival

deadline = time.monotonic() + 60
while not app.control.ping(timeout=1.0):
    if time.monotonic() > deadline:
        raise SystemExit("worker did not answer")
for batch in range(3):
    start = time.monotonic()
    results = [add.delay(i, i) for i in range(%(tasks)d)]
    late = 0
    for result in results:
        asked = time.monotonic()
        result.get(timeout=300)
        if time.monotonic() - asked >= 0.9 and received[result.id] < asked:
            late += 1
    print("batch %%.3f %%d" %% (time.monotonic() - start, late), flush=True)
start = time.monotonic()
group(add.s(i, i) for i in range(%(tasks)d)).apply_async().get(timeout=300)
print("group %%.3f" %% (time.monotonic() - start), flush=True)
'''


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--tasks", type=int, default=200)
    parser.add_argument("--pool", default="prefork",
                        help="the worker's pool: prefork (Celery's default), threads or solo")
    parser.add_argument("--warren", default=os.path.join(ROOT, "build", "bin", "warren"))
    args = parser.parse_args()
    os.environ["WARREN_BIN"] = os.path.abspath(args.warren)
    results = {"warren": [], "rabbitmq": []}
    for round_number in range(args.rounds):
        for target in ("warren", "rabbitmq"):
            batches, joined = one_round(target, args.tasks, args.pool)
            results[target].append((batches, joined))
            print("round %d %-8s batches %s  late-noticed %s  group %.3f s" % (
                round_number + 1, target, " ".join("%.2f" % s for s, _ in batches),
                " ".join(str(n) for _, n in batches), joined), flush=True)

    def median(target, pick):
        return statistics.median(pick(r) for r in results[target])

    print("\nmedians over %d rounds, %d tasks per batch, %s pool" % (args.rounds, args.tasks,
                                                                  args.pool))
    print("%-44s %10s %10s %8s" % ("", "Warren", "RabbitMQ", "W/R"))
    rows = [("first batch, get() each, s", lambda r: r[0][0][0]),
            ("first batch, late-noticed results", lambda r: r[0][0][1]),
            ("first batch minus late-noticed seconds, s", lambda r: r[0][0][0] - r[0][0][1]),
            ("later batches, get() each, s", lambda r: statistics.mean(b[0] for b in r[0][1:])),
            ("group joined natively, s", lambda r: r[1])]
    for label, pick in rows:
        w, r = median("warren", pick), median("rabbitmq", pick)
        print("%-44s %10.3f %10.3f %8s" % (label, w, r, "%.2f" % (w / r) if r else "-"))


if __name__ == "__main__":
    main()
