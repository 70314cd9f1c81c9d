# KooMessage Platform image. Build from the repository root:
#   docker build -t koomessage/platform .
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props ./
COPY src/Platform/KooMessage.Platform.csproj src/Platform/
RUN dotnet restore src/Platform/KooMessage.Platform.csproj
COPY src/Platform/ src/Platform/
RUN dotnet publish src/Platform/KooMessage.Platform.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# curl serves the container health check (GET /health/ready).
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
ENV ASPNETCORE_URLS=http://+:8080 \
    Storage__Path=/var/lib/koomessage
# The platform runs as the image's unprivileged "app" user; only its storage folder is writable to it.
RUN mkdir -p /var/lib/koomessage && chown "$APP_UID" /var/lib/koomessage
USER $APP_UID
VOLUME /var/lib/koomessage
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --retries=5 CMD curl -fsS http://localhost:8080/health/ready || exit 1
ENTRYPOINT ["dotnet", "KooMessage.Platform.dll"]
