"""The Celery application the Celery suite runs: a worker and its clients import it with
WARREN_CELERY_BROKER_URL set, and results come back over the rpc backend (replies on a queue
per client, what Celery users pick when they have RabbitMQ and nothing else)."""

import os

from celery import Celery

app = Celery("warren_celery_suite",
             broker=os.environ["WARREN_CELERY_BROKER_URL"],
             backend="rpc://")
app.conf.update(
    # The defaults a Celery 5 project starts with, spelled out so the suite says what it runs.
    task_serializer="json",
    result_serializer="json",
    accept_content=["json"],
    worker_prefetch_multiplier=4,
    broker_connection_retry_on_startup=True,
)


@app.task
def add(x, y):
    return x + y


@app.task
def fail(message):
    raise ValueError(message)


@app.task(bind=True, acks_late=True)
def delivery_of(self):
    """Where the task came from, as the worker's consumer saw it."""
    info = self.request.delivery_info or {}
    return {"routing_key": info.get("routing_key"), "redelivered": bool(info.get("redelivered"))}
