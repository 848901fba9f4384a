'use strict';
// Shared plumbing for the stompjs interop tests: the broker with STOMP over WebSocket, a
// @stomp/stompjs client that also records every raw WebSocket message it receives, and a bare
// `ws` socket for exact message boundaries.
//
// Warren serves STOMP over WebSocket at /stomp on its ws listener; RabbitMQ's Web STOMP plugin
// at /ws (WARREN_INTEROP_TARGET=rabbitmq).

const crypto = require('node:crypto');
const { Client } = require('@stomp/stompjs');
const WebSocket = require('ws');
const shared = require('../broker_under_test');

const TARGET = process.env.WARREN_INTEROP_TARGET || 'warren';
const WS_PATH = TARGET === 'rabbitmq' ? '/ws' : '/stomp';
const WAIT_TIMEOUT_MS = 5_000;
// What stompjs offers when it makes the socket itself (Versions.default.protocolVersions()).
const STOMP_SUBPROTOCOLS = ['v12.stomp', 'v11.stomp', 'v10.stomp'];

async function startBroker() {
  const broker = await shared.startBroker([], { stomp: true });
  return { ...broker, wsUrl: `ws://${broker.host}:${broker.ports.ws}${WS_PATH}` };
}

function uniq(prefix = 't') {
  return `${prefix}-${crypto.randomBytes(6).toString('hex')}`;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Polls `predicate` until it is truthy (its value), or fails saying `what` (a string or a
// function giving one, for the state at the time).
async function waitFor(predicate, what, timeoutMs = WAIT_TIMEOUT_MS) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = predicate();
    if (value) return value;
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${
        typeof what === 'function' ? what() : what}`);
    }
    await sleep(10);
  }
}

// A raw WebSocket message as text for messages: NUL as \0, line ends escaped.
function show(buffer) {
  return JSON.stringify(Buffer.from(buffer).toString('latin1'));
}

// Whether a WebSocket message holds only heart-beat EOLs.
function isHeartBeat(buffer) {
  return buffer.length > 0 && /^(\r?\n)+$/.test(Buffer.from(buffer).toString('latin1'));
}

const sessions = new Set();

// One @stomp/stompjs Client on its own `ws` socket, with what it saw: the CONNECTED frame,
// ERROR frames, receipts, socket closes, heart-beats and every raw WebSocket message.
class Session {
  constructor(url, options = {}) {
    this.url = url;
    this.raw = []; // {data: Buffer, isBinary, at}
    this.errors = [];
    this.closes = [];
    this.receipts = new Set();
    this.heartBeats = 0; // stompjs's onHeartbeatReceived
    this.log = [];
    this.connectedFrame = null;
    this.client = new Client({
      webSocketFactory: () => {
        this.socket = new WebSocket(url, STOMP_SUBPROTOCOLS);
        this.socket.on('message', (data, isBinary) => {
          this.raw.push({ data: Buffer.from(data), isBinary, at: Date.now() });
        });
        return this.socket;
      },
      reconnectDelay: 0, // one attempt: a refused or closed connection stays closed
      connectionTimeout: WAIT_TIMEOUT_MS,
      heartbeatIncoming: 0,
      heartbeatOutgoing: 0,
      debug: (line) => this.log.push(line),
      onConnect: (frame) => { this.connectedFrame = frame; },
      onStompError: (frame) => { this.errors.push(frame); },
      onWebSocketClose: (event) => { this.closes.push({ code: event.code, reason: event.reason }); },
      onHeartbeatReceived: () => { this.heartBeats += 1; },
      onUnhandledReceipt: (frame) => { this.receipts.add(frame.headers['receipt-id']); },
      ...options,
    });
    sessions.add(this);
  }

  describe() {
    return `connected=${!!this.connectedFrame} errors=${JSON.stringify(
      this.errors.map((f) => [f.headers, f.body]))} closes=${JSON.stringify(this.closes)} raw=[${
      this.raw.map((m) => show(m.data)).join(', ')}]`;
  }

  // Starts the client and waits until it is connected, refused (ERROR) or closed.
  async open() {
    this.client.activate();
    await waitFor(() => this.connectedFrame || this.errors.length || this.closes.length,
      () => `CONNECTED, ERROR or a close; ${this.describe()}`);
    return this;
  }

  // Waits for the receipt `id` (one asked for with watchForReceipt or any header).
  waitReceipt(id) {
    return waitFor(() => this.receipts.has(id), () => `RECEIPT ${id}; ${this.describe()}`);
  }

  // SUBSCRIBE with a receipt, resolved once the receipt arrived; the inbox collects MESSAGEs.
  async subscribe(destination, headers = {}) {
    const receipt = uniq('sub');
    this.client.watchForReceipt(receipt, () => this.receipts.add(receipt));
    const inbox = [];
    inbox.subscription = this.client.subscribe(destination, (message) => inbox.push(message),
      { ...headers, receipt });
    await this.waitReceipt(receipt);
    inbox.next = (count) => waitFor(() => inbox.length >= count && inbox.slice(0, count),
      () => `${count} messages on ${destination}, have ${JSON.stringify(
        inbox.map((m) => m.body))}; ${this.describe()}`);
    return inbox;
  }

  // Publishes with a receipt and waits for it, so the broker has routed the message.
  async publishConfirmed(params) {
    const receipt = uniq('pub');
    this.client.watchForReceipt(receipt, () => this.receipts.add(receipt));
    this.client.publish({ ...params, headers: { ...(params.headers || {}), receipt } });
    await this.waitReceipt(receipt);
  }

  async close() {
    sessions.delete(this);
    if (!this.client.active) return;
    await Promise.race([this.client.deactivate(), sleep(WAIT_TIMEOUT_MS)]);
    if (this.socket && this.socket.readyState !== WebSocket.CLOSED) this.socket.terminate();
  }
}

// A connected Session (login guest/guest unless `connectHeaders` say otherwise).
async function connect(url, options = {}) {
  const session = new Session(url, {
    connectHeaders: { login: 'guest', passcode: 'guest' }, ...options });
  await session.open();
  if (!session.connectedFrame) throw new Error(`not connected: ${session.describe()}`);
  return session;
}

async function closeAll() {
  await Promise.all([...sessions].map((s) => s.close()));
}

// A bare `ws` socket that records every message; resolves once open.
function rawSocket(url, protocols) {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, protocols);
    socket.messages = []; // {data: Buffer, isBinary}
    socket.closeEvent = null;
    socket.on('message', (data, isBinary) => {
      socket.messages.push({ data: Buffer.from(data), isBinary });
    });
    socket.on('close', (code, reason) => { socket.closeEvent = { code, reason: `${reason}` }; });
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
}

module.exports = {
  TARGET, WS_PATH, WAIT_TIMEOUT_MS, STOMP_SUBPROTOCOLS,
  startBroker, uniq, sleep, waitFor, show, isHeartBeat, Session, connect, closeAll, rawSocket,
};
