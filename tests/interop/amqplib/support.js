'use strict';
// Shared plumbing for the amqplib interop tests.
//
// The broker is started through ../broker_under_test.py ("serve" mode), so
// WARREN_INTEROP_TARGET / WARREN_BIN mean exactly what they mean for the pika
// suites.  The Python helper is stdlib-only; it stops the broker when our
// stdin closes, so a crashed test process cannot leak a broker.

const { spawn } = require('node:child_process');
const path = require('node:path');
const readline = require('node:readline');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const amqp = require('amqplib');

const HELPER = path.resolve(__dirname, '..', 'broker_under_test.py');
const PYTHON = process.env.WARREN_INTEROP_PYTHON || 'python3';
const STARTUP_TIMEOUT_MS = 90_000;
const WAIT_TIMEOUT_MS = 5_000;

function startBroker() {
  const child = spawn(PYTHON, [HELPER, 'serve'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error('broker did not start in time'));
    }, STARTUP_TIMEOUT_MS);
    const lines = readline.createInterface({ input: child.stdout });
    lines.once('line', (line) => {
      clearTimeout(timer);
      const info = JSON.parse(line);
      resolve({
        ...info,
        url: `amqp://guest:guest@${info.host}:${info.port}/`,
        async stop() {
          child.stdin.end();
          // Non-zero when the broker did not stop cleanly (or a sanitizer reported).
          const code = await exited;
          if (code !== 0) throw new Error(`broker helper exited with code ${code}`);
        },
      });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`broker helper exited early (code ${code})`));
    });
  });
}

function uniq(prefix = 't') {
  return `${prefix}-${crypto.randomBytes(6).toString('hex')}`;
}

// Channels the broker closes emit 'error'; an unhandled one would crash the
// test process, so every channel gets a listener that records it.
function watch(ch) {
  ch.errors = [];
  ch.on('error', (err) => ch.errors.push(err));
  return ch;
}

async function channel(conn) {
  return watch(await conn.createChannel());
}

async function confirmChannel(conn) {
  return watch(await conn.createConfirmChannel());
}

async function connect(url, options) {
  const conn = await amqp.connect(url, options);
  conn.errors = [];
  conn.on('error', (err) => conn.errors.push(err));
  return conn;
}

// The promise of a channel operation must reject with the given reply code,
// and the reply text must contain every fragment given.
async function rejectsWithCode(promise, code, ...fragments) {
  let error;
  try {
    await promise;
  } catch (err) {
    error = err;
  }
  assert.ok(error, `expected a channel close with ${code}`);
  assert.equal(error.code, code, error.message);
  for (const fragment of fragments) {
    assert.ok(error.message.includes(fragment), `"${error.message}" lacks "${fragment}"`);
  }
  return error;
}

async function waitFor(predicate, what = 'condition', timeoutMs = WAIT_TIMEOUT_MS) {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

// basic.get, retrying while routing (e.g. dead-lettering) is still under way.
async function getMessage(ch, queue, options = { noAck: true }) {
  let msg = false;
  await waitFor(async () => {
    msg = await ch.get(queue, options);
    return msg !== false;
  }, `a message on ${queue}`);
  return msg;
}

async function drain(ch, queue) {
  const bodies = [];
  for (;;) {
    const msg = await ch.get(queue, { noAck: true });
    if (msg === false) return bodies;
    bodies.push(msg.content.toString());
  }
}

// Per-file fixture for node:test: one broker and one connection per file.
function useBroker(t) {
  const state = {};
  t.before(async () => {
    state.broker = await startBroker();
    state.conn = await connect(state.broker.url);
  });
  t.after(async () => {
    if (state.conn) await state.conn.close().catch(() => {});
    if (state.broker) await state.broker.stop();
  });
  return state;
}

module.exports = {
  amqp,
  startBroker,
  useBroker,
  uniq,
  channel,
  confirmChannel,
  connect,
  rejectsWithCode,
  waitFor,
  getMessage,
  drain,
};
