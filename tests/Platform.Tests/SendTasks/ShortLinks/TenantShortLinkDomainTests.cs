using System.Text.Json;
using KooMessage.Platform.Data;
using KooMessage.Platform.Features.SendTasks;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Reviews;
using KooMessage.Platform.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Tests.SendTasks.ShortLinks;

/// <summary>
/// A tenant's own short-link domain: claimed with a token, ownership proven through the pluggable verifier
/// (here its double), reviewed like every reviewable, and only then usable for a task's links; other
/// tenants neither see it nor learn who holds it.
/// </summary>
public sealed class TenantShortLinkDomainTests : IAsyncLifetime
{
    private const string DomainSelection = "shortLinkDomain { id domain verificationToken txtRecordName httpTokenUrl verified verifiedBy usable reviewStatus }";
    private const string ClaimErrors = "... on ValidationError { field } ... on PreconditionFailedError { precondition }";
    private const string VerifyErrors = "... on PreconditionFailedError { precondition } ... on InvalidStateError { state }";

    private readonly PublishedDomainTokens _tokens = new();
    private PlatformHost _host = null!;

    public async Task InitializeAsync() => _host = await _tokens.StartHostAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static Task<JsonElement> ClaimAsync(GraphQLClient client, string domain)
        => client.TryMutateAsync("createShortLinkDomain", $"{{ domain: {JsonSerializer.Serialize(domain)} }}", DomainSelection, ClaimErrors);

    private static Task<JsonElement> VerifyAsync(GraphQLClient client, string id)
        => client.TryMutateAsync("verifyShortLinkDomain", $"{{ id: \"{id}\" }}", DomainSelection, VerifyErrors);

    private static JsonElement Domain(JsonElement payload) => payload.GetProperty("shortLinkDomain");

    private static string Precondition(JsonElement payload)
    {
        Assert.Equal("PreconditionFailedError", payload.ErrorType());
        return payload.Error().GetProperty("precondition").GetString()!;
    }

    private static async Task<int> CountAsync(GraphQLClient client)
        => (await client.QueryAsync("{ shortLinkDomains(first: 10) { totalCount } }")).GetProperty("shortLinkDomains").GetProperty("totalCount").GetInt32();

    [Fact]
    public async Task Only_a_verified_and_approved_domain_carries_a_tasks_links()
    {
        var story = await SendTaskScenario.StartAsync(_host, "own-domain");
        var withDomain = story.Input(name: "自有域名", extra: ", domain: \"go.example.cn\"");
        Assert.Equal("VERIFIED_SHORT_LINK_DOMAIN", Precondition(await story.TryCreateAsync(withDomain)));

        var claimed = await ClaimAsync(story.AsTenant, " Go.Example.CN ");
        claimed.AssertNoErrors();
        var domain = Domain(claimed);
        var id = domain.GetProperty("id").GetString()!;
        var token = domain.GetProperty("verificationToken").GetString()!;
        Assert.Equal("go.example.cn", domain.GetProperty("domain").GetString());
        Assert.Equal("_koomessage-verify.go.example.cn", domain.GetProperty("txtRecordName").GetString());
        Assert.Equal("https://go.example.cn/.well-known/koomessage-verify.txt", domain.GetProperty("httpTokenUrl").GetString());
        Assert.Equal(ShortLinkDomainRules.TokenLength, token.Length);
        Assert.Equal("DRAFT", domain.GetProperty("reviewStatus").GetString());
        Assert.False(domain.GetProperty("verified").GetBoolean());
        Assert.Equal("VERIFIED_SHORT_LINK_DOMAIN", Precondition(await story.TryCreateAsync(withDomain)));

        // Nothing published, then someone else's token: not proven, nothing changes.
        Assert.Equal("DOMAIN_OWNERSHIP", Precondition(await VerifyAsync(story.AsTenant, id)));
        _tokens.Publish("go.example.cn", "0123456789abcdef0123456789abcdef");
        Assert.Equal("DOMAIN_OWNERSHIP", Precondition(await VerifyAsync(story.AsTenant, id)));
        var still = await story.AsTenant.QueryAsync($"{{ node(id: \"{id}\") {{ ... on ShortLinkDomain {{ reviewStatus verified }} }} }}");
        Assert.Equal("DRAFT", still.GetProperty("node").GetProperty("reviewStatus").GetString());

        _tokens.Publish("go.example.cn", token, DomainOwnershipProof.HttpToken);
        var verified = await VerifyAsync(story.AsTenant, id);
        verified.AssertNoErrors();
        Assert.Equal("PENDING", Domain(verified).GetProperty("reviewStatus").GetString());
        Assert.Equal("HTTP_TOKEN", Domain(verified).GetProperty("verifiedBy").GetString());
        Assert.False(Domain(verified).GetProperty("usable").GetBoolean());
        Assert.Equal("INVALID_STATE", (await VerifyAsync(story.AsTenant, id)).Error().GetProperty("code").GetString());
        Assert.Equal("VERIFIED_SHORT_LINK_DOMAIN", Precondition(await story.TryCreateAsync(withDomain)));

        // The reviewers' queue shows it like every submission; a rejection sends it back for another verification.
        var queue = await story.Messaging.Reviewer.QueryAsync("{ reviewQueue(first: 50) { nodes { kind title subject { id } } } }");
        Assert.Contains(queue.GetProperty("reviewQueue").GetProperty("nodes").EnumerateArray(),
            n => n.GetProperty("kind").GetString() == "SHORT_LINK_DOMAIN" && n.GetProperty("subject").GetProperty("id").GetString() == id);
        (await story.Messaging.Filing.RejectAsync(id, "备案主体与域名不符")).AssertNoErrors();
        Assert.Equal("VERIFIED_SHORT_LINK_DOMAIN", Precondition(await story.TryCreateAsync(withDomain)));
        (await VerifyAsync(story.AsTenant, id)).AssertNoErrors();
        (await story.Messaging.Filing.ApproveAsync(id)).AssertNoErrors();

        var taskId = await story.CreateAsync(withDomain);
        var task = await story.AsTenant.QueryAsync($"{{ node(id: \"{taskId}\") {{ ... on SendTask {{ domain }} }} }}");
        Assert.Equal("go.example.cn", task.GetProperty("node").GetProperty("domain").GetString());
        await using var scope = _host.Services.CreateAsyncScope();
        var links = await scope.ServiceProvider.GetRequiredService<KooMessageDbContext>().Set<ShortLink>().IgnoreQueryFilters().Select(l => l.Domain).ToListAsync();
        Assert.NotEmpty(links);
        Assert.All(links, d => Assert.Equal("go.example.cn", d));
    }

    [Fact]
    public async Task Another_tenants_domain_is_not_found_and_a_name_verified_elsewhere_is_refused_without_saying_whose()
    {
        var owner = await FilingScenario.StartAsync(_host, "domain-owner");
        var other = await FilingScenario.StartAsync(_host, "domain-other");

        // Until one of them proves ownership, both may claim a name (nobody can squat on it by claiming first).
        var mine = Domain(await ClaimAsync(owner.AsTenant, "brand.example.cn"));
        var theirs = Domain(await ClaimAsync(other.AsTenant, "brand.example.cn"));
        var mineId = mine.GetProperty("id").GetString()!;
        _tokens.Publish("brand.example.cn", mine.GetProperty("verificationToken").GetString()!);
        (await VerifyAsync(owner.AsTenant, mineId)).AssertNoErrors();

        var refused = await VerifyAsync(other.AsTenant, theirs.GetProperty("id").GetString()!);
        Assert.Equal("ConflictError", refused.ErrorType());
        var again = await ClaimAsync(other.AsTenant, "BRAND.example.cn");
        Assert.Equal("ConflictError", again.ErrorType());
        foreach (var answer in new[] { refused, again })
        {
            Assert.DoesNotContain(owner.Tenant.Slug, answer.ToString());
            Assert.DoesNotContain(owner.Tenant.Id, answer.ToString());
        }

        // The owner's claim does not exist for the other tenant: not found by ID, not listed, not deletable or withdrawable.
        Assert.Equal("NotFoundError", (await VerifyAsync(other.AsTenant, mineId)).ErrorType());
        Assert.Equal("NotFoundError", (await other.AsTenant.TryMutateAsync("withdraw", $"{{ subjectId: \"{mineId}\" }}", "subject { id }")).ErrorType());
        Assert.Equal("NotFoundError", (await other.AsTenant.TryMutateAsync("delete", $"{{ id: \"{mineId}\" }}", "deletedId")).ErrorType());
        var node = await other.AsTenant.QueryAsync($"{{ node(id: \"{mineId}\") {{ id }} }}");
        Assert.Equal(JsonValueKind.Null, node.GetProperty("node").ValueKind);
        Assert.Equal(1, await CountAsync(other.AsTenant));
        Assert.Equal(1, await CountAsync(owner.AsTenant));

        // Once the owner deletes its claim the name is free again.
        (await owner.AsTenant.TryMutateAsync("withdraw", $"{{ subjectId: \"{mineId}\" }}", "subject { id }")).AssertNoErrors();
        (await owner.AsTenant.TryMutateAsync("delete", $"{{ id: \"{mineId}\" }}", "deletedId")).AssertNoErrors();
        _tokens.Publish("brand.example.cn", theirs.GetProperty("verificationToken").GetString()!);
        (await VerifyAsync(other.AsTenant, theirs.GetProperty("id").GetString()!)).AssertNoErrors();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Two_tenants_verifying_one_name_at_the_same_moment_never_both_own_it(DatabaseProvider provider)
    {
        // On every database: the loser waits on the winner's row locks (server databases) or the write lock (SQLite).
        var tokens = new PublishedDomainTokens();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await database.StartHostAsync(services: services => services.AddSingleton<IDomainOwnershipVerifier>(tokens));
        var first = await FilingScenario.StartAsync(host, "domain-race-a");
        var second = await FilingScenario.StartAsync(host, "domain-race-b");
        const int rounds = 8;
        try
        {
            for (var round = 0; round < rounds; round++)
            {
                // Both registered the name and published their tokens (DNS takes several TXT records): each alone would prove ownership.
                var name = $"race{round}.example.cn";
                var claims = new List<JsonElement>();
                foreach (var tenant in new[] { first, second })
                {
                    var claim = Domain(await ClaimAsync(tenant.AsTenant, name));
                    tokens.Publish(name, claim.GetProperty("verificationToken").GetString()!);
                    claims.Add(claim);
                }
                // Both checks run at once and answer only when both have started: each passed the "verified elsewhere?" check before either saves.
                var started = 0;
                var both = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                tokens.BeforeAnswer = async _ =>
                {
                    if (Interlocked.Increment(ref started) == 2)
                        both.TrySetResult();
                    await both.Task.WaitAsync(TimeSpan.FromSeconds(60));
                };
                var answers = await Task.WhenAll(new[] { first, second }.Select((tenant, i) =>
                    tenant.AsTenant.TryMutateAsync("verifyShortLinkDomain", $"{{ id: \"{claims[i].GetProperty("id").GetString()}\" }}", DomainSelection,
                        VerifyErrors + " ... on ConflictError { field }")));
                tokens.BeforeAnswer = null;

                // Exactly one wins; the other gets a typed ConflictError that names nobody.
                var won = answers.Count(a => !a.HasErrors());
                Assert.True(won == 1, $"Round {round}: {won} tenants won {name}: {string.Join(" / ", answers)}");
                var loser = Array.FindIndex(answers, a => a.HasErrors());
                Assert.Equal(("ConflictError", "domain"), (answers[loser].ErrorType(), answers[loser].ErrorField()));
                Assert.Equal("PENDING", Domain(answers[1 - loser]).GetProperty("reviewStatus").GetString());

                // Nothing of the loser's attempt was written: its claim is still an unverified DRAFT with no review trail or ticket.
                Assert.True(GlobalId.TryDecode(claims[loser].GetProperty("id").GetString()!, "ShortLinkDomain", out var loserId));
                await using var scope = host.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<KooMessageDbContext>();
                var stored = await db.Set<ShortLinkDomain>().IgnoreQueryFilters().AsNoTracking().Where(d => d.Domain == name).ToListAsync();
                Assert.Single(stored, d => d.VerifiedAt != null);
                var lost = stored.Single(d => d.Id == loserId);
                Assert.Equal((ReviewStatus.Draft, (DateTime?)null), (lost.ReviewStatus, lost.VerifiedAt));
                Assert.Equal(0, await db.Set<ReviewEvent>().IgnoreQueryFilters().CountAsync(e => e.SubjectId == loserId));
                Assert.Equal(0, await db.Set<ReviewTicket>().IgnoreQueryFilters().CountAsync(t => t.SubjectId == loserId));
            }
        }
        finally
        {
            tokens.BeforeAnswer = null;
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("https://s.example.cn/path")]
    [InlineData("s.example.cn:8443")]
    [InlineData("10.0.0.1")]
    [InlineData("localhost")]
    [InlineData("bad_label.example.cn")]
    public async Task A_malformed_domain_is_a_validation_error_and_stores_nothing(string domain)
    {
        var tenant = await FilingScenario.StartAsync(_host, "domain-bad");
        var payload = await ClaimAsync(tenant.AsTenant, domain);
        Assert.Equal("ValidationError", payload.ErrorType());
        Assert.Equal("domain", payload.Error().GetProperty("field").GetString());
        Assert.Equal(0, await CountAsync(tenant.AsTenant));
    }

    [Fact]
    public async Task Long_input_is_refused_without_work_a_name_is_claimed_once_and_members_cannot_claim()
    {
        var tenant = await FilingScenario.StartAsync(_host, "domain-rules");
        var checks = _tokens.Checks;
        Assert.Equal("ValidationError", (await ClaimAsync(tenant.AsTenant, new string('a', 60_000) + ".cn")).ErrorType());
        (await ClaimAsync(tenant.AsTenant, "s.example.cn")).AssertNoErrors();
        Assert.Equal("ConflictError", (await ClaimAsync(tenant.AsTenant, "S.example.cn")).ErrorType());
        Assert.Equal(checks, _tokens.Checks);

        var member = await _host.Admin().MutateAsync("createApiKey", $$"""{ tenantId: "{{tenant.Tenant.Id}}", name: "member", role: TENANT_MEMBER }""", "secret");
        var byMember = await _host.As(member.GetProperty("secret").GetString()!)
            .PostAsync("mutation { createShortLinkDomain(input: { domain: \"m.example.cn\" }) { shortLinkDomain { id } } }");
        Assert.True(byMember.HasErrors, byMember.Body.ToString());
        Assert.Equal(1, await CountAsync(tenant.AsTenant));
    }
}
