package io.vetted.support.net;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.context.ServerRequestContext;
import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import io.netty.util.NetUtil;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * The address of the person behind a request, for throttles. {@code X-Forwarded-For} is read from
 * the right and believed only hop by hop while each hop is a trusted proxy
 * ({@code vetted.security.trusted-proxies}: addresses or CIDR ranges, since replicas behind an
 * ingress or a load balancer have no fixed address); the first address that is not a trusted proxy
 * is the visitor. Anyone else could write the header, so for them the connection's address counts.
 */
@Singleton
public class ForwardedAddress {

    private final List<IpSubnetFilterRule> trusted;

    ForwardedAddress(@Value("${vetted.security.trusted-proxies:127.0.0.1,::1}") List<String> trustedProxies) {
        this.trusted = trustedProxies.stream()
                .map(String::strip)
                .filter(entry -> !entry.isEmpty())
                .map(ForwardedAddress::rule)
                .toList();
    }

    /** The current request's visitor, or "unknown" outside a request. */
    public String current() {
        return ServerRequestContext.currentRequest().map(this::of).orElse("unknown");
    }

    public String of(HttpRequest<?> request) {
        InetAddress visitor = request.getRemoteAddress().getAddress();
        String forwarded = request.getHeaders().get("X-Forwarded-For");
        if (forwarded != null) {
            String[] hops = forwarded.split(",", -1);
            for (int i = hops.length - 1; i >= 0 && isTrusted(visitor); i--) {
                InetAddress hop = NetUtil.createInetAddressFromIpAddressString(hops[i].strip());
                if (hop == null) {
                    break;
                }
                visitor = hop;
            }
        }
        return visitor.getHostAddress();
    }

    private boolean isTrusted(InetAddress address) {
        InetSocketAddress socket = new InetSocketAddress(address, 0);
        return trusted.stream().anyMatch(rule -> rule.matches(socket));
    }

    private static IpSubnetFilterRule rule(String entry) {
        int slash = entry.indexOf('/');
        String address = slash < 0 ? entry : entry.substring(0, slash);
        InetAddress parsed = NetUtil.createInetAddressFromIpAddressString(address);
        if (parsed == null) {
            throw new IllegalArgumentException("vetted.security.trusted-proxies: not an address or range: " + entry);
        }
        int bits = parsed.getAddress().length * 8;
        int prefix = slash < 0 ? bits : Integer.parseInt(entry.substring(slash + 1));
        return new IpSubnetFilterRule(parsed, prefix, IpFilterRuleType.ACCEPT);
    }
}
