using GraphQL.Types;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.Schema;

/// <summary>
/// Descriptions and messages speak the schema's language: enum values as the schema spells them
/// (PLATFORM_REVIEWER, not the claim value platform-reviewer), and what a field's description promises
/// is what it does.
/// </summary>
public sealed class SchemaLanguageTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private static readonly string[] ClaimValues = ["platform-admin", "platform-reviewer", "tenant-admin", "tenant-member"];

    private ISchema Schema => fixture.Host.Services.GetRequiredService<ISchema>();

    [Fact]
    public void Descriptions_name_roles_by_the_Role_enum()
    {
        var printed = SchemaPrinting.Print(Schema);
        Assert.All(ClaimValues, claim => Assert.DoesNotContain(claim, printed, StringComparison.Ordinal));
        Assert.Contains("(PLATFORM_REVIEWER)", printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_authorization_error_names_the_roles_by_the_Role_enum()
    {
        var tenant = await TestTenant.CreateAsync(fixture.Host.Admin(), Slugs.New("language"));
        var response = await fixture.Host.As(tenant.Key).PostAsync("{ reviewQueue(first: 1) { totalCount } }");
        var message = response.Body.GetProperty("errors")[0].GetProperty("message").GetString()!;
        Assert.Contains("PLATFORM_REVIEWER", message, StringComparison.Ordinal);
        Assert.All(ClaimValues, claim => Assert.DoesNotContain(claim, message, StringComparison.Ordinal));
    }

    /// <summary>The queue is served oldest submission first (the README says so); the order argument's description agrees.</summary>
    [Fact]
    public void The_review_queue_describes_the_order_it_uses()
    {
        var order = Schema.Query.GetField("reviewQueue")!.Arguments!.Find("order")!;
        Assert.Equal("Sort order, most significant first; earliest due time first, then oldest submission when omitted.", order.Description);
    }
}
