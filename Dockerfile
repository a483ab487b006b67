# The application image: build the jar first (./mvnw -B -ntp package -DskipTests), then
# `docker build -t procedura .` (compose.yaml does both steps' second half).
FROM eclipse-temurin:21-jre AS layers
WORKDIR /layers
COPY web/target/procedura.jar procedura.jar
# Boot's layered jar: dependencies change less often than the application, so an upgrade ships
# only the layers that changed
RUN java -Djarmode=tools -jar procedura.jar extract --layers --launcher --destination extracted

FROM eclipse-temurin:21-jre
RUN groupadd --system procedura && useradd --system --gid procedura --home /app procedura
WORKDIR /app
COPY --from=layers /layers/extracted/dependencies/ ./
COPY --from=layers /layers/extracted/spring-boot-loader/ ./
COPY --from=layers /layers/extracted/snapshot-dependencies/ ./
COPY --from=layers /layers/extracted/application/ ./
USER procedura
ENV SPRING_PROFILES_ACTIVE=mysql \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=90s \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /actuator/health/liveness HTTP/1.0\\r\\n\\r\\n' >&3 && grep -q '\"UP\"' <&3"]
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
