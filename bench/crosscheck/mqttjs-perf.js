'use strict';
// Cross-check for warren-perf's MQTT mode: the mqtt-qos0 scenario (1 publisher -> 1
// subscriber of one topic, QoS 0, 64 B, max rate) driven by an independent, widely used
// client library (mqtt.js, MQTT 3.1.1). If warren-perf's hand-rolled MQTT client flattered or
// handicapped one broker, the two tools would disagree.
//
//   node mqttjs-perf.js --port PORT [--host 127.0.0.1] [--time 10] [--size 64] [--drain 10]
//
// The subscriber runs on the main thread and the publisher on a worker thread, each with its
// own connection, so the two do not share one JavaScript event loop. The payload starts as
// warren-perf's does: process.hrtime.bigint() (CLOCK_MONOTONIC, the same clock on every
// thread, int64 LE), then the publisher index (uint32 LE) and a sequence number (uint64 LE),
// so a message the broker dropped shows as a gap ("lost") once a later one arrives. After
// --time the publisher stops and the subscriber reads on until every message arrived, nothing
// came for 2 s, or --drain seconds passed ("undelivered": what had not arrived by then).
// Prints one line per second, then one JSON line starting with {"summary": like warren-perf.

const { Worker, isMainThread, workerData, parentPort } = require('node:worker_threads');
const mqtt = require('mqtt');

function parseArgs(argv) {
  const options = { host: '127.0.0.1', port: 1883, time: 10, size: 64, drain: 10 };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '');
    if (!(key in options) || i + 1 >= argv.length) {
      console.error('usage: node mqttjs-perf.js --port PORT [--host H] [--time S] [--size BYTES] [--drain S]');
      process.exit(2);
    }
    options[key] = key === 'host' ? argv[i + 1] : Number(argv[i + 1]);
  }
  options.size = Math.max(20, options.size);
  return options;
}

function connect(url, clientId) {
  // Clean session, keep-alive 60 s, no reconnects: a broker that drops us is an error.
  const client = mqtt.connect(url, { clientId, clean: true, keepalive: 60, reconnectPeriod: 0, protocolVersion: 4 });
  return new Promise((resolve, reject) => {
    client.once('connect', () => resolve(client));
    client.once('error', reject);
  });
}

// Worker: publish as fast as mqtt.js accepts. Every 256th publish carries a callback, which
// mqtt.js calls once the socket took the packet or, if its buffer is full, on 'drain': waiting
// for it is how an mqtt.js application applies back-pressure.
async function publish({ url, topic, size, shared }) {
  const stop = new Int32Array(shared, 0, 1);
  const sentView = new BigInt64Array(shared, 8, 1);
  const client = await connect(url, `mqttjs-perf-${process.pid}-pub`);
  parentPort.postMessage('ready');
  let sent = 0;
  while (Atomics.load(stop, 0) === 0) {
    const body = Buffer.alloc(size);
    body.writeBigInt64LE(process.hrtime.bigint(), 0);
    body.writeUInt32LE(0, 8);
    body.writeBigUInt64LE(BigInt(sent), 12);
    sent++;
    if ((sent & 255) === 0) {
      await new Promise((resolve) => client.publish(topic, body, { qos: 0 }, resolve));
      Atomics.store(sentView, 0, BigInt(sent));
      // Let the event loop read PINGRESPs and run timers now and then.
      await new Promise((resolve) => setImmediate(resolve));
    } else {
      client.publish(topic, body, { qos: 0 });
    }
  }
  // end() without force waits until what mqtt.js buffered is written, then DISCONNECTs.
  await client.endAsync(false).catch(() => {});
  Atomics.store(sentView, 0, BigInt(sent));
}

function percentile(sorted, q) {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1)))];
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const url = `mqtt://${o.host}:${o.port}`;
  const topic = `mqttjs-perf/${process.pid}`;
  const shared = new SharedArrayBuffer(16);
  const stop = new Int32Array(shared, 0, 1);
  const sentView = new BigInt64Array(shared, 8, 1);
  const errors = [];

  let closing = false;
  const client = await connect(url, `mqttjs-perf-${process.pid}-sub`);
  client.on('error', (err) => errors.push(String(err)));
  client.on('close', () => {
    if (!closing) errors.push('subscriber: connection closed by broker');
  });
  await client.subscribeAsync(topic, { qos: 0 });

  let received = 0;
  let lost = 0;
  let duplicates = 0;
  let nextSequence = 0n;
  let windowOpen = true;
  const maxSamples = 5_000_000;
  const latencies = new Float64Array(maxSamples); // microseconds
  let samples = 0;
  client.on('message', (_topic, payload) => {
    received++;
    if (payload.length < 20) return;
    if (windowOpen && samples < maxSamples) {
      latencies[samples++] = Number(process.hrtime.bigint() - payload.readBigInt64LE(0)) / 1000;
    }
    const sequence = payload.readBigUInt64LE(12);
    if (sequence >= nextSequence) {
      lost += Number(sequence - nextSequence);
      nextSequence = sequence + 1n;
    } else {
      duplicates++;
    }
  });

  const worker = new Worker(__filename, { workerData: { url, topic, size: o.size, shared } });
  const workerDone = new Promise((resolve) => worker.once('exit', resolve));
  worker.on('error', (err) => errors.push(`publisher: ${err}`));
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
    await sleep(Number(start + BigInt(second) * 1_000_000_000n - process.hrtime.bigint()) / 1e6);
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
  const windowReceived = lastReceived;
  const windowSent = lastSent;
  windowOpen = false;

  // Drain: the publisher stops and disconnects; the subscriber reads on.
  Atomics.store(stop, 0, 1);
  const drainStart = Date.now();
  await Promise.race([workerDone, sleep(o.drain * 1000)]);
  const publishedTotal = Number(Atomics.load(sentView, 0));
  let seen = received;
  let lastProgress = Date.now();
  while (received - duplicates + lost < publishedTotal && Date.now() - drainStart < o.drain * 1000 && Date.now() - lastProgress < 2000) {
    await sleep(10);
    if (received !== seen) {
      seen = received;
      lastProgress = Date.now();
    }
  }
  const drainSeconds = (Date.now() - drainStart) / 1000;
  await worker.terminate();
  closing = true;
  await client.endAsync(false).catch((err) => errors.push(`cleanup: ${err}`));

  const sorted = latencies.subarray(0, samples).sort();
  const sortedRates = [...receiveRates].sort((a, b) => a - b);
  console.log(
    JSON.stringify({
      summary: true,
      tool: 'mqtt.js',
      qos: 0,
      size: o.size,
      duration_s: elapsed,
      sent: windowSent,
      received: windowReceived,
      send_rate: windowSent / elapsed,
      receive_rate: windowReceived / elapsed,
      receive_rate_median: percentile(sortedRates, 0.5),
      backlog_end: windowSent - windowReceived,
      published_total: publishedTotal,
      received_total: received,
      lost,
      undelivered: publishedTotal - (received - duplicates) - lost,
      duplicates,
      drain_s: drainSeconds,
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
    console.log(JSON.stringify({ summary: true, tool: 'mqtt.js', errors: [String(err && err.stack ? err.message : err)] }));
    process.exit(1);
  });
} else {
  publish(workerData).catch((err) => {
    console.error(`publisher: ${err}`);
    process.exit(1);
  });
}
