// Benchmarks of the platform, each against a baseline measured in the same run (bounded harnesses,
// not BenchmarkDotNet: what they measure are distributions over sockets and end-to-end throughput).
//
//   dotnet run -c Release --project tests/Benchmarks -- [fanout] [--subscribers 1000,10000] [--events 5] [--timeout-seconds 600]
//       N idle WebSocket subscribers receive one event: p50/p99/max latency and memory per connection,
//       against a raw ASP.NET Core WebSocket broadcast.
//   dotnet run -c Release --project tests/Benchmarks -- parsing [--rows 1000000] [--iterations 5]
//       Parse + classify a number file, against a bare HashSet<long> pass over the same file.
//   dotnet run -c Release --project tests/Benchmarks -- dispatch [--recipients 100000] [--timeout-seconds 300] [--postgres "Host=…;Username=…;Password=…"] [--gateway sandbox|webhook]
//       Dispatch recipients through the Sandbox gateway (or the Webhook gateway to a stub carrier bridge) on SQLite
//       (on PostgreSQL when a server is given: a database of its own is created there and dropped), against raw batched UPDATEs.
//   dotnet run -c Release --project tests/Benchmarks -- taskcreate [--numbers 1000000] [--timeout-seconds 1800]
//       Upload a number file and createSendTask over HTTP until the task is QUEUED (peak server memory
//       over idle), against raw multi-row INSERTs of the same recipient and short-link rows.
//   dotnet run -c Release --project tests/Benchmarks -- load [--clients 50] [--subscribers 10] [--seconds 60] [--timeout-seconds 600]
//       The platform as a child process under a realistic mix from N clients: throughput, p50/p99 per
//       operation, errors by code, 5xx, "database is locked", server memory over time, against the
//       same clients on GET /health/live.
//   dotnet run -c Release --project tests/Benchmarks -- auth [--connections 16] [--seconds 10]
//       {__typename} with a tenant API key against the same request anonymously.
//   dotnet run -c Release --project tests/Benchmarks -- list [--connections 16] [--seconds 10] [--templates 30]
//       smsTemplates(first: 20, where, order) over GraphQL against a minimal-API endpoint running the same
//       statements with the same authentication and JSON encoder, in one host process.
//   dotnet run -c Release --project tests/Benchmarks -- statistics [--recipients 10000000] [--tasks 20] [--repetitions 5]
//       messageStatistics(DAY, groupBy: [TASK]) over 30 days of bulk-inserted recipients and rollups, against
//       the brute-force GROUP BY over the Recipients table in raw SQL; with the query's statement count.
//   dotnet run -c Release --project tests/Benchmarks -- export [--recipients 1000000]
//       A task's recipients as streamed CSV: first byte, total, bytes and the server's peak memory above
//       idle, against a raw SELECT of the same rows written as CSV to a stream in this process.
//   dotnet run -c Release --project tests/Benchmarks -- dashboard [--recipients 100000] [--subscribers 1000] [--timeout-seconds 300]
//       M graphql-transport-ws subscribers on dashboardUpdated(scope: TENANT) during a dispatch of N recipients:
//       messages per subscriber per second, delivery lag, and the dispatch time against the same dispatch unwatched.
//   dotnet run -c Release --project tests/Benchmarks -- all [--quick]
//       Every benchmark above in turn (--quick: each at a small size, a smoke run of the tool in about
//       a minute); the exit code is non-zero when any of them failed.
//
// Each prints a "### <benchmark>" heading and a markdown table of baseline, platform and ratio; every
// server binds a free port on 127.0.0.1.
using KooMessage.Benchmarks;
using KooMessage.Benchmarks.Authentication;
using KooMessage.Benchmarks.Dashboard;
using KooMessage.Benchmarks.Exports;
using KooMessage.Benchmarks.ListQuery;
using KooMessage.Benchmarks.Load;
using KooMessage.Benchmarks.Sending;
using KooMessage.Benchmarks.Statistics;

static int Option(string[] args, string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1]) : fallback;
}

static int Refuse(string message)
{
    Console.Error.WriteLine(message);
    return 2;
}

static string? TextOption(string[] args, string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

static async Task<int> RunLoadAsync(LoadOptions options)
{
    var report = await new LoadRunner(options).RunAsync();
    report.Print(Console.Out);
    return report.ServerErrors == 0 && report.LockedResponses + report.LockedLogLines == 0 && !report.ServerExited ? 0 : 1;
}

async Task<int> RunAsync(string[] args) => args.FirstOrDefault() switch
{
    "client" => await FanOutClient.RunAsync(args),
    "parsing" => await NumberParsingBenchmark.RunAsync(Option(args, "--rows", 1_000_000), Option(args, "--iterations", 5)),
    "dispatch" when TextOption(args, "--gateway") is not (null or "sandbox" or "webhook") => Refuse("--gateway is sandbox or webhook."),
    "dispatch" => await DispatchBenchmark.RunAsync(Option(args, "--recipients", 100_000), TimeSpan.FromSeconds(Option(args, "--timeout-seconds", 300)),
        TextOption(args, "--postgres"), TextOption(args, "--gateway") is "webhook"),
    "taskcreate" => await TaskCreationBenchmark.RunAsync(Option(args, "--numbers", 1_000_000), TimeSpan.FromSeconds(Option(args, "--timeout-seconds", 1800))),
    "load" => await RunLoadAsync(LoadOptions.Parse(args[1..])),
    "auth" => await AuthenticationBenchmark.RunAsync(Option(args, "--connections", 16), TimeSpan.FromSeconds(Option(args, "--seconds", 10))),
    "statistics" => await StatisticsBenchmark.RunAsync(Option(args, "--recipients", 10_000_000), Option(args, "--tasks", 20), Option(args, "--repetitions", 5)),
    "export" => await ExportBenchmark.RunAsync(Option(args, "--recipients", 1_000_000)),
    "dashboard" => await DashboardBenchmark.RunAsync(Option(args, "--recipients", 100_000), Option(args, "--subscribers", 1000), TimeSpan.FromSeconds(Option(args, "--timeout-seconds", 300))),
    "list" => await ListQueryBenchmark.RunAsync(Option(args, "--connections", 16), TimeSpan.FromSeconds(Option(args, "--seconds", 10)), Option(args, "--templates", 30)),
    ListQueryHost.Command => await ListQueryHost.RunAsync(args),
    "fanout" => await new FanOutRunner(FanOutOptions.Parse(args[1..])).RunAsync(),
    "all" => await RunAllAsync(args.Contains("--quick")),
    _ => await new FanOutRunner(FanOutOptions.Parse(args)).RunAsync(),
};

// Each benchmark in turn, in this process; one that throws counts as failed and the next still runs.
async Task<int> RunAllAsync(bool quick)
{
    string[][] runs = quick
        ?
        [
            ["parsing", "--rows", "20000", "--iterations", "2"],
            ["dispatch", "--recipients", "2000", "--timeout-seconds", "120"],
            ["dispatch", "--recipients", "2000", "--timeout-seconds", "120", "--gateway", "webhook"],
            ["taskcreate", "--numbers", "20000", "--timeout-seconds", "180"],
            ["fanout", "--subscribers", "100", "--events", "1", "--timeout-seconds", "120"],
            ["load", "--clients", "2", "--seconds", "3", "--timeout-seconds", "180"],
            ["auth", "--connections", "8", "--seconds", "3"],
            ["list", "--connections", "4", "--seconds", "2", "--templates", "5"],
            ["statistics", "--recipients", "20000", "--tasks", "4", "--repetitions", "3"],
            ["export", "--recipients", "20000"],
            ["dashboard", "--recipients", "2000", "--subscribers", "1000", "--timeout-seconds", "120"],
        ]
        : [["parsing"], ["dispatch"], ["dispatch", "--gateway", "webhook"], ["taskcreate"], ["fanout"], ["load"], ["auth"], ["list"], ["statistics"], ["export"], ["dashboard"]];
    var failed = new List<string>();
    foreach (var run in runs)
    {
        Console.Error.WriteLine($"==> {string.Join(' ', run)} at {DateTime.UtcNow:HH:mm:ss}");
        try
        {
            if (await RunAsync(run) != 0)
                failed.Add(run[0]);
        }
        catch (Exception ex)
        {
            Console.Error.WriteLine($"{run[0]} failed: {ex}");
            failed.Add(run[0]);
        }
    }
    Console.WriteLine(failed.Count == 0 ? "All benchmarks ran." : $"Failed: {string.Join(", ", failed)}.");
    return failed.Count == 0 ? 0 : 1;
}

return await RunAsync(args);
