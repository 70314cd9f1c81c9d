using System.Text.Json;
using KooMessage.Platform.Data;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Tests.Reviews;

/// <summary>
/// Review tickets and events store the kind by name, as they did when the kind was a C# enum: rows
/// written then load, filter and resolve their subject now, and new rows are written the same way.
/// </summary>
public sealed class StoredReviewKindTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private PlatformHost Host => fixture.Host;

    [Fact]
    public async Task Tickets_and_events_written_with_the_enum_load_filter_and_resolve()
    {
        var (story, filingId, filing) = await DraftFilingAsync("oldkinds");
        Assert.True(GlobalId.TryDecode(story.Tenant.Id, "Tenant", out var tenantId));
        var at = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KooMessageDbContext>();
            // Exactly the rows the enum-era code wrote: the kind as the enum member's name.
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO ReviewTickets (Id, TenantId, SubjectId, SubjectKind, Title, SubmittedAt, Status, CreatedAt, UpdatedAt)
                VALUES ({Guid.NewGuid()}, {tenantId}, {filing}, 'Filing', 'old filing ticket', {at}, 'Open', {at}, {at}),
                       ({Guid.NewGuid()}, {tenantId}, {Guid.NewGuid()}, 'ServiceNumberHomepage', 'old homepage ticket', {at}, 'Open', {at}, {at})
                """);
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO ReviewEvents (Id, TenantId, SubjectId, SubjectKind, "From", "To", ActorId, ActorName, ActorRole, CreatedAt, UpdatedAt)
                VALUES ({Guid.NewGuid()}, {tenantId}, {filing}, 'Filing', 'Draft', 'Pending', 'old-key', 'old actor', 'TenantAdmin', {at}, {at})
                """);
        }

        var queue = await story.Reviewer.QueryAsync($$$"""
            { reviewQueue(where: {tenantId: {eq: "{{{story.Tenant.Id}}}"}, kind: {in: [FILING, SERVICE_NUMBER_HOMEPAGE]}}, order: [{title: ASC}]) {
                nodes { kind title subject { id } } } }
            """);
        var tickets = queue.GetProperty("reviewQueue").GetProperty("nodes").EnumerateArray()
            .Select(t => (t.GetProperty("kind").GetString(), t.GetProperty("title").GetString(), SubjectId(t)))
            .ToList();
        Assert.Equal([("FILING", "old filing ticket", filingId), ("SERVICE_NUMBER_HOMEPAGE", "old homepage ticket", null)], tickets);

        var history = await story.AsTenant.QueryAsync("{ filing(productArea: SMART_MESSAGE) { reviewHistory { subjectKind subjectId actorName } } }");
        var oldEvent = history.GetProperty("filing").GetProperty("reviewHistory")[0];
        Assert.Equal(("FILING", filingId, "old actor"),
            (oldEvent.GetProperty("subjectKind").GetString(), oldEvent.GetProperty("subjectId").GetString(), oldEvent.GetProperty("actorName").GetString()));
    }

    [Fact]
    public async Task A_submission_stores_its_kind_as_the_enum_did()
    {
        var (story, filingId, filing) = await DraftFilingAsync("newkinds");
        await story.SubmitAsync(filingId);

        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KooMessageDbContext>();
        var ticketKinds = await db.Database.SqlQuery<string>($"SELECT SubjectKind AS Value FROM ReviewTickets WHERE SubjectId = {filing}").ToListAsync();
        var eventKinds = await db.Database.SqlQuery<string>($"SELECT SubjectKind AS Value FROM ReviewEvents WHERE SubjectId = {filing}").ToListAsync();
        Assert.Equal(["Filing"], ticketKinds);
        Assert.Equal(["Filing"], eventKinds);
    }

    /// <summary>A tenant with a saved, unsubmitted SMART_MESSAGE filing: its global ID and its key.</summary>
    private async Task<(FilingScenario Story, string FilingId, Guid Filing)> DraftFilingAsync(string slugStem)
    {
        var story = await FilingScenario.StartAsync(Host, slugStem);
        await story.SaveProfileAsync();
        var filingId = (await story.SaveSmartMessageFilingAsync()).GetProperty("filing").GetProperty("id").GetString()!;
        Assert.True(GlobalId.TryDecode(filingId, "Filing", out var filing));
        return (story, filingId, filing);
    }

    private static string? SubjectId(JsonElement ticket)
        => ticket.GetProperty("subject") is { ValueKind: JsonValueKind.Object } subject ? subject.GetProperty("id").GetString() : null;
}
