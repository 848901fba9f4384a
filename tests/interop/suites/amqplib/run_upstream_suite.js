'use strict';
// Runs amqplib's own tests (test/*.test.js, vendored: see README.md) against one broker started
// by ../../broker_under_test.py, so WARREN_INTEROP_TARGET and WARREN_BIN choose it exactly as
// for the other interop suites. Exits non-zero if any test fails or the broker did not stop
// cleanly (a sanitizer report, say).
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const readline = require('node:readline');

const HELPER = path.resolve(__dirname, '..', '..', 'broker_under_test.py');
const PYTHON = process.env.WARREN_INTEROP_PYTHON || '/usr/bin/python3';
// A guard against a hung test, not a measure: upstream's own limit is one second a test.
const TEST_TIMEOUT_MS = 30_000;

function startBroker() {
  const child = spawn(PYTHON, [HELPER, 'serve'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`broker helper exited early (code ${code})`)));
    readline.createInterface({ input: child.stdout }).once('line', (line) => {
      const info = JSON.parse(line);
      resolve({
        ...info,
        async stop() {
          child.stdin.end();
          return exited;
        },
      });
    });
  });
}

function runTests(broker) {
  const testDir = path.join(__dirname, 'test');
  const files = fs.readdirSync(testDir).filter((f) => f.endsWith('.test.js')).sort();
  const args = ['--require', path.join(__dirname, 'default_broker_address.js'), '--test',
                '--test-reporter=spec', `--test-timeout=${TEST_TIMEOUT_MS}`,
                ...files.map((f) => path.join('test', f))];
  const env = {
    ...process.env,
    URL: `amqp://guest:guest@${broker.host}:${broker.port}`,
    WARREN_UPSTREAM_BROKER_HOST: broker.host,
    WARREN_UPSTREAM_BROKER_PORT: String(broker.port),
  };
  const child = spawn(process.execPath, args, { cwd: __dirname, env, stdio: 'inherit' });
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve(signal ? 1 : code)));
}

async function main() {
  const broker = await startBroker();
  console.log(`amqplib upstream suite against ${broker.target} on ${broker.host}:${broker.port}`);
  let testsCode = 1;
  try {
    testsCode = await runTests(broker);
  } finally {
    const brokerCode = await broker.stop();
    if (brokerCode !== 0) {
      console.error(`broker helper exited with code ${brokerCode}`);
      testsCode = testsCode || 1;
    }
  }
  process.exitCode = testsCode;
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
