using KooMessage.Platform.Features.Messaging;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.Messaging;

/// <summary>
/// setSmsAppCallback with the production defaults: https only, hosts resolving to private, loopback or
/// link-local addresses refused, a bad URL a ValidationError on "url" with nothing stored; the signing
/// secret shown once; another tenant's app not found; members cannot set callbacks. The deliverer is off
/// here: the public addresses these tests set are never contacted.
/// </summary>
public sealed class CallbackSettingTests(CallbacksOffFixture fixture) : IClassFixture<CallbacksOffFixture>
{
    private const string Selection = "smsApp { id callbackUrl callbackSecretPrefix callbackSetAt } signingSecret";
    private const string FieldSelection = "... on ValidationError { field }";

    private PlatformHost Host => fixture.Host;

    [Theory]
    [InlineData("http://93.184.215.14/hook")]
    [InlineData("https://127.0.0.1/hook")]
    [InlineData("https://localhost:8443/hook")]
    [InlineData("https://10.20.30.40/hook")]
    [InlineData("https://192.168.0.10/hook")]
    [InlineData("https://100.64.1.1/hook")]
    [InlineData("https://169.254.169.254/latest/meta-data")]
    [InlineData("https://[::1]/hook")]
    [InlineData("https://[fd00::1]/hook")]
    [InlineData("https://[::ffff:127.0.0.1]/hook")]
    [InlineData("not a url")]
    [InlineData("https://user:pw@93.184.215.14/hook")]
    public async Task A_refused_url_is_a_validation_error_on_url_and_nothing_is_stored(string url)
    {
        var story = await MessagingScenario.StartAsync(Host, "cb-bad");
        var app = await story.CreateAppAsync();
        var payload = await story.AsTenant.TryMutateAsync("setSmsAppCallback", $"{{ id: \"{app}\", url: \"{url}\" }}", Selection, FieldSelection);
        Assert.Equal("ValidationError", payload.ErrorType());
        Assert.Equal("url", payload.ErrorField());
        var stored = await story.AsTenant.QueryAsync($"{{ node(id: \"{app}\") {{ ... on SmsApp {{ callbackUrl callbackSecretPrefix }} }} }}");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, stored.GetProperty("node").GetProperty("callbackUrl").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, stored.GetProperty("node").GetProperty("callbackSecretPrefix").ValueKind);
    }

    [Fact]
    public async Task A_public_https_url_is_set_with_a_secret_shown_once_and_can_be_removed()
    {
        var story = await MessagingScenario.StartAsync(Host, "cb-set");
        var app = await story.CreateAppAsync();
        var set = await story.AsTenant.MutateAsync("setSmsAppCallback", $"{{ id: \"{app}\", url: \"https://93.184.215.14/koomessage/hook\" }}", Selection);
        var secret = set.GetProperty("signingSecret").GetString()!;
        Assert.StartsWith(CallbackSigningSecrets.Prefix, secret);
        Assert.Equal("https://93.184.215.14/koomessage/hook", set.GetProperty("smsApp").GetProperty("callbackUrl").GetString());
        Assert.Equal(CallbackSigningSecrets.Display(secret), set.GetProperty("smsApp").GetProperty("callbackSecretPrefix").GetString());

        var again = await story.AsTenant.MutateAsync("setSmsAppCallback", $"{{ id: \"{app}\", url: \"https://93.184.215.14/other\" }}", Selection);
        Assert.NotEqual(secret, again.GetProperty("signingSecret").GetString());
        var read = await story.AsTenant.QueryAsync($"{{ node(id: \"{app}\") {{ ... on SmsApp {{ callbackUrl callbackSecretPrefix }} }} }}");
        Assert.DoesNotContain(secret, read.ToString());

        var removed = await story.AsTenant.MutateAsync("setSmsAppCallback", $"{{ id: \"{app}\", url: null }}", Selection);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, removed.GetProperty("smsApp").GetProperty("callbackUrl").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, removed.GetProperty("signingSecret").ValueKind);
        var ping = await story.AsTenant.TryMutateAsync("pingSmsAppCallback", $"{{ id: \"{app}\" }}", "callbackDelivery { id }");
        Assert.Equal("PreconditionFailedError", ping.ErrorType());
    }

    [Fact]
    public async Task Another_tenants_app_and_deliveries_are_not_found_and_members_cannot_set_callbacks()
    {
        var story = await MessagingScenario.StartAsync(Host, "cb-own");
        var app = await story.CreateAppAsync();
        await story.AsTenant.MutateAsync("setSmsAppCallback", $"{{ id: \"{app}\", url: \"https://93.184.215.14/hook\" }}", Selection);
        var delivery = (await story.AsTenant.MutateAsync("pingSmsAppCallback", $"{{ id: \"{app}\" }}", "callbackDelivery { id }"))
            .GetProperty("callbackDelivery").GetProperty("id").GetString()!;

        var other = await Host.CreateTenantAsync(Slugs.New("cb-other"));
        var foreign = Host.As(other.Key);
        var set = await foreign.TryMutateAsync("setSmsAppCallback", $"{{ id: \"{app}\", url: \"https://93.184.215.14/steal\" }}", Selection);
        Assert.Equal("NotFoundError", set.ErrorType());
        Assert.Equal("NotFoundError", (await foreign.TryMutateAsync("pingSmsAppCallback", $"{{ id: \"{app}\" }}", "callbackDelivery { id }")).ErrorType());
        Assert.Equal("NotFoundError", (await foreign.TryMutateAsync("retryCallbackDelivery", $"{{ id: \"{delivery}\" }}", "callbackDelivery { id }")).ErrorType());
        var read = await foreign.QueryAsync($"{{ a: node(id: \"{app}\") {{ id }} d: node(id: \"{delivery}\") {{ id }} }}");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, read.GetProperty("a").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, read.GetProperty("d").ValueKind);

        var member = await Host.Admin().MutateAsync("createApiKey", $$"""{ tenantId: "{{story.Filing.Tenant.Id}}", name: "member", role: TENANT_MEMBER }""", "secret");
        var byMember = await Host.As(member.GetProperty("secret").GetString()!)
            .PostAsync($"mutation {{ setSmsAppCallback(input: {{ id: \"{app}\", url: \"https://93.184.215.14/m\" }}) {{ signingSecret }} }}");
        Assert.True(byMember.HasErrors, byMember.Body.ToString());
        Assert.DoesNotContain(CallbackSigningSecrets.Prefix, byMember.Body.ToString());
    }
}
