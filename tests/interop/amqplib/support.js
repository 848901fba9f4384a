'use strict';
// Shared plumbing for the amqplib interop tests.
//
// The broker is started through ../broker_under_test.js, as for every Node suite.

const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const amqp = require('amqplib');
const shared = require('../broker_under_test');

const WAIT_TIMEOUT_MS = 5_000;

async function startBroker() {
  const broker = await shared.startBroker();
  return { ...broker, url: `amqp://guest:guest@${broker.host}:${broker.port}/` };
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
