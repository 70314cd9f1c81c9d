using System.Text.Json;
using KooMessage.Client.Runtime.Serialization;

namespace KooMessage.Client.Tests.Runtime;

using KooMessage.Client.Tests.Fixture;

/// <summary>What the generated client sends as variables, through the runtime's request writer.</summary>
public sealed class VariableSerializationTests
{
    [Fact]
    public async Task Unset_optional_input_fields_are_left_out_and_explicit_nulls_are_sent()
    {
        var transport = new RecordingTransport();
        var client = new KooMessageClient(transport, new WebSocketSubscriptionTransport(new KooMessageClientOptions()));

        await client.CreateTenantAsync(new CreateTenantInput { Slug = "acme", Name = "Acme", ContactEmail = null, InitialStatus = TenantStatus.Suspended });

        var body = transport.LastBody;
        Assert.Equal("CreateTenant", body.GetProperty("operationName").GetString());
        Assert.StartsWith("mutation CreateTenant($input: CreateTenantInput!)", body.GetProperty("query").GetString(), StringComparison.Ordinal);
        Assert.Equal("""{"input":{"slug":"acme","name":"Acme","contactEmail":null,"initialStatus":"SUSPENDED"}}""", body.GetProperty("variables").GetRawText());
    }

    [Fact]
    public async Task Optional_variables_left_null_are_not_sent_so_server_defaults_apply()
    {
        var transport = new RecordingTransport();
        var client = new KooMessageClient(transport, new WebSocketSubscriptionTransport(new KooMessageClientOptions()));

        await client.ListTenantsAsync(where: new TenantFilterInput { Status = [TenantStatus.Active], CreatedAfter = new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.FromHours(8)) });

        Assert.Equal(
            """{"where":{"status":["ACTIVE"],"createdAfter":"2026-03-01T00:00:00Z"}}""",
            transport.LastBody.GetProperty("variables").GetRawText());
    }

    [Fact]
    public void Uploads_are_written_as_null_and_collected_with_every_path_that_uses_them()
    {
        var licence = new Upload(new MemoryStream([1]), "licence.pdf", "application/pdf");
        var extra = new Upload(new MemoryStream([2]), "extra.zip", "application/zip");
        var request = new OperationRequest("UploadLicense", "mutation", new Dictionary<string, object?>
        {
            ["input"] = new UploadLicenseInput { TenantId = "t1", File = licence, Attachments = [extra, licence] },
        });

        var body = RequestWriter.Write(request);

        Assert.Equal("""{"input":{"tenantId":"t1","file":null,"attachments":[null,null]}}""", JsonDocument.Parse(body.Json).RootElement.GetProperty("variables").GetRawText());
        Assert.Equal([licence, extra], body.Files.Select(f => f.Upload));
        Assert.Equal(["variables.input.file", "variables.input.attachments.1"], body.Files[0].Paths);
        Assert.Equal(["variables.input.attachments.0"], body.Files[1].Paths);
    }

    [Fact]
    public async Task Unknown_enum_members_cannot_be_sent()
    {
        var transport = new RecordingTransport();
        var client = new KooMessageClient(transport, new WebSocketSubscriptionTransport(new KooMessageClientOptions()));

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.ListTenantsAsync(where: new TenantFilterInput { Status = [TenantStatus.Unknown] }));
    }
}
