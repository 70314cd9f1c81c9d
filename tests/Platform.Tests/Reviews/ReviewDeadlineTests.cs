using System.Text.Json;
using KooMessage.Platform.Domain;
using KooMessage.Platform.Reviews;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.Reviews;

/// <summary>
/// Review deadlines through the API: a submission and its queue ticket carry the due time of its
/// kind's SLA; <c>reviewQueue</c> sorts and filters by it and says what is overdue; withdrawing clears
/// the due time and a resubmission gets a new one. The host's clock can be moved forward.
/// </summary>
public sealed class ReviewDeadlineTests : IAsyncLifetime
{
    private readonly MovableClock _clock = new();
    private PlatformHost _host = null!;

    public async Task InitializeAsync()
        => _host = await PlatformHost.StartAsync(services: s => s.AddSingleton<TimeProvider>(_clock));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Submissions_are_due_by_their_kinds_SLA_and_the_queue_shows_sorts_and_filters_what_is_overdue()
    {
        var story = await MessagingScenario.StartAsync(_host, "deadline");
        var app = await story.CreateAppAsync();
        var signature = (await story.TryCreateSignatureAsync(app, "期限科技")).GetProperty("smsSignature").GetProperty("id").GetString()!;
        var filing = await story.Filing.SaveBasicEditionFilingAsync();
        (await story.Filing.SubmitAsync(filing)).AssertNoErrors();

        var calendar = _host.Services.GetRequiredService<BusinessCalendar>();
        var queue = await QueueAsync(story, "");
        Assert.Equal(2, queue.Count);
        foreach (var (id, sla) in new[] { (signature, ReviewSla.WorkingHours(2)), (filing, ReviewSla.WorkingDays(3)) })
        {
            var item = queue.Single(n => n.GetProperty("subject").GetProperty("id").GetString() == id);
            var expected = sla.DueAt(calendar, item.GetProperty("submittedAt").GetDateTime().ToUniversalTime());
            Assert.Equal(expected, item.GetProperty("dueAt").GetDateTime().ToUniversalTime());
            Assert.Equal(expected, item.GetProperty("subject").GetProperty("reviewDueAt").GetDateTime().ToUniversalTime());
            Assert.False(item.GetProperty("overdue").GetBoolean());
        }
        // Earliest due first by default: the signature's two hours come before the filing's three days.
        Assert.Equal([signature, filing], Ids(queue));
        Assert.Equal([filing, signature], Ids(await QueueAsync(story, "order: [{ dueAt: DESC }]")));
        Assert.Empty(await QueueAsync(story, "overdue: true"));
        Assert.Equal(2, (await QueueAsync(story, "overdue: false")).Count);
        Assert.Equal(["FILING:1:0", "SMS_SIGNATURE:1:0"], await OverviewQueueAsync(story));

        // Four calendar days later the signature is overdue; the filing (3 working days) may or may not be.
        _clock.Advance(TimeSpan.FromDays(4));
        var later = await QueueAsync(story, "");
        var signatureItem = later.Single(n => n.GetProperty("subject").GetProperty("id").GetString() == signature);
        Assert.True(signatureItem.GetProperty("overdue").GetBoolean());
        Assert.Contains(signature, Ids(await QueueAsync(story, "overdue: true")));
        Assert.Contains("SMS_SIGNATURE:1:1", await OverviewQueueAsync(story));
        Assert.DoesNotContain(signature, Ids(await QueueAsync(story, "overdue: false")));
        var cutoff = signatureItem.GetProperty("dueAt").GetString();
        Assert.Equal([signature], Ids(await QueueAsync(story, $$"""where: { dueAt: { lte: "{{cutoff}}" } }""")));

        // Withdrawn: no due time and out of the queue; submitted again: a new due time from the new submission.
        (await WithdrawTests.WithdrawAsync(story.AsTenant, signature)).AssertNoErrors();
        var draft = await story.AsTenant.QueryAsync($$"""{ node(id: "{{signature}}") { ... on Reviewable { reviewStatus reviewDueAt } } }""");
        Assert.Equal(JsonValueKind.Null, draft.GetProperty("node").GetProperty("reviewDueAt").ValueKind);
        Assert.DoesNotContain(signature, Ids(await QueueAsync(story, "")));
        await story.AsTenant.MutateAsync("updateSmsSignature",
            $$"""{ id: "{{signature}}", name: "期限科技", type: NOTIFICATION, source: ENTERPRISE_NAME, involvesThirdParty: false }""", "smsSignature { reviewStatus }");
        var again = (await QueueAsync(story, "")).Single(n => n.GetProperty("subject").GetProperty("id").GetString() == signature);
        Assert.False(again.GetProperty("overdue").GetBoolean());
        Assert.Equal(ReviewSla.WorkingHours(2).DueAt(calendar, again.GetProperty("submittedAt").GetDateTime().ToUniversalTime()),
            again.GetProperty("dueAt").GetDateTime().ToUniversalTime());

        // A decision clears the item's due time; the ticket leaves the queue.
        (await story.Filing.ApproveAsync(signature)).AssertNoErrors();
        var approved = await story.AsTenant.QueryAsync($$"""{ node(id: "{{signature}}") { ... on Reviewable { reviewDueAt } } }""");
        Assert.Equal(JsonValueKind.Null, approved.GetProperty("node").GetProperty("reviewDueAt").ValueKind);
    }

    /// <summary>The platform overview's queue lengths as kind:waiting:overdue (this host holds only this test's tenant).</summary>
    private static async Task<List<string>> OverviewQueueAsync(MessagingScenario story)
    {
        var data = await story.Reviewer.QueryAsync("{ overview { platform { reviewQueue { kind waiting overdue } } } }");
        return data.GetProperty("overview").GetProperty("platform").GetProperty("reviewQueue").EnumerateArray()
            .Select(q => $"{q.GetProperty("kind").GetString()}:{q.GetProperty("waiting").GetInt32()}:{q.GetProperty("overdue").GetInt32()}")
            .ToList();
    }

    private static List<string> Ids(List<JsonElement> nodes) => nodes.Select(n => n.GetProperty("subject").GetProperty("id").GetString()!).ToList();

    private static async Task<List<JsonElement>> QueueAsync(MessagingScenario story, string arguments)
    {
        var data = await story.Reviewer.QueryAsync($$"""
            { reviewQueue(first: 100, {{arguments}} {{(arguments.Contains("where") ? "" : $"where: {{ tenantId: {{ eq: \"{story.Filing.Tenant.Id}\" }} }}")}}) {
                nodes { dueAt overdue submittedAt subject { id reviewDueAt } tenant { id } } } }
            """);
        return data.GetProperty("reviewQueue").GetProperty("nodes").EnumerateArray()
            .Where(n => n.GetProperty("tenant").GetProperty("id").GetString() == story.Filing.Tenant.Id).ToList();
    }
}
