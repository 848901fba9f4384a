'use strict';
// The broker under test for the Node suites (amqplib, mqtt.js, stompjs), started through
// broker_under_test.py ("serve" mode), so WARREN_INTEROP_TARGET and WARREN_BIN mean exactly what
// they mean for the Python suites. The Python helper is stdlib-only; it stops the broker when
// our stdin closes, so a crashed test process cannot leak a broker.

const { spawn } = require('node:child_process');
const path = require('node:path');
const readline = require('node:readline');

const HELPER = path.resolve(__dirname, 'broker_under_test.py');
const PYTHON = process.env.WARREN_INTEROP_PYTHON || 'python3';
const STARTUP_TIMEOUT_MS = 90_000;

// Resolves to the helper's description of the broker ({host, port, http_port, ports, ...}) and
// stop(), once it accepts clients. `warrenArgs` are passed on to Warren (extra listeners).
// `stomp: true` is the helper's start(stomp=True): STOMP and STOMP-over-WebSocket listeners at
// ports.stomp and ports.ws (Warren's stomp and ws listeners, or RabbitMQ's STOMP and Web STOMP
// plugins).
function startBroker(warrenArgs = [], { stomp = false } = {}) {
  const child = spawn(PYTHON, [HELPER, 'serve', ...(stomp ? ['--stomp'] : []), ...warrenArgs],
    { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error('broker did not start in time'));
    }, STARTUP_TIMEOUT_MS);
    readline.createInterface({ input: child.stdout }).once('line', (line) => {
      clearTimeout(timer);
      resolve({
        ...JSON.parse(line),
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

module.exports = { startBroker };
