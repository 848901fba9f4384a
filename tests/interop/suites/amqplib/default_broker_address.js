'use strict';
// Preloaded (node --require) into the upstream test processes. amqplib's tests expect a broker
// at amqplib's default address, localhost:5672 (connect() with no URL, 'amqp://localhost',
// '[::1]', { heartbeat: 20 }); only channel_api.test.js reads $URL. The broker under test
// listens on an ephemeral port of 127.0.0.1 instead, so that suites can run side by side:
// every TCP connection to port 5672 of this machine goes there. Other ports (the tests' own fake
// servers, the port that must refuse) are left alone.
const net = require('node:net');

const host = process.env.WARREN_UPSTREAM_BROKER_HOST;
const port = Number(process.env.WARREN_UPSTREAM_BROKER_PORT);
if (!host || !port) throw new Error('WARREN_UPSTREAM_BROKER_HOST/PORT are not set');

const LOCAL_NAMES = new Set([undefined, '', 'localhost', '127.0.0.1', '::1']);
const AMQP_DEFAULT_PORT = 5672;
const connect = net.connect;

function toBrokerUnderTest(...args) {
  const options = args[0];
  if (options !== null && typeof options === 'object' &&
      Number(options.port) === AMQP_DEFAULT_PORT && LOCAL_NAMES.has(options.host)) {
    args[0] = { ...options, host, port };
  }
  return connect.apply(this, args);
}

net.connect = toBrokerUnderTest;
net.createConnection = toBrokerUnderTest;
