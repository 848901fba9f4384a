#!/usr/bin/python3
"""Runs a real ActiveMQ Classic with Jolokia at /api/jolokia on 127.0.0.1 (see README.md).

Usage: run_activemq.py [--class-dir DIR] USER PASSWORD [OPENWIRE_PORT]

Installs what is missing with apt (root only), compiles JolokiaActiveMq.java into DIR (a fresh
temporary directory by default) and then *becomes* the Java process (exec), so the PID the
caller started is the broker's: the caller stops it by that PID (SIGTERM) or by closing its
standard input. The launcher prints "READY openwire=<port> stomp=<port> http=<port>".
"""

import argparse
import glob
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
JAVA_DIR = "/usr/share/java"
PACKAGES = ["activemq", "libjolokia-core-java", "libjetty9-java", "default-jdk-headless"]
# Debian's unversioned jar names: the broker and its transports, Jetty's servlet container
# with BASIC auth, Jolokia and what each needs at run time.
JARS = [
    "activemq-broker", "activemq-client", "activemq-stomp", "activemq-openwire-legacy",
    "geronimo-jms_1.1_spec", "geronimo-j2ee-management-1.1-spec", "hawtbuf",
    "slf4j-api", "slf4j-nop",
    "jetty9-server", "jetty9-servlet", "jetty9-security", "jetty9-http", "jetty9-io",
    "jetty9-util", "servlet-api",
    "jolokia-core", "json-simple",
]


def missing_packages():
    missing = []
    for package in PACKAGES:
        status = subprocess.run(["dpkg-query", "-W", "-f=${Status}", package],
                                capture_output=True, text=True).stdout
        if "install ok installed" not in status:
            missing.append(package)
    return missing


def install(packages):
    if os.geteuid() != 0:
        sys.exit("run_activemq.py: missing Debian packages (install them as root): "
                 + " ".join(packages))
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", *packages],
                   check=True, env=env, stdout=subprocess.DEVNULL)


def classpath():
    jars = []
    for name in JARS:
        path = os.path.join(JAVA_DIR, name + ".jar")
        if not os.path.exists(path):
            found = sorted(glob.glob(os.path.join(JAVA_DIR, name + "-*.jar")))
            if not found:
                sys.exit("run_activemq.py: no %s.jar under %s" % (name, JAVA_DIR))
            path = found[-1]
        jars.append(path)
    return ":".join(jars)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--class-dir")
    parser.add_argument("user")
    parser.add_argument("password")
    parser.add_argument("openwire_port", nargs="?", default="0")
    args = parser.parse_args()

    missing = missing_packages()
    if missing:
        install(missing)
    class_dir = args.class_dir or tempfile.mkdtemp(prefix="warren-activemq-")
    os.makedirs(class_dir, exist_ok=True)
    cp = classpath()
    source = os.path.join(HERE, "JolokiaActiveMq.java")
    compiled = os.path.join(class_dir, "JolokiaActiveMq.class")
    if (not os.path.exists(compiled)
            or os.path.getmtime(compiled) < os.path.getmtime(source)):
        subprocess.run([shutil.which("javac") or "javac", "-nowarn", "-d", class_dir,
                        "-cp", cp, source], check=True)
    java = shutil.which("java") or "java"
    # Small heap and quick start: the broker holds a handful of test messages.
    os.execv(java, [java, "-Xmx256m", "-XX:TieredStopAtLevel=1",
                    "-Djava.net.preferIPv4Stack=true",
                    "-cp", class_dir + ":" + cp, "JolokiaActiveMq",
                    args.user, args.password, args.openwire_port])


if __name__ == "__main__":
    main()
