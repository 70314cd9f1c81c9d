using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.Hosting;

/// <summary>
/// The platform's command line as an operator meets it, run as a real process: --help prints usage and
/// exits 0; an unknown option, a bad bootstrap key or a busy port print one clear line and exit 1.
/// </summary>
public sealed class CommandLineTests
{
    [Fact]
    public async Task Help_prints_usage_and_exits_0()
    {
        var (exit, stdout, _) = await RunAsync(["--help"]);
        Assert.Equal(0, exit);
        Assert.Contains("Usage:", stdout);
        Assert.Contains("schema export", stdout);
        Assert.Contains("Section__Key", stdout);
    }

    [Fact]
    public async Task An_unknown_option_prints_one_line_and_exits_1()
    {
        var (exit, _, stderr) = await RunAsync(["--bogus"]);
        Assert.Equal(1, exit);
        Assert.Equal("error: unknown argument '--bogus'; see --help.", stderr.Trim());
    }

    [Fact]
    public async Task A_bad_bootstrap_key_prints_one_line_and_exits_1()
    {
        var (exit, _, stderr) = await RunAsync(["--urls", "http://127.0.0.1:0"], new() { ["Bootstrap__AdminApiKey"] = "short" });
        Assert.Equal(1, exit);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("error: Bootstrap:AdminApiKey must start with 'km_'", line);
    }

    [Fact]
    public async Task A_busy_port_prints_one_line_and_exits_1()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var (exit, _, stderr) = await RunAsync(["--urls", $"http://127.0.0.1:{port}"]);
        Assert.Equal(1, exit);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), l => l.StartsWith("error:", StringComparison.Ordinal));
        Assert.Contains("cannot listen", line);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public async Task A_short_ip_hash_key_in_production_prints_one_line_and_exits_1()
    {
        var (exit, _, stderr) = await RunAsync(["--urls", "http://127.0.0.1:0"],
            new() { ["ASPNETCORE_ENVIRONMENT"] = "Production", ["ShortLinks__IpHashKey"] = "koomessage-default-ip-hash-key" });
        Assert.Equal(1, exit);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("error: ShortLinks:IpHashKey must have at least 32 characters in Production", line);
    }

    [Fact]
    public async Task A_malformed_trusted_proxy_prints_one_line_and_exits_1()
    {
        var (exit, _, stderr) = await RunAsync(["--urls", "http://127.0.0.1:0"], new() { ["Proxy__KnownNetworks__0"] = "10.0.0.0/99" });
        Assert.Equal(1, exit);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Equal("error: Proxy:KnownNetworks: '10.0.0.0/99' is not a network in CIDR notation (e.g. 10.0.0.0/8).", line);
    }

    private static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(string[] arguments, Dictionary<string, string>? environment = null)
    {
        var storage = Path.Combine(Path.GetTempPath(), "koomessage-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(storage);
        try
        {
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = storage,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "KooMessage.Platform.dll"));
            foreach (var argument in arguments)
                start.ArgumentList.Add(argument);
            start.Environment["Storage__Path"] = storage;
            start.Environment["Logging__LogLevel__Default"] = "Warning";
            foreach (var (key, value) in environment ?? [])
                start.Environment[key] = value;
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            // Generous: a fresh start migrates a new SQLite file first, which takes minutes on a loaded machine.
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"The platform did not exit: {await stderr}");
            }
            return (process.ExitCode, await stdout, await stderr);
        }
        finally
        {
            PlatformHost.TryDelete(storage);
        }
    }
}
