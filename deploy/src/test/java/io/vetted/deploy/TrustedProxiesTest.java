package io.vetted.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Throttles count per visitor only when each service believes {@code X-Forwarded-For} from the hop
 * in front of it (web-ui from the ingress controller, identity and review from web-ui) and from
 * nobody outside the cluster's private pod network (deploy/k8s/README.md, "Client addresses").
 */
class TrustedProxiesTest {

    @ParameterizedTest
    @MethodSource("io.vetted.deploy.Manifests#directories")
    void everyServiceTrustsForwardedAddressesFromAPrivateNetworkOnly(String directory) throws UnknownHostException {
        var objects = Manifests.render(directory);
        JsonNode config = Manifests.ofKind(objects, "ConfigMap").stream()
                .filter(map -> Manifests.name(map).equals("vetted-config"))
                .findFirst()
                .orElseThrow()
                .path("data");
        for (String key : List.of("TRUSTED_PROXIES", "WEB_TRUSTED_PROXIES")) {
            String ranges = config.path(key).asText();
            assertThat(ranges).as(key).isNotBlank();
            for (String range : ranges.split(",")) {
                String[] cidr = range.strip().split("/");
                assertThat(InetAddress.getByName(cidr[0]).isSiteLocalAddress())
                        .as(key + " " + range + " is a private network")
                        .isTrue();
                // a /0 (or anything wider than 10.0.0.0/8) would let any visitor choose its address
                assertThat(cidr.length == 1 || Integer.parseInt(cidr[1]) >= 8)
                        .as(key + " " + range)
                        .isTrue();
            }
        }
        assertThat(Manifests.ofKind(objects, "Deployment"))
                .allSatisfy(deployment -> assertThat(
                                Manifests.container(deployment).path("envFrom").toString())
                        .as(Manifests.name(deployment) + " reads vetted-config")
                        .contains("vetted-config"));
    }
}
