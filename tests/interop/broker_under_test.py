"""Start and stop the AMQP 0-9-1 broker that the interop suites run against.

Stdlib only, so that every client suite (Python, Node via the CLI below) can
use it.  The target is chosen by the environment:

  WARREN_INTEROP_TARGET=warren    (default) run the Warren binary named by
                                  WARREN_BIN on a fresh temporary data dir.
  WARREN_INTEROP_TARGET=rabbitmq  run Debian's rabbitmq-server as a private,
                                  throw-away node on 127.0.0.1, to check that
                                  the suites encode real RabbitMQ behaviour.
  WARREN_INTEROP_MANAGEMENT=1     with RabbitMQ, also enable its management
                                  plugin (HTTP API) on an ephemeral port; Warren
                                  always serves its API.

Each call to start() gets its own broker on ephemeral ports, so test files
can run in parallel.  stop() only ever signals processes this module started,
by PID / process group.

CLI (used by the Node suites):
  python3 broker_under_test.py serve [--stomp] [warren arguments, e.g. --listen mqtt=127.0.0.1:0]
(--stomp: start(stomp=True), STOMP and Web STOMP listeners at ports["stomp"] and ports["ws"])
prints one JSON line {"host":..., "port":..., "http_port":..., "pid":...,
"target":..., "ports": {scheme: port}} once the broker accepts AMQP (and HTTP, where it serves it), then stops the broker when stdin closes or on
SIGTERM/SIGINT.
"""

import base64
import json
import os
import random
import shutil
import signal
import socket
import string
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

HOST = "127.0.0.1"
STARTUP_TIMEOUT = float(os.environ.get("WARREN_INTEROP_STARTUP_TIMEOUT", "60"))
STOP_TIMEOUT = 10.0

RABBITMQ_SERVER = "/usr/lib/rabbitmq/bin/rabbitmq-server"


def management_call(host, http_port, method, path, body=None, user="guest", password="guest",
                    headers=None):
    """One management API request to /api/<path> with basic authentication (and any further
    `headers`); returns (status, parsed JSON body or None). `body` is JSON-encoded unless it is
    bytes already."""
    data = None if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
    request = urllib.request.Request(
        "http://%s:%d/api/%s" % (host, http_port, path), data=data, method=method)
    request.add_header("Content-Type", "application/json")
    token = base64.b64encode(("%s:%s" % (user, password)).encode()).decode()
    request.add_header("Authorization", "Basic " + token)
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            raw = response.read()
            return response.status, json.loads(raw) if raw else None
    except urllib.error.HTTPError as e:
        raw = e.read()
        return e.code, json.loads(raw) if raw else None


def _die_with_parent():
    """preexec_fn: have the kernel SIGTERM the child if the test process dies
    (e.g. killed by a ctest timeout), so brokers never outlive their run."""
    try:
        import ctypes
        PR_SET_PDEATHSIG = 1
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):
        pass  # not Linux: rely on stop()


def _free_port():
    """An ephemeral port that was free a moment ago (racy, but good enough)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def _amqp_ready(host, port):
    """True once the port answers a protocol header with Connection.Start.

    Accepting TCP is not enough for RabbitMQ (the socket may belong to a
    half-booted node); a method frame (type 1) back means the broker is up.
    """
    try:
        with socket.create_connection((host, port), timeout=2) as s:
            s.sendall(b"AMQP\x00\x00\x09\x01")
            first = s.recv(1)
            return first == b"\x01"
    except OSError:
        return False


def _http_ready(host, port):
    """Whether the management API answers (with anything, even 401) on host:port."""
    import urllib.error
    import urllib.request
    try:
        urllib.request.urlopen("http://%s:%d/api/overview" % (host, port), timeout=1)
    except urllib.error.HTTPError:
        return True  # it answered, if only to say who may ask
    except OSError:
        return False
    return True


def _wait_port_listening(port, deadline, proc):
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return False
        try:
            with socket.create_connection((HOST, port), timeout=1):
                return True
        except OSError:
            time.sleep(0.05)
    return False


def _tail(path, limit=4000):
    try:
        with open(path, "rb") as f:
            data = f.read()
        return data[-limit:].decode("utf-8", "replace")
    except OSError:
        return "<no log>"


class BrokerStartError(RuntimeError):
    pass


class BrokerStopError(RuntimeError):
    pass


class Broker:
    """A running broker.  Use host/port; call stop() exactly once."""

    def __init__(self, target, host, port, proc, workdir, log_path,
                 http_port=None, extra_procs=(), stdout_reader=None, tls_port=None):
        self.target = target
        self.host = host
        self.port = port
        self.http_port = http_port
        self.tls_port = tls_port  # AMQPS, when asked for
        self.proc = proc
        self.pid = proc.pid
        self.workdir = workdir
        self.log_path = log_path
        self._extra_procs = list(extra_procs)  # e.g. our private epmd
        self._stdout_reader = stdout_reader

    def __repr__(self):
        return "Broker(%s %s:%d pid=%d)" % (self.target, self.host, self.port, self.pid)

    def log_tail(self, limit=4000):
        return _tail(self.log_path, limit)

    def stop(self):
        # The RabbitMQ launcher is a shell script with the Erlang VM as child,
        # so both targets run in their own session and we signal the group
        # whose id is our child's PID.
        _terminate_group(self.proc)
        for p in self._extra_procs:
            _terminate_group(p)
        _close_stdout(self.proc, self._stdout_reader)
        # Warren must stop cleanly on SIGTERM: exit status 0 also means no sanitizer report
        # (ASan/UBSan/LSan exit non-zero) in the sanitizer build.
        if self.target == "warren" and self.proc.returncode != 0:
            log = self.log_tail()
            shutil.rmtree(self.workdir, ignore_errors=True)
            raise BrokerStopError("warren exited with status %s on SIGTERM; log tail:\n%s"
                                  % (self.proc.returncode, log))
        if os.environ.get("WARREN_INTEROP_KEEP_DATA"):
            sys.stderr.write("broker data kept in %s\n" % self.workdir)
        else:
            shutil.rmtree(self.workdir, ignore_errors=True)


def _terminate_group(proc):
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        proc.wait(STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait()


def _close_stdout(proc, reader):
    if reader is not None:
        reader.join(STOP_TIMEOUT)  # reaches EOF once the broker has exited
    if proc.stdout is not None:
        proc.stdout.close()


# --------------------------------------------------------------------------
# Warren

def _warren_tls_config(tls):
    """The ssl_options of Warren's config file for `tls` (see start())."""
    return {"cacertfile": os.path.abspath(tls["cacertfile"]),
            "certfile": os.path.abspath(tls["certfile"]),
            "keyfile": os.path.abspath(tls["keyfile"]),
            "verify": "verify_peer",
            "fail_if_no_peer_cert": tls.get("fail_if_no_peer_cert", True)}


def _start_warren(config=None, args=(), tls=None):
    binary = os.environ.get("WARREN_BIN")
    if not binary:
        raise BrokerStartError("WARREN_BIN is not set (path to build/bin/warren)")
    workdir = tempfile.mkdtemp(prefix="warren-interop-")
    data_dir = os.path.join(workdir, "data")
    os.mkdir(data_dir)
    log_path = os.path.join(workdir, "warren.stderr.log")
    command = [binary, "--headless", "--data-dir", data_dir,
               "--listen", "amqp=%s:0" % HOST, "--listen", "http=%s:0" % HOST]
    if tls:
        command += ["--listen", "amqps=%s:0" % HOST]
        config = dict(config or {}, ssl_options=_warren_tls_config(tls))
    if config:
        config_path = os.path.join(workdir, "warren.json")
        with open(config_path, "w") as f:
            json.dump(config, f)
        command += ["--config", config_path]
    command += list(args)
    log = open(log_path, "wb")
    proc = subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=log,
        start_new_session=True, preexec_fn=_die_with_parent)
    log.close()

    # The broker announces each listener on stdout; read lines on a thread so
    # the deadline applies even if the broker prints nothing.
    ports = {}
    ready = threading.Event()
    announced = {"amqp", "http", "amqps"} if tls else {"amqp", "http"}
    # Listeners asked for in `args` (--listen mqtt=127.0.0.1:0) are waited for too.
    for flag, value in zip(command, command[1:]):
        if flag == "--listen":
            announced.add(value.split("=", 1)[0])

    def reader():
        for raw in proc.stdout:
            parts = raw.decode("utf-8", "replace").split()
            if len(parts) == 3 and parts[0] == "listening":
                ports[parts[1]] = int(parts[2].rsplit(":", 1)[1])
                if announced <= set(ports):
                    ready.set()
        ready.set()  # EOF: broker exited (or closed stdout)

    reader_thread = threading.Thread(target=reader, daemon=True)
    reader_thread.start()
    ready.wait(STARTUP_TIMEOUT)
    if not announced <= set(ports):
        _terminate_group(proc)
        _close_stdout(proc, reader_thread)
        raise BrokerStartError("warren did not announce its listeners %s (rc=%s, "
                               "files kept in %s):\n%s"
                               % (sorted(announced), proc.poll(), workdir, _tail(log_path)))
    broker = Broker("warren", HOST, ports["amqp"], proc, workdir, log_path,
                    http_port=ports.get("http"), stdout_reader=reader_thread,
                    tls_port=ports.get("amqps"))
    broker.data_dir = data_dir
    broker.ports = dict(ports)  # every listener by scheme
    return broker


# --------------------------------------------------------------------------
# RabbitMQ

def _ensure_rabbitmq_installed():
    """apt-get install rabbitmq-server if missing (once, even when several test
    processes start at the same time)."""
    if os.path.exists(RABBITMQ_SERVER):
        return
    import fcntl
    with open(os.path.join(tempfile.gettempdir(), "warren-interop-apt.lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if os.path.exists(RABBITMQ_SERVER):
            return
        if os.geteuid() != 0:
            raise BrokerStartError("rabbitmq-server is not installed and we are not root: "
                                   "apt-get install rabbitmq-server")
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        for cmd in (["apt-get", "update", "-q"],
                    ["apt-get", "install", "-y", "-q", "rabbitmq-server"]):
            result = subprocess.run(cmd, env=env, stdin=subprocess.DEVNULL,
                                    stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
            if result.returncode != 0:
                raise BrokerStartError("%s failed:\n%s" % (" ".join(cmd),
                                       result.stdout.decode("utf-8", "replace")[-4000:]))


def _start_rabbitmq(tls=None, stomp=False):
    _ensure_rabbitmq_installed()
    workdir = tempfile.mkdtemp(prefix="warren-interop-rmq-")
    amqp_port, dist_port, epmd_port = _free_port(), _free_port(), _free_port()
    management = os.environ.get("WARREN_INTEROP_MANAGEMENT") == "1"
    http_port = _free_port() if management else None
    tls_port = _free_port() if tls else None
    stomp_port = _free_port() if stomp else None
    web_stomp_port = _free_port() if stomp else None
    suffix = "".join(random.choice(string.ascii_lowercase + string.digits) for _ in range(8))
    node = "warrentest-%s@localhost" % suffix

    conf = os.path.join(workdir, "rabbitmq.conf")
    with open(conf, "w") as f:
        f.write("listeners.tcp.default = %s:%d\n" % (HOST, amqp_port))
        f.write("loopback_users.guest = true\n")
        if management:
            f.write("management.tcp.ip = %s\n" % HOST)
            f.write("management.tcp.port = %d\n" % http_port)
            # Counts in the API follow the broker within half a second (5 s by default).
            f.write("collect_statistics_interval = 500\n")
        if stomp:
            f.write("stomp.listeners.tcp.1 = %s:%d\n" % (HOST, stomp_port))
            f.write("web_stomp.tcp.ip = %s\n" % HOST)
            f.write("web_stomp.tcp.port = %d\n" % web_stomp_port)
        if tls:
            # Clients must present a certificate signed by the CA, as py-amqp's CI broker asks.
            f.write("listeners.ssl.default = %s:%d\n" % (HOST, tls_port))
            for key in ("cacertfile", "certfile", "keyfile"):
                f.write("ssl_options.%s = %s\n" % (key, os.path.abspath(tls[key])))
            f.write("ssl_options.verify = verify_peer\n")
            f.write("ssl_options.fail_if_no_peer_cert = %s\n"
                    % ("true" if tls.get("fail_if_no_peer_cert", True) else "false"))
    plugins = os.path.join(workdir, "enabled_plugins")
    with open(plugins, "w") as f:
        enabled = (["rabbitmq_management"] if management else []) + (
            ["rabbitmq_stomp", "rabbitmq_web_stomp"] if stomp else [])
        f.write("[%s].\n" % ",".join(enabled))
    env_conf = os.path.join(workdir, "rabbitmq-env.conf")  # hide /etc's one
    open(env_conf, "w").close()

    env = dict(os.environ)
    env.update({
        "HOME": workdir,  # Erlang cookie lives here
        "RABBITMQ_NODENAME": node,
        "RABBITMQ_MNESIA_BASE": os.path.join(workdir, "mnesia"),
        "RABBITMQ_LOG_BASE": os.path.join(workdir, "log"),
        "RABBITMQ_CONFIG_FILE": conf,
        "RABBITMQ_CONF_ENV_FILE": env_conf,
        "RABBITMQ_ENABLED_PLUGINS_FILE": plugins,
        "RABBITMQ_PID_FILE": os.path.join(workdir, "rabbit.pid"),
        "RABBITMQ_NODE_IP_ADDRESS": HOST,
        "RABBITMQ_NODE_PORT": str(amqp_port),
        "RABBITMQ_DIST_PORT": str(dist_port),
        "ERL_EPMD_PORT": str(epmd_port),
    })
    log_path = os.path.join(workdir, "rabbitmq.out.log")
    log = open(log_path, "wb")

    # Start a private epmd ourselves, in the foreground, so that we own its
    # PID (the one Erlang would start itself daemonizes out of our reach).
    epmd = subprocess.Popen(["epmd", "-port", str(epmd_port)], env=env,
                            stdin=subprocess.DEVNULL, stdout=log, stderr=log,
                            start_new_session=True, preexec_fn=_die_with_parent)
    deadline = time.monotonic() + STARTUP_TIMEOUT
    if not _wait_port_listening(epmd_port, deadline, epmd):
        _terminate_group(epmd)
        log.close()
        raise BrokerStartError("private epmd did not start (files kept in %s):\n%s"
                               % (workdir, _tail(log_path)))

    # The launcher script traps SIGTERM and stops the Erlang VM it started.
    proc = subprocess.Popen([RABBITMQ_SERVER], env=env, cwd=workdir,
                            stdin=subprocess.DEVNULL, stdout=log, stderr=log,
                            start_new_session=True, preexec_fn=_die_with_parent)
    log.close()
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            break
        if (_amqp_ready(HOST, amqp_port) and (not management or _http_ready(HOST, http_port))
                and (not tls or _wait_port_listening(tls_port, deadline, proc))
                and (not stomp or (_wait_port_listening(stomp_port, deadline, proc)
                                   and _wait_port_listening(web_stomp_port, deadline, proc)))):
            broker = Broker("rabbitmq", HOST, amqp_port, proc, workdir, log_path,
                            http_port=http_port, extra_procs=[epmd], tls_port=tls_port)
            broker.ports = {"amqp": amqp_port}
            if stomp:
                broker.ports.update(stomp=stomp_port, ws=web_stomp_port)
            return broker
        time.sleep(0.2)
    rc = proc.poll()
    _terminate_group(proc)
    _terminate_group(epmd)
    raise BrokerStartError("rabbitmq did not come up (rc=%s, files kept in %s):\n%s"
                           % (rc, workdir, _tail(log_path)))


# --------------------------------------------------------------------------

def target():
    return os.environ.get("WARREN_INTEROP_TARGET", "warren")


def start(warren_config=None, warren_args=(), tls=None, stomp=False):
    """Start a fresh broker for the configured target and return a Broker.

    `warren_config` (a dict, written as the --config JSON file) and `warren_args` (extra command
    line arguments) apply to Warren only; RabbitMQ runs with the settings above.
    `tls` (a dict of PEM file paths: cacertfile, certfile, keyfile) adds an AMQPS listener, at
    Broker.tls_port, that requires a client certificate signed by cacertfile (RabbitMQ's
    verify_peer and fail_if_no_peer_cert; the same ssl_options for Warren), unless the dict has
    "fail_if_no_peer_cert": False (then a certificate is checked only when one is offered).
    `stomp` adds STOMP listeners, at Broker.ports["stomp"] and (STOMP over WebSocket)
    Broker.ports["ws"]: RabbitMQ's STOMP and Web STOMP plugins, for RabbitMQ."""
    t = target()
    if t == "warren":
        if stomp:
            warren_args = list(warren_args) + ["--listen", "stomp=%s:0" % HOST,
                                               "--listen", "ws=%s:0" % HOST]
        return _start_warren(warren_config, warren_args, tls)
    if t == "rabbitmq":
        return _start_rabbitmq(tls, stomp)
    raise BrokerStartError("unknown WARREN_INTEROP_TARGET %r" % t)


def _serve(warren_args=(), stomp=False):
    broker = start(warren_args=warren_args, stomp=stomp)
    stopping = threading.Event()

    def on_signal(signum, frame):
        stopping.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    print(json.dumps({"host": broker.host, "port": broker.port, "http_port": broker.http_port,
                      "pid": broker.pid, "target": broker.target,
                      "ports": getattr(broker, "ports", {})}), flush=True)
    # Stop when our parent closes stdin (it exited or is done) or signals us.
    threading.Thread(target=lambda: (sys.stdin.read(), stopping.set()),
                     daemon=True).start()
    stopping.wait()
    broker.stop()


if __name__ == "__main__":
    if sys.argv[1:2] == ["serve"]:
        _args = sys.argv[2:]
        _stomp = "--stomp" in _args
        _serve([a for a in _args if a != "--stomp"], stomp=_stomp)
    else:
        sys.stderr.write("usage: broker_under_test.py serve [--stomp] [warren arguments]\n")
        sys.exit(2)
