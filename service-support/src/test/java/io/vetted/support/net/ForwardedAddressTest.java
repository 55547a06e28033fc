package io.vetted.support.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.simple.SimpleHttpRequest;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForwardedAddressTest {

    private final ForwardedAddress addresses = new ForwardedAddress(List.of("10.42.0.0/16", "127.0.0.1", "::1"));

    @Test
    void believesTheHeaderFromAProxyInsideATrustedRange() {
        assertThat(addresses.of(request("10.42.7.19", "203.0.113.5"))).isEqualTo("203.0.113.5");
    }

    @Test
    void walksBackPastEveryTrustedHopToTheVisitor() {
        // the visitor, then an ingress controller and a web-ui replica, both inside the cluster's range
        assertThat(addresses.of(request("10.42.7.19", "198.51.100.8, 10.42.1.2")))
                .isEqualTo("198.51.100.8");
    }

    @Test
    void ignoresTheHeaderFromAnyoneElse() {
        assertThat(addresses.of(request("192.0.2.33", "203.0.113.5"))).isEqualTo("192.0.2.33");
    }

    @Test
    void doesNotLetAVisitorPrependAnAddressOfTheirChoosing() {
        // the visitor wrote the first entry; the trusted proxy appended the address it saw
        assertThat(addresses.of(request("127.0.0.1", "203.0.113.99, 198.51.100.8")))
                .isEqualTo("198.51.100.8");
    }

    @Test
    void stopsAtAnEntryThatIsNotAnAddress() {
        assertThat(addresses.of(request("127.0.0.1", "example.org"))).isEqualTo("127.0.0.1");
    }

    @Test
    void refusesASettingThatIsNotAnAddressOrRange() {
        assertThatThrownBy(() -> new ForwardedAddress(List.of("proxy.internal")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("proxy.internal");
    }

    private static HttpRequest<?> request(String remote, String forwardedFor) {
        var request = new SimpleHttpRequest<>(HttpMethod.GET, "/api/auth/login", null) {
            @Override
            public InetSocketAddress getRemoteAddress() {
                return new InetSocketAddress(remote, 41000);
            }
        };
        request.getHeaders().add("X-Forwarded-For", forwardedFor);
        return request;
    }
}
