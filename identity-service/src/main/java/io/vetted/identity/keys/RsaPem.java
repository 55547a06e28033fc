package io.vetted.identity.keys;

import com.nimbusds.jose.jwk.RSAKey;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

/** PKCS#8 PEM ({@code BEGIN PRIVATE KEY}, as {@code openssl genpkey} writes) for RSA signing keys. */
final class RsaPem {

    private static final String BEGIN = "-----BEGIN PRIVATE KEY-----";
    private static final String END = "-----END PRIVATE KEY-----";

    private RsaPem() {}

    static String generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            byte[] pkcs8 = generator.generateKeyPair().getPrivate().getEncoded();
            return BEGIN + "\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(pkcs8) + "\n" + END
                    + "\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static RSAKey parse(String pem) {
        String text = pem.replace("\\n", "\n").strip();
        if (!text.startsWith(BEGIN) || !text.endsWith(END)) {
            throw new IllegalArgumentException("JWT_PRIVATE_KEY must be an RSA private key in PKCS#8 PEM form");
        }
        String body =
                text.substring(BEGIN.length(), text.length() - END.length()).replaceAll("\\s", "");
        try {
            KeyFactory factory = KeyFactory.getInstance("RSA");
            var privateKey = (RSAPrivateCrtKey) factory.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
            var publicKey = (RSAPublicKey) factory.generatePublic(
                    new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            if (publicKey.getModulus().bitLength() < 2048) {
                throw new IllegalArgumentException("JWT_PRIVATE_KEY must be at least 2048 bits");
            }
            return new RSAKey.Builder(publicKey).privateKey(privateKey).build();
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalArgumentException("JWT_PRIVATE_KEY is not a usable RSA private key: " + e.getMessage(), e);
        }
    }
}
