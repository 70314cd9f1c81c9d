using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.Documentation;

/// <summary>
/// docs/walkthrough.sh, the README's tour from the admin key to a clicked short link and a service
/// number, run as a newcomer runs it (bash, curl, node) against a platform started as a real process
/// with its default settings.
/// </summary>
public sealed class WalkthroughTests
{
    [Fact]
    public async Task The_walkthrough_runs_from_the_admin_key_to_a_service_number()
    {
        await using var platform = await PlatformProcess.StartAsync();
        var script = Path.Combine(RepositoryRoot.Path, "docs", "walkthrough.sh");

        var output = await ChildCommand.RunAsync("bash", [script, platform.BaseAddress.ToString().TrimEnd('/'), PlatformHost.AdminKey],
            RepositoryRoot.Path, TimeSpan.FromMinutes(15));

        Assert.Contains("==> 11. Phones report clicks", output);
        Assert.Contains("==> Done", output);
    }
}
