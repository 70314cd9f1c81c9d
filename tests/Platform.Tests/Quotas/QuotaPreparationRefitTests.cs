using KooMessage.Platform.Data;
using KooMessage.Platform.Features.SendTasks;
using KooMessage.Platform.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection.Extensions;
using static KooMessage.Platform.Tests.Quotas.QuotaTests;

namespace KooMessage.Platform.Tests.Quotas;

/// <summary>
/// A task reserves from the parse its creating request made, and its background preparation parses the numbers
/// again. When the non-capable ranges change in between, recipients move between the card and the plain-SMS
/// fallback: the preparation fits the reservation to what it wrote (more reserved, the excess given back), or,
/// when the packages cannot cover the difference, the task fails with the reason and takes nothing. Before, the
/// dispatcher sent the moved recipients with no hold behind them, unmetered.
/// </summary>
public sealed class QuotaPreparationRefitTests
{
    /// <summary>Once armed, runs a step before the second parse after: the creating request parses first, its preparation second.</summary>
    private sealed class BeforePreparationParse
    {
        private readonly Lock _gate = new();
        private int _parses;
        private (int At, Func<Task> Step)? _armed;

        public void Arm(Func<Task> step)
        {
            lock (_gate)
                _armed = (_parses + 2, step);
        }

        public Task OnParseAsync()
        {
            lock (_gate)
            {
                _parses++;
                return _armed is { } armed && armed.At == _parses ? armed.Step() : Task.CompletedTask;
            }
        }
    }

    private sealed class SteppedCapabilities(ICapabilityResolver inner, BeforePreparationParse hook) : ICapabilityResolver
    {
        public async Task<Func<long, bool>> PrepareAsync(CancellationToken cancellationToken)
        {
            await hook.OnParseAsync();
            return await inner.PrepareAsync(cancellationToken);
        }
    }

    private static async Task<(PlatformHost Host, SendTaskScenario Story, BeforePreparationParse Hook)> StartAsync(TestDatabase database, string slug)
    {
        var hook = new BeforePreparationParse();
        var host = await database.StartHostAsync(Enforced, services =>
        {
            services.AddSingleton(hook);
            services.AddScoped<RangeCapabilityResolver>();
            services.Replace(ServiceDescriptor.Scoped<ICapabilityResolver>(sp =>
                new SteppedCapabilities(sp.GetRequiredService<RangeCapabilityResolver>(), hook)));
        });
        return (host, await SendTaskScenario.StartAsync(host, slug), hook);
    }

    /// <summary>Four card-capable numbers at creation, two of them (prefix 170) no longer capable by the time the preparation parses.</summary>
    private static readonly string[] Numbers = ["13800138000,A1", "13900139000,B2", "17012345678,C3", "17087654321,D4"];

    private static Task AddRangeAsync(PlatformHost host)
        => host.Admin().MutateAsync("addNonCapableRange", """{ prefix: "170", note: "changed while preparing" }""", "range { id }");

    private static async Task<(long Reserved, long Consumed, long Remaining)> BalanceOfAsync(GraphQLClient client, string product)
    {
        var balance = await BalanceAsync(client, product);
        return (Value(balance, "reserved"), Value(balance, "consumed"), Value(balance, "remaining"));
    }

    private static async Task<int> SegmentsAsync(SendTaskScenario story, string input)
        => (await story.AsTenant.QueryAsync($"{{ previewSendTask(input: {input}) {{ estimate {{ segments }} }} }}"))
            .GetProperty("previewSendTask").GetProperty("estimate").GetProperty("segments").GetInt32();

    /// <summary>On every database: the fitting runs in the transaction that makes the task ready.</summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Recipients_that_moved_to_the_fallback_before_preparation_are_reserved_and_charged_in_their_product_and_the_card_excess_given_back(
        DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (host, story, hook) = await StartAsync(database, "refitmore");
        await using var _ = host;
        var tenantId = story.Messaging.Filing.Tenant.Id;
        (await GrantAsync(host.Admin(), tenantId, "SMART_MESSAGE", 10)).AssertNoErrors();
        (await GrantAsync(host.Admin(), tenantId, "PLAIN_SMS", 50)).AssertNoErrors();
        var input = story.Input("降级补扣", numbers: Numbers, fallback: "PLAIN_SMS");
        var segments = await SegmentsAsync(story, input);
        hook.Arm(() => AddRangeAsync(host));

        var taskId = await story.CreateAsync(input);
        var done = await story.WaitForAsync(taskId, t => SendTaskScenario.Finished(t) && SendTaskScenario.Progress(t, "delivered") == 4);

        // Two cards and two plain SMS were sent, each charged in its own product; nothing stays reserved.
        Assert.Equal((2, 2), (SendTaskScenario.Numbers(done, "resolvable"), SendTaskScenario.Numbers(done, "unresolvable")));
        Assert.Equal((0L, 2L, 8L), await BalanceOfAsync(story.AsTenant, "SMART_MESSAGE"));
        Assert.Equal((0L, 2L * segments, 50L - 2 * segments), await BalanceOfAsync(story.AsTenant, "PLAIN_SMS"));
        var usage = (await story.AsTenant.QueryAsync("{ usage(first: 100) { nodes { kind product quantity } } }")).GetProperty("usage").GetProperty("nodes")
            .EnumerateArray().Select(e => (e.GetProperty("kind").GetString(), e.GetProperty("product").GetString(), e.GetProperty("quantity").GetInt32()))
            .GroupBy(e => (e.Item1, e.Item2)).ToDictionary(g => g.Key, g => g.Sum(e => e.Item3));
        // Creation reserved four cards; the preparation gave two back and reserved the two fallbacks' segments.
        Assert.Equal(4, usage[("RESERVATION", "SMART_MESSAGE")]);
        Assert.Equal(2, usage[("REFUND", "SMART_MESSAGE")]);
        Assert.Equal(2 * segments, usage[("RESERVATION", "PLAIN_SMS")]);
        Assert.Equal(2 * segments, usage[("CONSUMPTION", "PLAIN_SMS")]);
    }

    [Fact]
    public async Task A_preparation_whose_moved_recipients_the_packages_cannot_cover_fails_the_task_with_the_reason_and_gives_everything_back()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var (host, story, hook) = await StartAsync(database, "refitshort");
        await using var _ = host;
        (await GrantAsync(host.Admin(), story.Messaging.Filing.Tenant.Id, "SMART_MESSAGE", 10)).AssertNoErrors();
        hook.Arm(() => AddRangeAsync(host));

        // No PLAIN_SMS package: creation (all cards) is accepted, the preparation finds two fallbacks it cannot reserve.
        var taskId = await story.CreateAsync(story.Input("降级不足", numbers: Numbers, fallback: "PLAIN_SMS"));
        await story.WaitForAsync(taskId, t => t.GetProperty("status").GetString() != "PREPARING");
        var failed = (await story.AsTenant.QueryAsync($$"""{ node(id: "{{taskId}}") { ... on SendTask { status failureReason progress { sent } } } }""")).GetProperty("node");

        Assert.Equal("FAILED", failed.GetProperty("status").GetString());
        Assert.Contains("PLAIN_SMS", failed.GetProperty("failureReason").GetString());
        Assert.Equal(0, failed.GetProperty("progress").GetProperty("sent").GetInt32());
        Assert.Equal((0L, 0L, 10L), await BalanceOfAsync(story.AsTenant, "SMART_MESSAGE"));
    }
}
