using System.Text.Json;
using KooMessage.Platform.Data;
using KooMessage.Platform.Events;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Reviews;
using KooMessage.Platform.Tests.Infrastructure;
using KooMessage.Platform.Tests.Subscriptions;

namespace KooMessage.Platform.Tests.Reviews;

/// <summary><c>withdraw</c> (撤回): a tenant takes a PENDING submission of any kind back to DRAFT.</summary>
public sealed class WithdrawTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private const string Selection = "subject { id reviewStatus } reviewEvent { from to actorRole }";
    private const string Errors = "... on NotFoundError { field } ... on InvalidStateError { state }";

    private PlatformHost Host => fixture.Host;

    public static Task<JsonElement> WithdrawAsync(GraphQLClient client, string subjectId)
        => client.TryMutateAsync("withdraw", $$"""{ subjectId: "{{subjectId}}" }""", Selection, Errors);

    [Fact]
    public async Task A_withdrawn_submission_is_a_draft_again_recorded_published_and_out_of_the_queue()
    {
        var story = await MessagingScenario.StartAsync(Host, "withdraw");
        var app = await story.CreateAppAsync();
        var created = await story.TryCreateSignatureAsync(app, "撤回科技");
        created.AssertNoErrors();
        var signature = created.GetProperty("smsSignature").GetProperty("id").GetString()!;
        Assert.Equal([signature], await QueueAsync(story));

        await using var socket = await GraphQLWsTestClient.InitAsync(Host, new { apiKey = story.Filing.Tenant.Key });
        var before = Host.Services.GetRequiredService<InMemoryEventBus>().SubscriberCount(ReviewStatusChanged.Topic);
        await socket.SubscribeAsync("reviews", "subscription { reviewStatusChanged { kind from to subject { id reviewStatus } } }");
        await Host.WaitForSubscribersAsync(ReviewStatusChanged.Topic, before + 1);

        var withdrawn = await WithdrawAsync(story.AsTenant, signature);
        withdrawn.AssertNoErrors();
        Assert.Equal("DRAFT", withdrawn.GetProperty("subject").GetProperty("reviewStatus").GetString());
        Assert.Equal(("PENDING", "DRAFT", "TENANT_ADMIN"), (withdrawn.GetProperty("reviewEvent").GetProperty("from").GetString(),
            withdrawn.GetProperty("reviewEvent").GetProperty("to").GetString(), withdrawn.GetProperty("reviewEvent").GetProperty("actorRole").GetString()));

        var change = (await socket.ExpectAsync("next", "reviews")).GetProperty("payload").GetProperty("data").GetProperty("reviewStatusChanged");
        Assert.Equal(("SMS_SIGNATURE", "PENDING", "DRAFT", signature), (change.GetProperty("kind").GetString(), change.GetProperty("from").GetString(),
            change.GetProperty("to").GetString(), change.GetProperty("subject").GetProperty("id").GetString()));

        Assert.Empty(await QueueAsync(story));
        var history = await story.AsTenant.QueryAsync($$"""{ node(id: "{{signature}}") { ... on SmsSignature { reviewHistory { from to } } } }""");
        Assert.Equal(["DRAFT->PENDING", "PENDING->DRAFT"], history.GetProperty("node").GetProperty("reviewHistory").EnumerateArray()
            .Select(e => $"{e.GetProperty("from").GetString()}->{e.GetProperty("to").GetString()}"));
        // Nothing is left to decide or to withdraw; the tenant edits and submits again as after a rejection.
        Assert.Equal(("InvalidStateError", "DRAFT"), Refusal(await WithdrawAsync(story.AsTenant, signature)));
        Assert.Equal("InvalidStateError", (await story.Filing.ApproveAsync(signature)).ErrorType());
        var resubmitted = await story.AsTenant.MutateAsync("updateSmsSignature",
            $$"""{ id: "{{signature}}", name: "撤回科技", type: NOTIFICATION, source: ENTERPRISE_NAME, involvesThirdParty: false }""", "smsSignature { reviewStatus }");
        Assert.Equal("PENDING", resubmitted.GetProperty("smsSignature").GetProperty("reviewStatus").GetString());
        Assert.Equal([signature], await QueueAsync(story));
    }

    [Fact]
    public async Task Every_reviewable_kind_can_be_withdrawn_and_another_tenants_item_is_not_found()
    {
        var story = await MessagingScenario.StartAsync(Host, "withdraw-kinds");
        var app = await story.CreateAppAsync();
        var signature = await story.ApprovedSignatureAsync(app);
        var template = (await story.TryCreateTemplateAsync(MessagingScenario.TemplateInput(app, signature, MessagingScenario.SmartTemplateContent, MessagingScenario.SmartVariables)))
            .GetProperty("smsTemplate").GetProperty("id").GetString()!;
        var filing = await story.Filing.SaveBasicEditionFilingAsync();
        (await story.Filing.SubmitAsync(filing)).AssertNoErrors();

        var intruder = await MessagingScenario.StartAsync(Host, "withdraw-intruder");
        var foreign = await WithdrawAsync(intruder.AsTenant, template);
        var missingId = GlobalId.Encode("SmsTemplate", Guid.CreateVersion7());
        var missing = await WithdrawAsync(intruder.AsTenant, missingId);
        Assert.Equal(("NotFoundError", "subjectId"), (foreign.ErrorType(), foreign.ErrorField()));
        Assert.Equal(missing.ErrorMessage().Replace(missingId, "ID"), foreign.ErrorMessage().Replace(template, "ID"));
        Assert.Equal("NotFoundError", (await WithdrawAsync(intruder.AsTenant, "not-an-id")).ErrorType());

        foreach (var id in new[] { template, filing })
        {
            var withdrawn = await WithdrawAsync(story.AsTenant, id);
            withdrawn.AssertNoErrors();
            Assert.Equal("DRAFT", withdrawn.GetProperty("subject").GetProperty("reviewStatus").GetString());
        }
        Assert.Empty(await QueueAsync(story));
    }

    /// <summary>
    /// The tenant withdraws while a reviewer decides, many times over on each database: exactly one of
    /// the two wins every round (the other gets ConflictError, or InvalidStateError when it read after
    /// the winner committed), and the item, its history and its ticket all tell the winner's story.
    /// </summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Withdrawing_while_a_reviewer_decides_lets_exactly_one_win(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await database.StartHostAsync();
        var story = await MessagingScenario.StartAsync(host, "withdraw-race");
        var app = await story.CreateAppAsync();
        var outcomes = new List<string>();
        for (var round = 0; round < 8; round++)
        {
            var created = await story.TryCreateSignatureAsync(app, $"竞态科技{round}");
            created.AssertNoErrors();
            var id = created.GetProperty("smsSignature").GetProperty("id").GetString()!;
            var withdraw = WithdrawAsync(story.AsTenant, id);
            var decide = round % 2 == 0 ? story.Filing.ApproveAsync(id) : story.Filing.RejectAsync(id, "race");
            await Task.WhenAll(withdraw, decide);

            var winners = new[] { (await withdraw).HasErrors(), (await decide).HasErrors() }.Count(failed => !failed);
            Assert.Equal(1, winners);
            foreach (var loser in new[] { await withdraw, await decide }.Where(p => p.HasErrors()))
                Assert.Contains(loser.ErrorType(), (string[])["ConflictError", "InvalidStateError"]);
            var expected = !(await withdraw).HasErrors() ? "DRAFT" : round % 2 == 0 ? "APPROVED" : "REJECTED";
            outcomes.Add(expected);

            var node = (await story.AsTenant.QueryAsync($$"""{ node(id: "{{id}}") { ... on SmsSignature { reviewStatus reviewHistory { from to } } } }""")).GetProperty("node");
            Assert.Equal(expected, node.GetProperty("reviewStatus").GetString());
            Assert.Equal(["DRAFT->PENDING", $"PENDING->{expected}"], node.GetProperty("reviewHistory").EnumerateArray()
                .Select(e => $"{e.GetProperty("from").GetString()}->{e.GetProperty("to").GetString()}"));
        }
        Assert.Empty(await QueueAsync(story));
    }

    private static (string Type, string? State) Refusal(JsonElement payload)
        => (payload.ErrorType(), payload.Error().TryGetProperty("state", out var state) ? state.GetString() : null);

    /// <summary>The ids of the tenant's open tickets.</summary>
    private static async Task<List<string>> QueueAsync(MessagingScenario story)
    {
        var data = await story.Reviewer.QueryAsync($$"""
            { reviewQueue(first: 100, where: { tenantId: { eq: "{{story.Filing.Tenant.Id}}" } }) { nodes { subject { id } } } }
            """);
        return data.GetProperty("reviewQueue").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("subject").GetProperty("id").GetString()!).ToList();
    }
}
