// Fan-out benchmark: N idle WebSocket subscribers on one instance receive one event; delivery latency
// (p50/p99/max) and server memory per connection, for the platform and for a raw ASP.NET Core
// WebSocket broadcast measured in the same run. A bounded harness rather than BenchmarkDotNet: the
// subscribers live in a child process (so the server's memory is its own), set up once per scenario,
// and what is measured is a distribution over sockets, not a method's mean time.
//
//   dotnet run -c Release --project tests/Benchmarks -- [--subscribers 1000,10000] [--events 5] [--timeout-seconds 600]
using KooMessage.Benchmarks;

if (args.Length > 0 && args[0] == "client")
    return await FanOutClient.RunAsync(args);
return await new FanOutRunner(FanOutOptions.Parse(args)).RunAsync();
