'use strict';
// Cross-check for warren-perf: the amqp-1to1 scenario (1 producer -> 1 queue -> 1 auto-ack
// consumer, max rate) driven by an independent, widely used client library. If warren-perf's
// hand-rolled framing flattered or handicapped one broker, the two tools would disagree.
//
//   node amqplib-perf.js --port PORT [--host 127.0.0.1] [--time 10] [--size 16]
//
// The consumer runs on the main thread and the producer on a worker thread, each with its own
// connection, so the two do not share one JavaScript event loop. The first 8 body bytes carry
// process.hrtime.bigint() (CLOCK_MONOTONIC, the same clock on every thread). Prints one line
// per second, then one JSON line starting with {"summary": like warren-perf.

const { Worker, isMainThread, workerData, parentPort } = require('node:worker_threads');
const amqp = require('amqplib');

function parseArgs(argv) {
  const options = { host: '127.0.0.1', port: 5672, time: 10, size: 16 };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '');
    if (!(key in options) || i + 1 >= argv.length) {
      console.error('usage: node amqplib-perf.js --port PORT [--host H] [--time S] [--size BYTES]');
      process.exit(2);
    }
    options[key] = key === 'host' ? argv[i + 1] : Number(argv[i + 1]);
  }
  options.size = Math.max(8, options.size);
  return options;
}

// Worker: publish as fast as amqplib accepts, waiting for 'drain' when its buffer is full,
// which is how an amqplib application is meant to apply back-pressure.
async function produce({ url, queue, size, shared }) {
  const stop = new Int32Array(shared, 0, 1);
  const sentView = new BigInt64Array(shared, 8, 1);
  const conn = await amqp.connect(url);
  const ch = await conn.createChannel();
  parentPort.postMessage('ready');
  let sent = 0;
  while (Atomics.load(stop, 0) === 0) {
    const body = Buffer.allocUnsafe(size);
    body.writeBigInt64LE(process.hrtime.bigint(), 0);
    const ok = ch.sendToQueue(queue, body);
    sent++;
    if ((sent & 1023) === 0) Atomics.store(sentView, 0, BigInt(sent));
    if (!ok) {
      await new Promise((resolve) => ch.once('drain', resolve));
    } else if ((sent & 255) === 0) {
      // Let the event loop write to the socket and read heartbeats now and then.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  Atomics.store(sentView, 0, BigInt(sent));
  await conn.close().catch(() => {});
}

function percentile(sorted, q) {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1)))];
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const url = `amqp://guest:guest@${o.host}:${o.port}/`;
  const queue = `amqplib-perf-${process.pid}`;
  const shared = new SharedArrayBuffer(16);
  const stop = new Int32Array(shared, 0, 1);
  const sentView = new BigInt64Array(shared, 8, 1);
  const errors = [];

  const conn = await amqp.connect(url);
  conn.on('error', (err) => errors.push(String(err)));
  const ch = await conn.createChannel();
  ch.on('error', (err) => errors.push(String(err)));
  await ch.assertQueue(queue, { durable: false, autoDelete: false });

  let received = 0;
  const maxSamples = 5_000_000;
  const latencies = new Float64Array(maxSamples); // microseconds
  let samples = 0;
  const { consumerTag } = await ch.consume(
    queue,
    (msg) => {
      if (msg === null) return; // the broker cancelled us: the queue is being deleted
      received++;
      if (samples < maxSamples && msg.content.length >= 8) {
        latencies[samples++] = Number(process.hrtime.bigint() - msg.content.readBigInt64LE(0)) / 1000;
      }
    },
    { noAck: true },
  );

  const worker = new Worker(__filename, { workerData: { url, queue, size: o.size, shared } });
  const workerDone = new Promise((resolve) => worker.once('exit', resolve));
  worker.on('error', (err) => errors.push(`producer: ${err}`));
  await new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });

  const start = process.hrtime.bigint();
  let lastSent = 0;
  let lastReceived = 0;
  let lastTime = start;
  const receiveRates = [];
  for (let second = 1; second <= o.time; second++) {
    await new Promise((resolve) => setTimeout(resolve, Number(start + BigInt(second) * 1_000_000_000n - process.hrtime.bigint()) / 1e6));
    const now = process.hrtime.bigint();
    const dt = Number(now - lastTime) / 1e9;
    const sent = Number(Atomics.load(sentView, 0));
    receiveRates.push((received - lastReceived) / dt);
    console.log(`time ${second.toFixed(1).padStart(6)} s  sent ${((sent - lastSent) / dt).toFixed(0).padStart(9)} msg/s  received ${((received - lastReceived) / dt).toFixed(0).padStart(9)} msg/s`);
    lastSent = sent;
    lastReceived = received;
    lastTime = now;
  }
  const elapsed = Number(lastTime - start) / 1e9;
  const totalReceived = lastReceived;
  const totalSent = lastSent;

  Atomics.store(stop, 0, 1);
  await Promise.race([workerDone, new Promise((resolve) => setTimeout(resolve, 5000))]);
  await worker.terminate();
  try {
    await ch.cancel(consumerTag);
    await ch.deleteQueue(queue);
    await conn.close();
  } catch (err) {
    errors.push(`cleanup: ${err}`);
  }

  const sorted = latencies.subarray(0, samples).sort();
  const sortedRates = [...receiveRates].sort((a, b) => a - b);
  console.log(
    JSON.stringify({
      summary: true,
      tool: 'amqplib',
      size: o.size,
      duration_s: elapsed,
      sent: totalSent,
      received: totalReceived,
      send_rate: totalSent / elapsed,
      receive_rate: totalReceived / elapsed,
      receive_rate_median: percentile(sortedRates, 0.5),
      backlog_end: totalSent - totalReceived,
      latency_us: {
        count: samples,
        p50: percentile(sorted, 0.5),
        p95: percentile(sorted, 0.95),
        p99: percentile(sorted, 0.99),
        max: samples ? sorted[samples - 1] : 0,
      },
      errors,
    }),
  );
  process.exit(errors.length ? 1 : 0);
}

if (isMainThread) {
  main().catch((err) => {
    console.log(JSON.stringify({ summary: true, tool: 'amqplib', errors: [String(err && err.stack ? err.message : err)] }));
    process.exit(1);
  });
} else {
  produce(workerData).catch((err) => {
    console.error(`producer: ${err}`);
    process.exit(1);
  });
}
