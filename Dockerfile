# One build stage compiles every module; each service image copies its own jar from it, so
# `docker compose build` compiles the project once. Choose the image with --build-arg SERVICE=...
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests package \
    -pl identity-service,vendor-service,review-service,buyer-service,web-ui,seed,local-postgres -am

# The jars are built for Java 17 and run on Java 25 with an AOT cache (JEP 483/514), which a training
# run writes here, on the very runtime of the final image: ready in about 1 s instead of 2 to 3.
FROM eclipse-temurin:25-jre AS train
ARG SERVICE
ENV JAVA_OPTS="-XX:+UseSerialGC -XX:MaxRAMPercentage=70 -XX:TieredStopAtLevel=1 -XX:+ExitOnOutOfMemoryError"
RUN useradd --system --uid 10001 --home-dir /var/lib/vetted vetted && mkdir -p /app /tmp/train && chown vetted /app /tmp/train
COPY --from=build /src/${SERVICE}/target/${SERVICE}.jar /app/app.jar
COPY --from=build /src/local-postgres/target/local-postgres.jar /tmp/train/
COPY deploy/docker/train /tmp/train/
# as the service's own user: PostgreSQL refuses to run as root
USER vetted
RUN /tmp/train/train "$SERVICE"

FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 --home-dir /var/lib/vetted vetted \
 && mkdir -p /var/lib/vetted /app && chown vetted /var/lib/vetted
# the jar keeps the modification time the cache was trained with (a changed jar makes the JVM ignore it)
COPY --from=train /app/ /app/
USER vetted
ENV VETTED_HOME=/var/lib/vetted \
    JAVA_OPTS="-XX:+UseSerialGC -XX:MaxRAMPercentage=70 -XX:TieredStopAtLevel=1 -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS $([ -f /app/app.aot ] && echo -XX:AOTCache=/app/app.aot) -jar /app/app.jar \"$@\"", "--"]
