'use strict';
// Shared plumbing for the mqtt.js interop tests: Warren with an MQTT and a WebSocket listener.

const crypto = require('node:crypto');
const mqtt = require('mqtt');
const shared = require('../broker_under_test');

const WAIT_TIMEOUT_MS = 5_000;

async function startBroker() {
  const broker = await shared.startBroker(
    ['--listen', 'mqtt=127.0.0.1:0', '--listen', 'ws=127.0.0.1:0']);
  return {
    ...broker,
    tcpUrl: `mqtt://${broker.host}:${broker.ports.mqtt}`,
    wsUrl: `ws://${broker.host}:${broker.ports.ws}/ws`,
  };
}

function uniq(prefix = 't') {
  return `${prefix}-${crypto.randomBytes(6).toString('hex')}`;
}

// A connected client; resolves once CONNACK arrived.
function connect(url, options = {}) {
  return new Promise((resolve, reject) => {
    const client = mqtt.connect(url, { reconnectPeriod: 0, connectTimeout: WAIT_TIMEOUT_MS,
                                       ...options });
    client.once('connect', (connack) => { client.connack = connack; resolve(client); });
    client.once('error', reject);
  });
}

// The next `count` messages on `client`, as {topic, payload, packet}.
function nextMessages(client, count, timeoutMs = WAIT_TIMEOUT_MS) {
  return new Promise((resolve, reject) => {
    const got = [];
    const timer = setTimeout(() => {
      client.removeListener('message', onMessage);
      reject(new Error(`got ${got.length} of ${count} messages`));
    }, timeoutMs);
    function onMessage(topic, payload, packet) {
      got.push({ topic, payload, packet });
      if (got.length === count) {
        clearTimeout(timer);
        client.removeListener('message', onMessage);
        resolve(got);
      }
    }
    client.on('message', onMessage);
  });
}

module.exports = { startBroker, uniq, connect, nextMessages, WAIT_TIMEOUT_MS };
