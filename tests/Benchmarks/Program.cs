// Benchmarks of the platform, each against a baseline measured in the same run (bounded harnesses,
// not BenchmarkDotNet: what they measure are distributions over sockets and end-to-end throughput).
//
//   dotnet run -c Release --project tests/Benchmarks -- [fanout] [--subscribers 1000,10000] [--events 5] [--timeout-seconds 600]
//       N idle WebSocket subscribers receive one event: p50/p99/max latency and memory per connection,
//       against a raw ASP.NET Core WebSocket broadcast.
//   dotnet run -c Release --project tests/Benchmarks -- parsing [--rows 1000000] [--iterations 5]
//       Parse + classify a number file, against a bare HashSet<long> pass over the same file.
//   dotnet run -c Release --project tests/Benchmarks -- dispatch [--recipients 100000] [--timeout-seconds 300]
//       Dispatch recipients through the Sandbox gateway on SQLite, against raw batched UPDATEs.
//   dotnet run -c Release --project tests/Benchmarks -- load [--clients 50] [--subscribers 10] [--seconds 60] [--timeout-seconds 600]
//       The platform as a child process under a realistic mix from N clients: throughput, p50/p99 per
//       operation, errors by code, 5xx, "database is locked", server memory over time.
using KooMessage.Benchmarks;
using KooMessage.Benchmarks.Load;
using KooMessage.Benchmarks.Sending;

static int Option(string[] args, string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1]) : fallback;
}

static async Task<int> RunLoadAsync(LoadOptions options)
{
    var report = await new LoadRunner(options).RunAsync();
    report.Print(Console.Out);
    return report.ServerErrors == 0 && report.LockedResponses + report.LockedLogLines == 0 && !report.ServerExited ? 0 : 1;
}

return args.FirstOrDefault() switch
{
    "client" => await FanOutClient.RunAsync(args),
    "parsing" => await NumberParsingBenchmark.RunAsync(Option(args, "--rows", 1_000_000), Option(args, "--iterations", 5)),
    "dispatch" => await DispatchBenchmark.RunAsync(Option(args, "--recipients", 100_000), TimeSpan.FromSeconds(Option(args, "--timeout-seconds", 300))),
    "load" => await RunLoadAsync(LoadOptions.Parse(args[1..])),
    "fanout" => await new FanOutRunner(FanOutOptions.Parse(args[1..])).RunAsync(),
    _ => await new FanOutRunner(FanOutOptions.Parse(args)).RunAsync(),
};
