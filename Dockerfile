# Waypoint: the Spring Boot application with the embedded Camunda 7 engine, REST API and webapps.
#   docker build -t waypoint .
#   docker run -p 8080:8080 -e WAYPOINT_DB_HOST=... waypoint     (or: docker-compose up)

# --- build: the same command a developer runs, without the tests -------------------------------
FROM eclipse-temurin:17-jdk AS build
WORKDIR /workspace

COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY src/ src/
COPY processes/ processes/
COPY forms/ forms/

RUN ./mvnw -B -ntp -DskipTests package

# --- runtime: the JRE and the jar, as a non-root user --------------------------------------------
FROM eclipse-temurin:17-jre

RUN groupadd --system --gid 10001 waypoint \
 && useradd --system --uid 10001 --gid waypoint --home-dir /app --no-create-home --shell /usr/sbin/nologin waypoint \
 && mkdir -p /app/data \
 && chown -R waypoint:waypoint /app

WORKDIR /app
COPY --from=build /workspace/target/waypoint-0.1.0-SNAPSHOT.jar /app/waypoint.jar

# PostgreSQL by default (WAYPOINT_DB_* name the server); the H2 fallback writes under /app/data
ENV SPRING_PROFILES_ACTIVE=postgres \
    WAYPOINT_DATA_DIR=/app/data

USER 10001:10001
EXPOSE 8080

# exec form: java is PID 1 and receives SIGTERM for a graceful shutdown
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/waypoint.jar"]
