# Loaded by run_suite.py before upstream's spec_helper (rspec --require): points Bunny at the
# broker under test. Upstream's specs connect to 127.0.0.1 or localhost on the standard ports,
# 5672 and 5671 for amqps, and check that those are the host and port a session reports, so the
# session keeps them and only the TCP socket goes to the broker's ephemeral ports instead, as a
# port forward would.
require "bunny"

module WarrenBrokerPorts
  PORTS = {
    AMQ::Protocol::DEFAULT_PORT => Integer(ENV.fetch("WARREN_AMQP_PORT")),
    AMQ::Protocol::TLS_PORT => Integer(ENV.fetch("WARREN_AMQPS_PORT"))
  }.freeze
  # The broker listens on 127.0.0.1 only (the machine's name may resolve elsewhere), and the
  # TLS specs name the broker by the name in upstream's server certificate (run_suite.py sets
  # BUNNY_RABBITMQ_HOSTNAME to it), which names no machine here.
  LOCAL_HOSTS = ["127.0.0.1", "localhost", Socket.gethostname,
                 ENV.fetch("BUNNY_RABBITMQ_HOSTNAME", "localhost")].freeze

  def open(host, port, options = {})
    host, port = "127.0.0.1", PORTS.fetch(port.to_i, port) if LOCAL_HOSTS.include?(host)
    super(host, port, options)
  end
end

Bunny::SocketImpl.singleton_class.prepend(WarrenBrokerPorts)
