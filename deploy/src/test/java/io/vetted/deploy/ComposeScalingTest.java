package io.vetted.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml lets every service run as several replicas ({@code --scale}): nothing pins a
 * container's address or a host port but the load balancer, which fronts every service and through
 * which they call each other, and the proxies the services trust cover the replicas' addresses but
 * not the gateway visitors come through (docs/SCALING.md).
 */
class ComposeScalingTest {

    private static final Path COMPOSE = Path.of("../docker-compose.yml");
    private static final List<String> SERVICES = List.of("web", "identity", "vendor", "review", "buyer");
    private static final Map<String, Integer> PORTS =
            Map.of("web", 8080, "identity", 8081, "vendor", 8082, "review", 8083, "buyer", 8084);

    @Test
    void onlyTheLoadBalancerPinsAHostPortAndNoServicePinsAnAddressOrName() {
        Map<String, Object> services = map(compose().get("services"));
        for (String name : SERVICES) {
            Map<String, Object> service = map(services.get(name));
            assertThat(service).as(name).doesNotContainKeys("ports", "container_name", "networks");
        }
        assertThat(map(services.get("lb")).get("ports")).isEqualTo(List.of("127.0.0.1:8080:8080"));
    }

    @Test
    void everyServiceHasAFixedHeapWellInsideItsMemoryLimit() {
        Map<String, Object> services = map(compose().get("services"));
        for (String name : SERVICES) {
            Map<String, Object> service = map(services.get(name));
            String options = String.valueOf(map(service.get("environment")).get("JAVA_OPTS"));
            Matcher heap = Pattern.compile("-Xmx(\\d+)m").matcher(options);
            assertThat(heap.find())
                    .as(name + "'s JAVA_OPTS fix the heap: " + options)
                    .isTrue();
            String limit = String.valueOf(service.get("mem_limit"));
            assertThat(limit).as(name + "'s mem_limit").matches("\\d+m");
            // heap, class metadata, code and threads: the measured RSS is about twice the heap
            assertThat(Integer.parseInt(heap.group(1)) * 2)
                    .as(name)
                    .isLessThanOrEqualTo(Integer.parseInt(limit.substring(0, limit.length() - 1)));
        }
    }

    @Test
    void webUiMountsAHomeOfItsOwnWhereNoServiceKeepsItsSecrets() {
        Map<String, Object> services = map(compose().get("services"));
        List<?> webVolumes = (List<?>) map(services.get("web")).get("volumes");
        assertThat(webVolumes).singleElement().asString().endsWith(":/var/lib/vetted");
        String webHome = webVolumes.get(0).toString().split(":")[0];
        services.forEach((name, service) -> {
            if (!name.equals("web")) {
                assertThat(String.valueOf(map(service).get("volumes")))
                        .as(name + " mounts web-ui's home")
                        .doesNotContain(webHome + ":");
            }
        });
        assertThat(map(compose().get("volumes"))).containsKey(webHome);
    }

    @Test
    void theServicesCallEachOtherThroughTheLoadBalancer() {
        Map<String, Object> services = map(compose().get("services"));
        for (String name : SERVICES) {
            Map<String, Object> environment = map(map(services.get(name)).get("environment"));
            for (String callee : List.of("identity", "vendor", "review", "buyer")) {
                assertThat(environment.get(callee.toUpperCase(Locale.ROOT) + "_URL"))
                        .as(name + " calling " + callee)
                        .isEqualTo("http://lb:" + PORTS.get(callee));
            }
        }
    }

    @Test
    void theLoadBalancerFrontsEveryReplicaOfEveryServiceCheckingItsReadiness() throws IOException {
        Map<String, Object> lb = map(map(compose().get("services")).get("lb"));
        String mount = ((List<?>) lb.get("volumes")).get(0).toString();
        Path config = Path.of("..").resolve(mount.substring(0, mount.indexOf(':')));
        String haproxy = Files.readString(config);

        assertThat(haproxy).contains("nameserver dns 127.0.0.11:53", "balance roundrobin", "GET /health/readiness");
        PORTS.forEach((name, port) -> assertThat(haproxy)
                .contains("bind :" + port)
                .containsPattern(
                        "server-template " + name + " \\d+ " + name + ":" + port + " check port " + (port + 1000)));
    }

    @Test
    void trustedProxiesCoverTheContainersRangeButNotTheGateway() throws UnknownHostException {
        Map<String, Object> ipam =
                map(map(map(compose().get("networks")).get("default")).get("ipam"));
        Map<String, Object> network = map(((List<?>) ipam.get("config")).get(0));
        String range = (String) network.get("ip_range");
        Map<String, Object> services = map(compose().get("services"));

        for (String name : SERVICES) {
            assertThat(map(map(services.get(name)).get("environment")).get("TRUSTED_PROXIES"))
                    .as(name)
                    .isEqualTo(range);
        }
        assertThat(map(map(services.get("web")).get("environment")).get("WEB_TRUSTED_PROXIES"))
                .isEqualTo(range);
        assertThat(within((String) network.get("subnet"), range.split("/")[0])).isTrue();
        assertThat(within(range, (String) network.get("gateway"))).isFalse();
    }

    private static boolean within(String cidr, String address) throws UnknownHostException {
        String[] parts = cidr.split("/");
        int prefix = Integer.parseInt(parts[1]);
        long network = bits(parts[0]);
        long mask = prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
        return (bits(address) & mask) == (network & mask);
    }

    private static long bits(String address) throws UnknownHostException {
        long value = 0;
        for (byte part : InetAddress.getByName(address).getAddress()) {
            value = (value << 8) | (part & 0xFF);
        }
        return value;
    }

    private static Map<String, Object> compose() {
        try (Reader reader = Files.newBufferedReader(COMPOSE)) {
            return new Yaml().load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
