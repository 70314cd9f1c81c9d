using System.Net;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.GraphQL;

/// <summary>
/// No request can take the process down: the platform runs as a real child process (a stack overflow
/// cannot be caught, it ends the process), receives every hostile shape at ten times its limit, and
/// answers each with a 400 while it keeps serving everyone else.
/// </summary>
public sealed class HostileRequestCrashTests
{
    [Fact]
    public async Task Every_hostile_shape_at_ten_times_its_limit_gets_400_and_the_process_keeps_serving()
    {
        await using var platform = await PlatformProcess.StartAsync(new Dictionary<string, string?> { ["Dispatch:Enabled"] = "false" });
        var member = await TestTenant.CreateAsync(platform.Admin(), Slugs.New("hostile"), "TENANT_MEMBER");
        using var anonymous = platform.CreateClient();
        using var tenant = platform.CreateClient(member.Key);

        foreach (var request in HostileRequests.At(10))
        {
            var response = await HostileRequestSender.SendAsync(request.AsTenantMember ? tenant : anonymous, request);

            // The output is read once: it grows while the process runs, and two reads of it disagree on its length.
            if (platform.HasExited)
            {
                var output = platform.Output;
                Assert.Fail($"'{request.Name}' ended the process:\n{output[^Math.Min(4000, output.Length)..]}");
            }
            Assert.True(response.Status == HttpStatusCode.BadRequest, $"'{request.Name}': {(int)response.Status} {response.Body}");
            Assert.Equal(request.Code, response.FirstErrorCode);
            Assert.False((await platform.Anonymous().PostAsync("{ __typename }")).HasErrors);
        }
    }
}
