// A real ActiveMQ Classic with Jolokia, for the console's Jolokia backend tests.
//
// Debian's activemq package ships the broker but not its web console, so this runs the broker
// embedded and serves Debian's Jolokia agent servlet from Jetty 9 at /api/jolokia/* behind BASIC
// auth, as ActiveMQ's web console and Amazon MQ expose it. Everything listens on 127.0.0.1 only.
//
// Usage: java JolokiaActiveMq <user> <password> [openwire-port]
// Prints "READY openwire=<port> stomp=<port> http=<port>" once all three accept connections;
// exits when its standard input closes or on SIGTERM.

import java.io.InputStream;
import java.net.URI;
import java.util.Collections;
import org.apache.activemq.broker.BrokerService;
import org.apache.activemq.broker.TransportConnector;
import org.eclipse.jetty.security.ConstraintMapping;
import org.eclipse.jetty.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.HashLoginService;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.security.authentication.BasicAuthenticator;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.eclipse.jetty.util.security.Constraint;
import org.eclipse.jetty.util.security.Credential;
import org.jolokia.http.AgentServlet;

public final class JolokiaActiveMq {
    private static final String ROLE = "admin";

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: JolokiaActiveMq <user> <password> [openwire-port]");
            System.exit(2);
        }
        final int openwirePort = args.length > 2 ? Integer.parseInt(args[2]) : 0;

        final BrokerService broker = new BrokerService();
        broker.setBrokerName("warren-test");
        broker.setPersistent(false);
        broker.setUseShutdownHook(false); // ours stops Jetty and the broker in order
        // Jolokia reads the platform MBeanServer; no RMI connector, nothing else listening.
        broker.setUseJmx(true);
        broker.getManagementContext().setCreateConnector(false);
        final TransportConnector openwire =
            broker.addConnector("tcp://127.0.0.1:" + openwirePort);
        // STOMP lets the tests use stomp.py as a client independent of the console.
        final TransportConnector stomp = broker.addConnector("stomp://127.0.0.1:0");
        broker.start();
        broker.waitUntilStarted();

        final Server jetty = new Server();
        final ServerConnector http = new ServerConnector(jetty);
        http.setHost("127.0.0.1");
        http.setPort(0);
        jetty.addConnector(http);

        final ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath("/");
        context.addServlet(new ServletHolder(new AgentServlet()), "/api/jolokia/*");
        context.setSecurityHandler(basicAuth(args[0], args[1]));
        jetty.setHandler(context);
        jetty.start();

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                jetty.stop();
            } catch (Exception ignored) {
                // exiting anyway
            }
            try {
                broker.stop();
                broker.waitUntilStopped();
            } catch (Exception ignored) {
                // exiting anyway
            }
        }));

        System.out.println("READY openwire=" + port(openwire) + " stomp=" + port(stomp)
                           + " http=" + http.getLocalPort());
        System.out.flush();

        // The test that started us may die without signalling: a closed stdin ends us too.
        final InputStream in = System.in;
        while (in.read() >= 0) {
            // ignore input
        }
        System.exit(0);
    }

    private static int port(TransportConnector connector) throws Exception {
        final URI uri = connector.getConnectUri();
        return uri.getPort();
    }

    private static ConstraintSecurityHandler basicAuth(String user, String password) {
        final UserStore users = new UserStore();
        users.addUser(user, Credential.getCredential(password), new String[] {ROLE});
        final HashLoginService login = new HashLoginService("ActiveMQRealm");
        login.setUserStore(users);

        final Constraint constraint = new Constraint(Constraint.__BASIC_AUTH, ROLE);
        constraint.setAuthenticate(true);
        final ConstraintMapping mapping = new ConstraintMapping();
        mapping.setConstraint(constraint);
        mapping.setPathSpec("/*");

        final ConstraintSecurityHandler security = new ConstraintSecurityHandler();
        security.setAuthenticator(new BasicAuthenticator());
        security.setLoginService(login);
        security.setConstraintMappings(Collections.singletonList(mapping));
        return security;
    }
}
