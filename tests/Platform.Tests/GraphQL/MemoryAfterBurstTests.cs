using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.GraphQL;

/// <summary>
/// A burst of hostile requests leaves no lasting footprint: the platform runs as a real child process,
/// and within a minute of the burst its resident memory is back within 1.5 times what it used idle.
/// </summary>
public sealed class MemoryAfterBurstTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static readonly TimeSpan Recovery = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task After_a_hostile_burst_the_process_returns_to_within_one_and_a_half_times_its_idle_memory()
    {
        await using var platform = await PlatformProcess.StartAsync();
        var member = await TestTenant.CreateAsync(platform.Admin(), Slugs.New("burst"), "TENANT_MEMBER");
        using var anonymous = platform.CreateClient();
        using var tenant = platform.CreateClient(member.Key);

        // Idle after warm-up: every code path the burst takes has run once.
        var requests = HostileRequests.At(10);
        foreach (var request in requests)
            await HostileRequestSender.SendAsync(request.AsTenantMember ? tenant : anonymous, request);
        var idle = await SettledResidentBytesAsync(platform);

        // The burst: every hostile shape, eight at a time, ten rounds.
        using var gate = new SemaphoreSlim(8);
        var burst = Enumerable.Range(0, 10).SelectMany(_ => requests).Select(async request =>
        {
            await gate.WaitAsync();
            try
            {
                await HostileRequestSender.SendAsync(request.AsTenantMember ? tenant : anonymous, request);
            }
            finally
            {
                gate.Release();
            }
        });
        await Task.WhenAll(burst);
        var peak = platform.ResidentBytes();

        var deadline = DateTime.UtcNow + Recovery;
        var now = platform.ResidentBytes();
        while (now > idle * 1.5 && DateTime.UtcNow < deadline)
        {
            // Light traffic, as a live instance has: the runtime collects when something allocates.
            await platform.Anonymous().PostAsync("{ __typename }");
            await Task.Delay(TimeSpan.FromMilliseconds(500));
            now = platform.ResidentBytes();
        }
        output.WriteLine($"Resident memory: idle {Mb(idle)}, after the burst {Mb(peak)}, then {Mb(now)}.");
        Assert.True(now <= idle * 1.5,
            $"Resident memory: idle {Mb(idle)}, after the burst {Mb(peak)}, {Recovery.TotalSeconds:0} s later {Mb(now)} (limit {Mb((long)(idle * 1.5))}).");
    }

    /// <summary>Resident memory once start-up work has settled (two readings within 5 % of each other).</summary>
    private static async Task<long> SettledResidentBytesAsync(PlatformProcess platform)
    {
        var previous = platform.ResidentBytes();
        for (var i = 0; i < 40; i++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250));
            var current = platform.ResidentBytes();
            if (Math.Abs(current - previous) < previous / 20)
                return Math.Max(current, previous);
            previous = current;
        }
        return previous;
    }

    private static string Mb(long bytes) => $"{bytes / (1024.0 * 1024):F0} MB";
}
