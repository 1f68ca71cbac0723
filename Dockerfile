# Builds the service's executable jar and runs it on a JRE.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY domain domain
COPY solver solver
COPY db db
COPY ingest ingest
COPY web web
RUN ./mvnw -B -q -DskipTests package

FROM eclipse-temurin:17-jre
# curl for the compose health check
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
RUN useradd --system --uid 10001 wptdlm
WORKDIR /app
COPY --from=build /src/web/target/wpt-dlm.jar /app/wpt-dlm.jar
USER wptdlm
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/wpt-dlm.jar"]
