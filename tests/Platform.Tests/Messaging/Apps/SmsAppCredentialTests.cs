using KooMessage.Platform.Data;
using KooMessage.Platform.Features.Messaging;
using KooMessage.Platform.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KooMessage.Platform.Tests.Messaging;

/// <summary>
/// AppKey and AppSecret (应用凭证): issued with the app, the secret shown once and stored only as a hash,
/// rotated by tenant admins (the old one stops verifying), unique and another tenant's app untouchable.
/// </summary>
public sealed class SmsAppCredentialTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private const string Selection = "smsApp { id appKey appSecretPrefix appSecretIssuedAt } appSecret";

    private PlatformHost Host => fixture.Host;

    [Fact]
    public async Task An_app_gets_its_credentials_at_creation_and_a_rotation_replaces_the_secret_only()
    {
        var story = await MessagingScenario.StartAsync(Host, "creds");
        var created = await story.AsTenant.MutateAsync("createSmsApp", "{ name: \"接口应用\" }", Selection);
        var app = created.GetProperty("smsApp");
        var appKey = app.GetProperty("appKey").GetString()!;
        var secret = created.GetProperty("appSecret").GetString()!;
        Assert.StartsWith(AppCredentials.KeyPrefix, appKey);
        Assert.StartsWith(AppCredentials.SecretPrefix, secret);
        Assert.Equal(secret[..AppCredentials.DisplayLength], app.GetProperty("appSecretPrefix").GetString());

        var id = app.GetProperty("id").GetString()!;
        var rotated = await story.AsTenant.MutateAsync("rotateSmsAppSecret", $"{{ id: \"{id}\" }}", Selection);
        var newSecret = rotated.GetProperty("appSecret").GetString()!;
        Assert.NotEqual(secret, newSecret);
        Assert.Equal(appKey, rotated.GetProperty("smsApp").GetProperty("appKey").GetString());
        Assert.Equal(newSecret[..AppCredentials.DisplayLength], rotated.GetProperty("smsApp").GetProperty("appSecretPrefix").GetString());

        // Stored as a hash: the new secret's, no longer the old one's, and no field shows either secret.
        string? stored;
        await using (var scope = Host.Services.CreateAsyncScope())
            stored = await scope.ServiceProvider.GetRequiredService<KooMessageDbContext>().Set<SmsApp>().IgnoreQueryFilters()
                .Where(a => a.AppKey == appKey).Select(a => a.AppSecretHash).SingleAsync();
        Assert.Equal(AppCredentials.Hash(newSecret), stored);
        Assert.NotEqual(AppCredentials.Hash(secret), stored);
        var listed = await story.AsTenant.QueryAsync($"{{ node(id: \"{id}\") {{ ... on SmsApp {{ appKey appSecretPrefix }} }} }}");
        Assert.DoesNotContain(newSecret, listed.ToString());

        var second = await story.AsTenant.MutateAsync("createSmsApp", "{ name: \"第二应用\" }", Selection);
        Assert.NotEqual(appKey, second.GetProperty("smsApp").GetProperty("appKey").GetString());
    }

    [Fact]
    public async Task Members_and_other_tenants_cannot_rotate_and_learn_nothing()
    {
        var story = await MessagingScenario.StartAsync(Host, "creds-own");
        var id = await story.CreateAppAsync();
        var other = await Host.CreateTenantAsync(Slugs.New("creds-other"));
        var foreign = await Host.As(other.Key).TryMutateAsync("rotateSmsAppSecret", $"{{ id: \"{id}\" }}", Selection);
        Assert.Equal("NotFoundError", foreign.ErrorType());
        var missing = await story.AsTenant.TryMutateAsync("rotateSmsAppSecret", "{ id: \"U21zQXBwOjAxOTMwMDAwLTAwMDAtNzAwMC04MDAwLTAwMDAwMDAwMDAwMA==\" }", Selection);
        Assert.Equal(foreign.ErrorMessage().Replace(id, "?"), missing.ErrorMessage().Replace("U21zQXBwOjAxOTMwMDAwLTAwMDAtNzAwMC04MDAwLTAwMDAwMDAwMDAwMA==", "?"));

        var member = await Host.Admin().MutateAsync("createApiKey", $$"""{ tenantId: "{{story.Filing.Tenant.Id}}", name: "member", role: TENANT_MEMBER }""", "secret");
        var byMember = await Host.As(member.GetProperty("secret").GetString()!).PostAsync($"mutation {{ rotateSmsAppSecret(input: {{ id: \"{id}\" }}) {{ appSecret }} }}");
        Assert.True(byMember.HasErrors, byMember.Body.ToString());
        Assert.DoesNotContain(AppCredentials.SecretPrefix, byMember.Body.ToString());
    }

    [Fact]
    public void A_hash_matches_only_the_secret_it_was_made_from()
    {
        var secret = AppCredentials.NewSecret();
        var hash = AppCredentials.Hash(secret);
        Assert.Equal(hash, AppCredentials.Hash(secret));
        Assert.NotEqual(hash, AppCredentials.Hash(secret + "x"));
        Assert.NotEqual(hash, AppCredentials.Hash(AppCredentials.NewSecret()));
        Assert.Equal(64, hash.Length);
    }
}
