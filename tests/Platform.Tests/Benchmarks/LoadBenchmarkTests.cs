using KooMessage.Benchmarks.Load;

namespace KooMessage.Platform.Tests.Benchmarks;

/// <summary>
/// The benchmarks' load mode, run for 10 s with fewer clients than the benchmark's 50 so the suite
/// stays fast: the platform as a child process on SQLite under the whole mix. The figures are printed,
/// not asserted (they depend on the machine); what is asserted is that nothing failed on the server's
/// side and every kind of operation got through.
/// </summary>
[Collection(LoadBenchmarkCollection.Name)]
public sealed class LoadBenchmarkTests(Xunit.Abstractions.ITestOutputHelper output)
{
    [Fact]
    public async Task Ten_seconds_of_the_mix_bring_no_5xx_no_locked_database_and_every_operation_succeeds()
    {
        var report = await new LoadRunner(LoadOptions.Parse(["--clients", "10", "--seconds", "10", "--timeout-seconds", "300"])).RunAsync();
        using var printed = new StringWriter();
        report.Print(printed);
        output.WriteLine(printed.ToString());

        Assert.False(report.ServerExited, printed.ToString());
        Assert.Equal(0, report.ServerErrors);
        Assert.Equal(0, report.LockedResponses);
        Assert.Equal(0, report.LockedLogLines);
        foreach (var operation in LoadClient.Operations.Append(LoadSubscription.Subscribe).Append(LoadSubscription.Event))
            Assert.True(report.Operations.Any(o => o.Operation == operation && o.Succeeded > 0), $"{operation} never succeeded:\n{printed}");
        Assert.True(report.SendTask.Sent > 0, $"The send task sent nothing:\n{printed}");
    }
}
