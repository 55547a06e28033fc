# One build stage compiles every module; each service image copies its own jar from it, so
# `docker compose build` compiles the project once. Choose the image with --build-arg SERVICE=...
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests package -pl identity-service,vendor-service,review-service,buyer-service,web-ui,seed -am

FROM eclipse-temurin:17-jre
ARG SERVICE
RUN useradd --system --uid 10001 --home-dir /var/lib/vetted vetted \
 && mkdir -p /var/lib/vetted /app && chown vetted /var/lib/vetted
COPY --from=build /src/${SERVICE}/target/${SERVICE}.jar /app/app.jar
USER vetted
ENV VETTED_HOME=/var/lib/vetted \
    JAVA_OPTS="-XX:+UseSerialGC -XX:MaxRAMPercentage=70 -XX:TieredStopAtLevel=1 -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/app.jar \"$@\"", "--"]
